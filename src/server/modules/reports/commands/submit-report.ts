import { eq } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, notFound } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findReportVisibleTo } from '../lookup';
import { canManageReports } from '../policy';
import { lockReport } from '../queries';
import { reports } from '../schema';

/** Sends an issued report up to the level above (its roll-up reads it); once only. */
export async function submitReport({ db, actor, meta }: CommandContext, id: string) {
  const { unit } = await findReportVisibleTo(db, actor, id);
  if (!canManageReports(actor, unit)) throw forbidden();
  const report = await db.transaction(async (tx) => {
    const before = await lockReport(tx, id);
    if (!before) throw notFound('Báo cáo');
    if (before.status !== 'issued')
      throw conflict('report_not_issued', 'Chỉ gửi lên cấp trên báo cáo đã ban hành (có số).');
    if (before.submittedAt) throw conflict('report_submitted', 'Báo cáo đã được gửi lên cấp trên.');
    const [row] = await tx
      .update(reports)
      .set({ submittedAt: new Date(), submittedBy: meta.actorId, updatedAt: new Date() })
      .where(eq(reports.id, id))
      .returning();
    if (!row) throw notFound('Báo cáo');
    await recordAudit(tx, meta, {
      action: 'report.submit',
      entity: 'report',
      entityId: id,
      communeId: unit.communeId,
      scopePath: row.unitPath,
      after: { submittedAt: row.submittedAt },
    });
    return row;
  });
  return { report, unit };
}
