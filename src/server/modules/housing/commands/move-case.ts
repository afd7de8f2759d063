import { eq, sql } from 'drizzle-orm';
import { AppError, forbidden } from '../../../core/errors';
import type { CommandContext } from '../../../core/command';
import { recordAudit } from '../../audit/record-audit';
import { findCaseVisibleTo } from '../lookup';
import { canManageHousing } from '../policy';
import { fundedTotal } from '../queries';
import { applyMove, dateColumnOf, type Move } from '../rules';
import { housingCases, type HousingCase } from '../schema';
import { auditCase } from './audit';

export type MoveCaseInput = { move: Move; date: string; requiredAmount?: number | null; reason?: string | null };

/** The latest stage date of a case: a move may not be dated before it. */
const lastDateOf = (c: HousingCase) =>
  [c.surveyedOn, c.approvedOn, c.buildingOn, c.handedOverOn, c.stage === 'paused' ? c.pausedOn : null]
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1) ?? c.surveyedOn;

/**
 * Moves a case (a resumed case keeps its pause date and reason: the timeline shows it was paused) along its stages (rules.ts), on the locked row, with its audit row. The standing committee moves
 * cases; approving can carry the amount required in the same request.
 */
export async function moveCase({ db, actor, meta }: CommandContext, id: string, input: MoveCaseInput) {
  return db.transaction(async (tx) => {
    const { case: before, commune } = await findCaseVisibleTo(tx, actor, id, true);
    if (!canManageHousing(actor, commune)) throw forbidden({ move: 'Chỉ Ban Thường trực xã chuyển bước hồ sơ nhà.' });
    const funded = await fundedTotal(tx, before.id);
    const out = applyMove(
      {
        stage: before.stage,
        pausedFrom: before.pausedFrom,
        requiredAmount: before.requiredAmount,
        lastDate: lastDateOf(before),
      },
      input.move,
      { date: input.date, requiredAmount: input.requiredAmount, reason: input.reason, funded },
    );
    if (!out.ok) {
      const { code, field, message } = out.refusal;
      throw new AppError(code === 'bad_transition' ? 409 : 422, code, message, { [field]: message });
    }
    const column = dateColumnOf(input.move);
    const [after] = await tx
      .update(housingCases)
      .set({
        stage: out.stage,
        pausedFrom: out.pausedFrom,
        requiredAmount: out.requiredAmount,
        ...(column && { [column]: input.date }),
        ...(input.move === 'pause' && { pauseReason: input.reason ?? null }),
        updatedAt: sql`now()`,
      })
      .where(eq(housingCases.id, before.id))
      .returning();
    if (!after) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'housing_case.move',
      entity: 'housing_case',
      entityId: after.id,
      communeId: after.communeId,
      scopePath: after.unitPath,
      before: auditCase(before),
      after: { move: input.move, ...auditCase(after) },
    });
    return after;
  });
}
