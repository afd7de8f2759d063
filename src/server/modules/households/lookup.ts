import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { forbidden, notFound, unknownReference } from '../../core/errors';
import { isAdmin } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { unitRefs } from '../units/refs';
import type { Unit } from '../units/schema';
import { canFilterHouseholdsBy, canWriteVillage, householdReadRoots } from './policy';
import { findHousehold, readableHouseholds, type HouseholdFilter, type HouseholdWithCategories } from './queries';
import { findUnit } from '../units/queries';

/** A household the actor may read (scope in the WHERE clause), with its village and categories; otherwise 404. */
export async function findHouseholdVisibleTo(
  db: Queryable,
  actor: Actor,
  id: string,
  field?: string,
): Promise<HouseholdWithCategories> {
  const h = await findHousehold(db, id, readableHouseholds(actor));
  if (!h) throw field ? unknownReference(field, 'Hộ') : notFound('Hộ');
  return h;
}

/** A village (of a commune) whose households the actor may read; otherwise 404 naming the field. */
export async function findVillageVisibleTo(db: Queryable, actor: Actor, id: string, field = 'villageId') {
  const scope = isAdmin(actor) ? undefined : inSubtrees(unitRefs.path, householdReadRoots(actor));
  const [village] = await db
    .select()
    .from(unitRefs)
    .where(and(eq(unitRefs.id, id), eq(unitRefs.level, 'village'), scope))
    .limit(1);
  if (!village?.communeId) throw unknownReference(field, 'Thôn');
  return village as Unit & { communeId: string };
}

/** A village the actor may add households to: 404 naming the field when unknown or unreadable, 403 when only read. */
export async function findVillageWritableBy(db: Queryable, actor: Actor, id: string, field = 'villageId') {
  const village = await findVillageVisibleTo(db, actor, id, field);
  if (!canWriteVillage(actor, village.path)) throw forbidden({ [field]: 'Bạn không được ghi hộ của thôn này.' });
  return village;
}

/**
 * The village or commune a household list is filtered on, when the actor may filter by it; null without such a filter.
 * A unit outside the actor's scope is a 404 naming the field, as for the list itself.
 */
export async function findFilterUnitVisibleTo(
  db: Queryable,
  actor: Actor,
  filter: Pick<HouseholdFilter, 'villageId' | 'communeId'>,
): Promise<Unit | null> {
  const field = filter.villageId ? 'villageId' : 'communeId';
  const id = filter.villageId ?? filter.communeId;
  if (!id) return null;
  const unit = await findUnit(db, id);
  if (!unit || !canFilterHouseholdsBy(actor, unit)) {
    throw unknownReference(field, field === 'villageId' ? 'Thôn/tổ dân phố' : 'Xã/phường');
  }
  return unit;
}
