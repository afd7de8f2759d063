import { eq, sql } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findScorecardVisibleTo } from '../lookup';
import { canActAt } from '../policy';
import { checkScores, editableStages } from '../rules';
import { type CriterionScore, evaluationScorecards } from '../schema';

const LOCKED = 'Kết quả đã được phê duyệt hoặc công bố; không sửa được.';

/**
 * Records a scorecard's scores (replacing them) by whoever holds it now; each criterion within its maximum and bonus,
 * each group within its own (rules.ts). Approved and published results are locked (409); nothing is written on refusal.
 */
export async function scoreScorecard(
  { db, actor, meta }: CommandContext,
  id: string,
  input: { scores: CriterionScore[]; note?: string | null },
) {
  return db.transaction(async (tx) => {
    const { card, set, commune } = await findScorecardVisibleTo(tx, actor, id, true);
    if (!editableStages.includes(card.stage)) throw conflict('evaluation_locked', LOCKED, { scores: LOCKED });
    if (!canActAt(actor, card.stage, { unitPath: card.unitPath, communePath: commune.path }))
      throw forbidden({ scores: 'Phiếu đang ở cấp khác; bạn không sửa được điểm lúc này.' });
    const checked = checkScores(set.groups, input.scores);
    if (!checked.ok) throw invalid({ [checked.refusal.field]: checked.refusal.message });
    const [after] = await tx
      .update(evaluationScorecards)
      .set({
        scores: input.scores,
        total: checked.total,
        ...(input.note !== undefined && { note: input.note }),
        updatedAt: sql`now()`,
      })
      .where(eq(evaluationScorecards.id, card.id))
      .returning();
    if (!after) throw new Error('scorecard not updated');
    await recordAudit(tx, meta, {
      action: 'evaluation_scorecard.score',
      entity: 'evaluation_scorecard',
      entityId: after.id,
      communeId: after.communeId,
      scopePath: after.unitPath,
      before: { scores: card.scores, total: card.total },
      after: { scores: after.scores, total: after.total },
    });
    return after;
  });
}
