import { eq, sql } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findScorecardVisibleTo } from '../lookup';
import { canActAt } from '../policy';
import { nextStage, type ScoreAction } from '../rules';
import { evaluationScorecards } from '../schema';

const ACTION_WORDS: Record<ScoreAction, string> = {
  submit: 'gửi',
  approve: 'phê duyệt',
  return: 'trả lại',
  publish: 'công bố',
};

/**
 * Moves a scorecard along its chain (rules.nextStage) by whoever holds it at that stage: a return needs a comment;
 * the step is kept in the card's history and the audit log, on the locked row. Out of order → 409.
 */
export async function moveScorecard(
  { db, actor, meta }: CommandContext,
  id: string,
  input: {
    action: ScoreAction;
    comment?: string | null;
    /** When the step was taken, for the demo's replay of 2023 (the API never passes it): now otherwise. */
    at?: string;
  },
) {
  if (input.action === 'return' && !input.comment)
    throw invalid({ comment: 'Ghi lý do trả lại để đơn vị biết cần sửa gì.' });
  return db.transaction(async (tx) => {
    const { card, commune } = await findScorecardVisibleTo(tx, actor, id, true);
    if (!canActAt(actor, card.stage, { unitPath: card.unitPath, communePath: commune.path }))
      throw forbidden({ action: `Bạn không được ${ACTION_WORDS[input.action]} phiếu ở bước này.` });
    const to = nextStage(card.target, card.stage, input.action);
    if (!to) {
      const message = `Phiếu ở bước hiện tại không thể ${ACTION_WORDS[input.action]}.`;
      throw conflict('bad_transition', message, { action: message });
    }
    const step = {
      action: input.action,
      from: card.stage,
      to,
      comment: input.comment ?? null,
      by: actor.fullName,
      at: input.at ?? new Date().toISOString(),
    };
    const [after] = await tx
      .update(evaluationScorecards)
      .set({
        stage: to,
        returnComment:
          input.action === 'return' ? (input.comment ?? null) : input.action === 'submit' ? null : card.returnComment,
        history: [...card.history, step],
        updatedAt: sql`now()`,
      })
      .where(eq(evaluationScorecards.id, card.id))
      .returning();
    if (!after) throw new Error('scorecard not updated');
    await recordAudit(tx, meta, {
      action: 'evaluation_scorecard.move',
      entity: 'evaluation_scorecard',
      entityId: after.id,
      communeId: after.communeId,
      scopePath: after.unitPath,
      before: { stage: card.stage },
      after: step,
    });
    return after;
  });
}
