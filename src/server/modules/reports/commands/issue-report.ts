import { eq } from 'drizzle-orm';
import { todayVn } from '../../../../lib/dates';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import type { Tx } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { takeNumber } from '../../register/commands/take-number';
import { findReportVisibleTo } from '../lookup';
import { canManageReports } from '../policy';
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
  { db, actor, meta }: CommandContext,
  id: string,
  input: { date: string; signerName?: string },
) {
  const { report, unit } = await findReportVisibleTo(db, actor, id);
  if (!canManageReports(actor, unit)) throw forbidden();
  if (report.status !== 'draft') throw conflict('report_issued', 'Báo cáo đã được ban hành.');
  if (input.date > todayVn()) throw invalid({ date: 'Ngày ban hành không được sau hôm nay.' });
  if (input.date < report.periodFrom) throw invalid({ date: 'Ngày ban hành không được trước ngày đầu kỳ báo cáo.' });
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
    return { report: row, unit, number: doc.number };
  });
}
