import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { reports, type ReportType } from '../schema';

export type CreateReportInput = { type: ReportType; from: string; to: string; title: string; meetingId: string | null };

/** A new draft report of a unit for a period: nothing is frozen until it is issued. */
export async function createReport(
  db: Db,
  meta: RequestMeta,
  unit: { id: string; path: string; communeId: string | null },
  input: CreateReportInput,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reports)
      .values({
        unitId: unit.id,
        unitPath: unit.path,
        type: input.type,
        periodFrom: input.from,
        periodTo: input.to,
        title: input.title,
        meetingId: input.meetingId,
        createdBy: meta.actorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'report.create',
      entity: 'report',
      entityId: row.id,
      communeId: unit.communeId,
      scopePath: unit.path,
      after: row,
    });
    return row;
  });
}
