import { randomUUID } from 'node:crypto';
import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { presentUnit } from '../present';
import { findSiblingByName } from '../queries';
import { units, type Unit, type UnitLevel, type UnitSettings } from '../schema';

export type CreateUnitInput = { level: UnitLevel; name: string; kind: string; settings?: UnitSettings };

/** The parent has been checked (exists, in scope, right level) by the caller. */
export async function createUnit(db: Db, meta: RequestMeta, parent: Unit | null, input: CreateUnitInput) {
  return db.transaction(async (tx) => {
    if (await findSiblingByName(tx, parent?.id ?? null, input.name)) {
      throw conflict('duplicate_name', 'Đã có đơn vị cùng tên ở cấp này.', {
        name: 'Đã có đơn vị cùng tên ở cấp này.',
      });
    }
    const id = randomUUID();
    const communeId = input.level === 'commune' ? id : input.level === 'village' ? (parent?.id ?? null) : null;
    const [unit] = await tx
      .insert(units)
      .values({
        id,
        level: input.level,
        kind: input.kind,
        name: input.name,
        parentId: parent?.id ?? null,
        communeId,
        path: `${parent?.path ?? '/'}${id}/`,
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
