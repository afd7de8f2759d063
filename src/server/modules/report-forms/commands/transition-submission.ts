import { eq, sql } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findSubmissionVisibleTo } from '../lookup';
import { canFill, canReview } from '../policy';
import { reportSubmissions, type SubmissionStatus } from '../schema';
import { checkSubmission } from './check';

export type TransitionInput = { to: 'submitted' | 'accepted' | 'returned'; comment?: string | null };

/** The steps a report may take: the unit submits a draft or a returned report; the level above accepts or returns it. */
const FROM: Record<TransitionInput['to'], SubmissionStatus[]> = {
  submitted: ['draft', 'returned'],
  accepted: ['submitted'],
  returned: ['submitted'],
};

/**
 * Moves a report one step, on the locked row. Submitting checks the required fields (422 naming them); returning
 * needs a comment; a step out of order is a 409. Who: the unit submits, the level right above reviews.
 */
export async function transitionSubmission({ db, actor, meta }: CommandContext, id: string, input: TransitionInput) {
  return db.transaction(async (tx) => {
    const { submission: before, form, filler } = await findSubmissionVisibleTo(tx, actor, id, true);
    const reviewing = input.to !== 'submitted';
    if (reviewing ? !canReview(actor, filler) : !canFill(actor, filler))
      throw forbidden({
        to: reviewing
          ? 'Chỉ cấp trên trực tiếp của đơn vị duyệt hoặc trả lại báo cáo.'
          : 'Bạn chỉ gửi báo cáo của đơn vị mình.',
      });
    if (!before.isCurrent || !FROM[input.to].includes(before.status))
      throw conflict(
        'transition_order',
        `Báo cáo đang ở trạng thái "${before.status}", không chuyển sang "${input.to}" được.`,
        {
          to: 'Không đúng thứ tự.',
        },
      );
    if (input.to === 'returned' && !input.comment)
      throw invalid({ comment: 'Trả lại báo cáo cần ghi nhận xét để đơn vị sửa.' });
    let warnings = before.warnings;
    if (input.to === 'submitted') {
      const checked = await checkSubmission(tx, form, filler, before.period, before.values, true);
      warnings = checked.warnings;
    }
    const [after] = await tx
      .update(reportSubmissions)
      .set({
        status: input.to,
        warnings,
        ...(input.to === 'submitted'
          ? { submittedAt: sql`now()`, firstSubmittedAt: sql`coalesce(${reportSubmissions.firstSubmittedAt}, now())` }
          : { reviewedAt: sql`now()`, reviewedBy: meta.actorId }),
        ...(input.to === 'returned' && { returnComment: input.comment ?? null }),
        updatedAt: sql`now()`,
      })
      .where(eq(reportSubmissions.id, id))
      .returning();
    if (!after) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'report_submission.transition',
      entity: 'report_submission',
      entityId: id,
      communeId: after.communeId,
      scopePath: after.unitPath,
      before: { status: before.status },
      after: { status: after.status, comment: input.comment ?? null },
    });
    return after;
  });
}
