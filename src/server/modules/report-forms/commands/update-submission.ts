import { eq, sql } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findSubmissionVisibleTo } from '../lookup';
import { canFill } from '../policy';
import { reportSubmissions } from '../schema';
import { checkSubmission, mergeValues } from './check';

export type UpdateSubmissionInput = { values: Record<string, unknown>; sources?: Record<string, string> };

/**
 * Saves values of a draft or returned report (a partial save, as the phone form saves field by field: the keys sent
 * replace theirs, null clears one). Once submitted or accepted it is locked: 409.
 */
export async function updateSubmission({ db, actor, meta }: CommandContext, id: string, input: UpdateSubmissionInput) {
  return db.transaction(async (tx) => {
    const { submission: before, form, filler } = await findSubmissionVisibleTo(tx, actor, id, true);
    if (!canFill(actor, filler)) throw forbidden({ values: 'Bạn chỉ sửa báo cáo của đơn vị mình.' });
    if (!before.isCurrent || (before.status !== 'draft' && before.status !== 'returned'))
      throw conflict(
        'already_submitted',
        before.status === 'accepted'
          ? 'Báo cáo đã được duyệt: muốn sửa, lập bản điều chỉnh có lý do.'
          : 'Báo cáo đã gửi lên cấp trên, không sửa được nữa.',
        { values: 'Báo cáo đã gửi hoặc đã duyệt.' },
      );
    const merged = mergeValues(before.values, input.values);
    const checked = await checkSubmission(tx, form, filler, before.period, merged, false);
    const [after] = await tx
      .update(reportSubmissions)
      .set({
        values: checked.values,
        warnings: checked.warnings,
        ...(input.sources && { sources: { ...before.sources, ...input.sources } }),
        updatedAt: sql`now()`,
      })
      .where(eq(reportSubmissions.id, id))
      .returning();
    if (!after) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'report_submission.update',
      entity: 'report_submission',
      entityId: id,
      communeId: after.communeId,
      scopePath: after.unitPath,
      before: { values: before.values },
      after: { values: after.values },
    });
    return after;
  });
}
