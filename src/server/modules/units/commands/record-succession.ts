import { eq } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findUnitVisibleTo } from '../lookup';
import { canUpdateUnit, levelNameVi } from '../policy';
import { presentUnit } from '../present';
import { units } from '../schema';

export type SuccessionInput = { id: string; successorId: string; endedOn: string };

/**
 * A unit that no longer exists (merged on 1/7/2025) is kept as history: it ends on `endedOn` and names the unit
 * that holds its records now. Its records stay its own (a 2023 report still prints the 2023 name); the
 * successor's users read them (users/queries gives them a read grant on each predecessor).
 */
export async function recordSuccession(ctx: CommandContext, input: SuccessionInput) {
  const unit = await findUnitVisibleTo(ctx.db, ctx.actor, input.id);
  const successor = await findUnitVisibleTo(ctx.db, ctx.actor, input.successorId, 'successorId');
  if (!canUpdateUnit(ctx.actor, unit) || !canUpdateUnit(ctx.actor, successor)) throw forbidden();
  if (unit.endedOn) {
    throw conflict('unit_ended', `Đơn vị đã kết thúc ngày ${unit.endedOn}.`, { id: 'Đơn vị này đã kết thúc.' });
  }
  if (successor.id === unit.id) throw invalid({ successorId: 'Đơn vị kế thừa phải là đơn vị khác.' });
  if (successor.endedOn) throw invalid({ successorId: 'Đơn vị kế thừa cũng đã kết thúc; chọn đơn vị hiện có.' });
  if (successor.level !== unit.level) {
    throw invalid({ successorId: `Đơn vị kế thừa phải cùng cấp ${levelNameVi[unit.level]}.` });
  }
  return ctx.db.transaction(async (tx) => {
    const [ended] = await tx
      .update(units)
      .set({ endedOn: input.endedOn, successorId: successor.id })
      .where(eq(units.id, unit.id))
      .returning();
    if (!ended) throw new Error('update returned nothing');
    await recordAudit(tx, ctx.meta, {
      action: 'unit.succession',
      entity: 'unit',
      entityId: unit.id,
      communeId: unit.communeId,
      scopePath: unit.path,
      before: presentUnit(unit),
      after: presentUnit(ended),
    });
    return ended;
  });
}
