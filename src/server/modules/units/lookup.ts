import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import { isAdmin, memberCommuneIds, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inIds, inSubtrees, readableCommuneSql } from '../../db/scope-sql';
import { orgLeadCommuneIds } from './policy';
import { organizations, units, type Organization, type Unit, type UnitLevel } from './schema';

/** The SQL twin of canReadUnit: the subtrees the actor reads, and an org_lead's one commune. */
export function unitVisibleSql(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  return or(inSubtrees(units.path, readRoots(actor)), inIds(units.id, orgLeadCommuneIds(actor))) ?? sql`false`;
}

/** 404 naming the field when the id came from a request body; a plain 404 for a path id. */
const missing = (what: string, field?: string) => (field ? unknownReference(field, what) : notFound(what));

/** The unit if the actor may read it, else null. */
export async function visibleUnit(db: Queryable, actor: Actor, id: string): Promise<Unit | null> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.id, id), unitVisibleSql(actor)))
    .limit(1);
  return row ?? null;
}

/** The unit within the actor's reach, or 404 (naming `field` when given). */
export async function findUnitVisibleTo(db: Queryable, actor: Actor, id: string, field?: string): Promise<Unit> {
  const unit = await visibleUnit(db, actor, id);
  if (!unit) throw missing('Đơn vị', field);
  return unit;
}

/**
 * A unit the actor may read, or any unit of a commune the actor works in: a village head naming a neighbouring
 * village of their own commune gets a 403 from the policy, not a 404, because that village is known to them.
 */
export async function findCommuneUnitVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  const inOwnCommune = isAdmin(actor) ? undefined : inIds(units.communeId, memberCommuneIds(actor));
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.id, id), inOwnCommune ? or(unitVisibleSql(actor), inOwnCommune) : undefined))
    .limit(1);
  if (!row) throw missing('Đơn vị', field);
  return row;
}

/** A commune (level commune) whose records the actor may read, else null. */
export async function visibleCommune(db: Queryable, actor: Actor, id: string): Promise<Unit | null> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.id, id), eq(units.level, 'commune'), readableCommuneSql(actor, units.path, units.id)))
    .limit(1);
  return row ?? null;
}

/**
 * A commune whose records the actor may read, or a 404 naming the field: relief programmes and campaigns are
 * opened for one.
 */
export async function findCommuneVisibleTo(db: Queryable, actor: Actor, id: string, field = 'communeId') {
  const commune = await visibleCommune(db, actor, id);
  if (!commune) throw unknownReference(field, 'Xã');
  return commune;
}

/**
 * A unit of one of these levels whose records the actor may read (its subtree, or a commune the actor works in), or a
 * 404 naming the field: a fund is opened for a commune, a province or the national unit.
 */
export async function findUnitOfLevelsVisibleTo(
  db: Queryable,
  actor: Actor,
  id: string,
  levels: readonly UnitLevel[],
  field: string,
  what: string,
) {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.id, id), inArray(units.level, [...levels]), readableCommuneSql(actor, units.path, units.id)))
    .limit(1);
  if (!row) throw unknownReference(field, what);
  return row;
}

export type VisibleOrganization = { org: Organization; communePath: string };

/** The organisation if its commune is visible to the actor (see readableCommuneSql), else null. */
export async function visibleOrganization(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ org: organizations, communePath: units.path })
    .from(organizations)
    .innerJoin(units, eq(units.id, organizations.communeId))
    .where(and(eq(organizations.id, id), readableCommuneSql(actor, units.path, organizations.communeId)))
    .limit(1);
  return row ?? null;
}

export async function findOrganizationVisibleTo(
  db: Queryable,
  actor: Actor,
  id: string,
  field?: string,
): Promise<VisibleOrganization> {
  const found = await visibleOrganization(db, actor, id);
  if (!found) throw missing('Tổ chức', field);
  return found;
}
