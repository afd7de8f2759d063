import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, unknownReference } from '../../../core/errors';
import { isWithin } from '../../../core/scope';
import { recordAudit } from '../../audit/record-audit';
import { communeOf, findSetVisibleTo, findUnitVisibleTo } from '../lookup';
import { canOpenScorecard } from '../policy';
import { ownStage } from '../rules';
import { evaluationScorecards } from '../schema';

/**
 * Opens a unit's scorecard against a set: a village of the province for a village set, a commune for a commune set;
 * opened by whoever scores at that level (the village head or the commune for a village, the commune for itself).
 */
export async function openScorecard({ db, actor, meta }: CommandContext, input: { setId: string; unitId: string }) {
  const set = await findSetVisibleTo(db, actor, input.setId, 'setId');
  const unit = await findUnitVisibleTo(db, actor, input.unitId, set.target, 'unitId');
  if (!isWithin(unit.path, set.provincePath)) throw unknownReference('unitId', 'Đơn vị của tỉnh');
  if (!canOpenScorecard(actor, set.target, unit.path))
    throw forbidden({ unitId: 'Bạn không được chấm điểm đơn vị này.' });
  const commune = set.target === 'village' ? await communeOf(db, unit) : unit;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(evaluationScorecards)
      .values({
        setId: set.id,
        communeId: commune.id,
        unitId: unit.id,
        unitPath: unit.path,
        target: set.target,
        stage: ownStage(set.target),
        createdBy: meta.actorId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const message = 'Đơn vị đã có phiếu chấm theo bộ tiêu chí này.';
      throw conflict('scorecard_exists', message, { unitId: message });
    }
    await recordAudit(tx, meta, {
      action: 'evaluation_scorecard.open',
      entity: 'evaluation_scorecard',
      entityId: row.id,
      communeId: commune.id,
      scopePath: unit.path,
      after: row,
    });
    return row;
  });
}
