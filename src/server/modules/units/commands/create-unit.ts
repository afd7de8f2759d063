import { randomUUID } from 'node:crypto';
import { isKindOf, UNIT_KINDS } from '../../../../lib/unit-kinds';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { visibleUnit } from '../lookup';
import { canCreateUnit, defaultKind, levelNameVi, parentLevels } from '../policy';
import { presentUnit } from '../present';
import { findNationalUnit, findSiblingByName } from '../queries';
import { units, type Unit, type UnitLevel, type UnitSettings } from '../schema';
import { nextSlug, provinceNameOf, takenSlugs } from '../slug';

export type CreateUnitInput = { level: UnitLevel; name: string; kind: string; settings?: UnitSettings };

export type AddUnitRequest = {
  level: UnitLevel;
  name: string;
  parentId: string | null;
  kind?: string;
  settings?: UnitSettings;
};

/** A unit added through the API: the parent must be visible, of the level the new unit needs, and managed. */
export async function addUnit(ctx: CommandContext, input: AddUnitRequest): Promise<Unit> {
  const parent = input.parentId ? await visibleUnit(ctx.db, ctx.actor, input.parentId) : null;
  if (input.parentId && !parent) throw unknownReference('parentId', 'Đơn vị cấp trên');
  const allowed = parentLevels[input.level];
  if (allowed.length === 0 && parent)
    throw invalid({
      parentId: `Cấp ${levelNameVi[input.level]} không có đơn vị cấp trên (parentId phải là null).`,
    });
  if (allowed.length > 0 && (!parent || !allowed.includes(parent.level))) {
    const levels = allowed.map((l) => levelNameVi[l]).join(' hoặc ');
    throw invalid({ parentId: `Đơn vị cấp ${levelNameVi[input.level]} phải thuộc cấp ${levels}.` });
  }
  if (input.kind && !isKindOf(input.level, input.kind))
    throw invalid({ kind: `Đơn vị cấp ${levelNameVi[input.level]} là: ${UNIT_KINDS[input.level].join(', ')}.` });
  if (!canCreateUnit(ctx.actor, parent, input.level)) throw forbidden({ parentId: 'Bạn không được tạo đơn vị ở đây.' });
  return createUnit(ctx.db, ctx.meta, parent, {
    level: input.level,
    name: input.name,
    kind: input.kind ?? defaultKind[input.level],
    settings: input.settings,
  });
}

/**
 * Writes a unit under a parent already checked (exists, right level, allowed): the seed, the demo and addUnit call
 * it. A sibling with the same name is a conflict.
 */
export async function createUnit(db: Db, meta: RequestMeta, parent: Unit | null, input: CreateUnitInput) {
  return db.transaction(async (tx) => {
    if (input.level === 'national' && (await findNationalUnit(tx))) {
      const msg = 'Đã có đơn vị cấp trung ương (chỉ có một).';
      throw conflict('duplicate_national', msg, { level: msg });
    }
    if (await findSiblingByName(tx, parent?.id ?? null, input.name)) {
      throw conflict('duplicate_name', 'Đã có đơn vị cùng tên ở cấp này.', {
        name: 'Đã có đơn vị cùng tên ở cấp này.',
      });
    }
    const id = randomUUID();
    const communeId = input.level === 'commune' ? id : input.level === 'village' ? (parent?.id ?? null) : null;
    const path = `${parent?.path ?? '/'}${id}/`;
    const slug =
      input.level === 'commune'
        ? nextSlug({ name: input.name, provinceName: await provinceNameOf(tx, path), code: null }, await takenSlugs(tx))
        : null;
    const [unit] = await tx
      .insert(units)
      .values({
        id,
        level: input.level,
        kind: input.kind,
        name: input.name,
        parentId: parent?.id ?? null,
        communeId,
        path,
        slug,
        settings: input.settings ?? {},
      })
      .returning();
    if (!unit) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'unit.create',
      entity: 'unit',
      entityId: id,
      communeId,
      scopePath: unit.path,
      after: presentUnit(unit),
    });
    return unit;
  });
}
