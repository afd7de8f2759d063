import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import { canReadCommune } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inSubtrees, readableCommuneSql } from '../../db/scope-sql';
import { findUnit } from '../units/queries';
import { unitRefs } from '../units/refs';
import { caseReadRoots } from './policy';
import { housingCases, type HousingCase } from './schema';

const village = alias(unitRefs, 'housing_village');

/** The SQL twin of "the actor reads this case": its commune is readable and the case's village lies in a read root. */
export function caseScopeSql(actor: Actor) {
  const roots = caseReadRoots(actor);
  return and(
    readableCommuneSql(actor, unitRefs.path, housingCases.communeId),
    roots === null ? undefined : inSubtrees(housingCases.unitPath, roots),
  );
}

export type VisibleCase = {
  case: HousingCase;
  commune: { id: string; path: string; name: string; kind: string };
  villageName: string;
};

/** A case the actor may read (scope in the WHERE clause), with its commune and village; otherwise 404. */
export async function findCaseVisibleTo(db: Queryable, actor: Actor, id: string, forUpdate = false) {
  const q = db
    .select({
      case: housingCases,
      communePath: unitRefs.path,
      communeName: unitRefs.name,
      communeKind: unitRefs.kind,
      villageName: village.name,
    })
    .from(housingCases)
    .innerJoin(unitRefs, eq(unitRefs.id, housingCases.communeId))
    .innerJoin(village, eq(village.id, housingCases.villageId))
    .where(and(eq(housingCases.id, id), caseScopeSql(actor)))
    .limit(1);
  const [row] = forUpdate ? await q.for('update', { of: housingCases }) : await q;
  if (!row) throw notFound('Hồ sơ nhà Đại đoàn kết');
  return {
    case: row.case,
    commune: { id: row.case.communeId, path: row.communePath, name: row.communeName, kind: row.communeKind },
    villageName: row.villageName,
  } satisfies VisibleCase;
}

/** A commune the actor reads, or 404 naming `field`. */
export async function findCommuneVisibleTo(db: Queryable, actor: Actor, id: string, field = 'communeId') {
  const unit = await findUnit(db, id);
  if (!unit || unit.level !== 'commune' || !canReadCommune(actor, unit)) throw unknownReference(field, 'Xã');
  return unit;
}

/** A village of the commune, or 404 naming `villageId`. */
export async function findVillageOf(db: Queryable, communeId: string, villageId: string) {
  const unit = await findUnit(db, villageId);
  if (!unit || unit.parentId !== communeId || unit.level !== 'village') throw unknownReference('villageId', 'Thôn');
  return unit;
}
