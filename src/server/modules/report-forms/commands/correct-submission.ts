import { eq } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findSubmissionVisibleTo } from '../lookup';
import { canFill } from '../policy';
import { reportSubmissions } from '../schema';
import { checkSubmission, mergeValues } from './check';

export type CorrectionInput = { reason: string; values?: Record<string, unknown> };

/**
 * A correction of an accepted report: the accepted version stays as it was (history), and a new version starts as a
 * draft with the reason, to be submitted and reviewed again. Nobody edits what was accepted.
 */
export async function correctSubmission({ db, actor, meta }: CommandContext, id: string, input: CorrectionInput) {
  return db.transaction(async (tx) => {
    const { submission: before, form, filler } = await findSubmissionVisibleTo(tx, actor, id, true);
    if (!canFill(actor, filler)) throw forbidden({ reason: 'Bạn chỉ điều chỉnh báo cáo của đơn vị mình.' });
    if (!before.isCurrent || before.status !== 'accepted')
      throw conflict('transition_order', 'Chỉ điều chỉnh được báo cáo đã duyệt (bản hiện hành).', {
        reason: 'Báo cáo chưa được duyệt.',
      });
    const checked = await checkSubmission(
      tx,
      form,
      filler,
      before.period,
      mergeValues(before.values, input.values ?? {}),
      false,
    );
    await tx.update(reportSubmissions).set({ isCurrent: false }).where(eq(reportSubmissions.id, before.id));
    const [row] = await tx
      .insert(reportSubmissions)
      .values({
        formId: before.formId,
        formVersion: before.formVersion,
        fillerId: before.fillerId,
        fillerKind: before.fillerKind,
        communeId: before.communeId,
        unitPath: before.unitPath,
        period: before.period,
        version: before.version + 1,
        values: checked.values,
        sources: before.sources,
        warnings: checked.warnings,
        correctionReason: input.reason,
        firstSubmittedAt: before.firstSubmittedAt,
        createdBy: meta.actorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'report_submission.correct',
      entity: 'report_submission',
      entityId: row.id,
      communeId: row.communeId,
      scopePath: row.unitPath,
      before: { id: before.id, version: before.version, values: before.values },
      after: { version: row.version, reason: input.reason, values: row.values },
    });
    return row;
  });
}
