import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict, notFound } from '../../../core/errors';
import type { Db, Tx } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { takeNumber } from '../../register/commands/take-number';
import type { Unit } from '../../units/schema';
import { lockReport } from '../queries';
import { abstractOf } from '../period';
import { modelOf } from '../report-model';
import { reports } from '../schema';

/**
 * Issues a draft: takes the next BC number of the unit's register, builds the model from the records
 * with that number and date, and freezes it in `snapshot` — one transaction with the audit row, so a
 * failure gives the number back and a second issue finds the report issued (409).
 */
export async function issueReport(
  db: Db,
  meta: RequestMeta,
  id: string,
  unit: Unit,
  input: { date: string; signerName?: string },
) {
  return db.transaction(async (tx: Tx) => {
    const before = await lockReport(tx, id);
    if (!before) throw notFound('Báo cáo');
    if (before.status !== 'draft') throw conflict('report_issued', 'Báo cáo đã được ban hành.');
    const settings = input.signerName ? { ...before.settings, signerName: input.signerName } : before.settings;
    // Built once with the date; the number (known only after the register entry) is set on it after.
    const model = await modelOf(tx, { ...before, settings }, unit, { number: '', date: input.date });
    const doc = await takeNumber(tx, meta, {
      issuer: unit,
      typeCode: 'BC',
      date: input.date,
      summary: abstractOf(before.title),
      signer: model.signer.name || null,
      recipients: model.recipients,
      sourceKind: 'report',
      sourceId: id,
    });
    const snapshot = { ...model, number: doc.number };
    const [row] = await tx
      .update(reports)
      .set({
        status: 'issued',
        settings,
        snapshot,
        documentId: doc.id,
        issuedDate: input.date,
        issuedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(reports.id, id))
      .returning();
    if (!row) throw notFound('Báo cáo');
    await recordAudit(tx, meta, {
      action: 'report.issue',
      entity: 'report',
      entityId: id,
      communeId: unit.communeId,
      scopePath: unit.path,
      before: { status: before.status },
      after: { status: row.status, number: doc.number, date: input.date, documentId: doc.id },
    });
    return { report: row, number: doc.number };
  });
}
