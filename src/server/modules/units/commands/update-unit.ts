import { eq } from 'drizzle-orm';
import { isKindOf, UNIT_KINDS } from '../../../../lib/unit-kinds';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findUnitVisibleTo } from '../lookup';
import { canUpdateUnit, levelNameVi } from '../policy';
import { presentUnit } from '../present';
import { findSiblingByName } from '../queries';
import { units, type Unit, type UnitSettings } from '../schema';

export type UpdateUnitInput = { name?: string; kind?: string; settings?: UnitSettings };

export async function updateUnit(db: Db, meta: RequestMeta, unit: Unit, input: UpdateUnitInput) {
  return db.transaction(async (tx) => {
    if (input.name && (await findSiblingByName(tx, unit.parentId, input.name, unit.id))) {
      throw conflict('duplicate_name', 'Đã có đơn vị cùng tên ở cấp này.', {
        name: 'Đã có đơn vị cùng tên ở cấp này.',
      });
    }
    const [updated] = await tx
      .update(units)
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.kind !== undefined && { kind: input.kind }),
        ...(input.settings !== undefined && { settings: { ...unit.settings, ...input.settings } }),
      })
      .where(eq(units.id, unit.id))
      .returning();
    if (!updated) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'unit.update',
      entity: 'unit',
      entityId: unit.id,
      communeId: unit.communeId,
      scopePath: unit.path,
      before: presentUnit(unit),
      after: presentUnit(updated),
    });
    return updated;
  });
}

/** Renames a unit or changes its settings: the unit must be visible and managed by the actor. */
export async function editUnit(ctx: CommandContext, input: UpdateUnitInput & { id: string }): Promise<Unit> {
  const { id, ...changes } = input;
  const unit = await findUnitVisibleTo(ctx.db, ctx.actor, id);
  if (!canUpdateUnit(ctx.actor, unit)) throw forbidden();
  if (changes.kind && changes.kind !== unit.kind && !isKindOf(unit.level, changes.kind))
    throw invalid({ kind: `Đơn vị cấp ${levelNameVi[unit.level]} là: ${UNIT_KINDS[unit.level].join(', ')}.` });
  return updateUnit(ctx.db, ctx.meta, unit, changes);
}
