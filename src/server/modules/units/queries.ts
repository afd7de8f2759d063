import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { compareVi } from '../../../lib/vi-text';
import type { Actor } from '../../core/actor';
import { isAdmin, memberCommuneIds, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { unknownReference } from '../../core/errors';
import { inIds, inSubtrees, readableCommuneSql } from '../../db/scope-sql';
import { orgLeadCommuneIds } from './policy';
import { organizations, units, type Unit } from './schema';

/** The SQL form of canReadUnit. */
function readableUnits(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  return or(inSubtrees(units.path, readRoots(actor)), inIds(units.id, orgLeadCommuneIds(actor)));
}

export async function listUnits(db: Queryable, actor: Actor, parentId: string | null | undefined): Promise<Unit[]> {
  const byParent =
    parentId === undefined ? undefined : parentId === null ? isNull(units.parentId) : eq(units.parentId, parentId);
  const rows = await db
    .select()
    .from(units)
    .where(and(readableUnits(actor), byParent))
    .orderBy(asc(units.path));
  return rows.sort((a, b) => compareVi(a.name, b.name));
}

/** Any unit by id, regardless of scope: callers decide with policy what to reveal. */
export async function findUnit(db: Queryable, id: string): Promise<Unit | null> {
  const [row] = await db.select().from(units).where(eq(units.id, id)).limit(1);
  return row ?? null;
}

export async function findSiblingByName(db: Queryable, parentId: string | null, name: string, exceptId?: string) {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(
      and(
        parentId ? eq(units.parentId, parentId) : isNull(units.parentId),
        sql`lower(${units.name}) = lower(${name})`,
        exceptId ? sql`${units.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The SQL form of "organisation visible": its commune is in scope, or the actor works in that commune. */
function readableOrganizations(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  return or(inSubtrees(units.path, readRoots(actor)), inIds(organizations.communeId, memberCommuneIds(actor)));
}

export async function listOrganizations(db: Queryable, actor: Actor, communeId?: string) {
  const rows = await db
    .select({ org: organizations })
    .from(organizations)
    .innerJoin(units, eq(units.id, organizations.communeId))
    .where(and(readableOrganizations(actor), communeId ? eq(organizations.communeId, communeId) : undefined));
  return rows.map((r) => r.org).sort((a, b) => compareVi(a.name, b.name));
}

export async function findOrganization(db: Queryable, id: string) {
  const [row] = await db
    .select({ org: organizations, communePath: units.path })
    .from(organizations)
    .innerJoin(units, eq(units.id, organizations.communeId))
    .where(eq(organizations.id, id))
    .limit(1);
  return row ?? null;
}

export async function findOrganizationByShortName(
  db: Queryable,
  communeId: string,
  shortName: string,
  exceptId?: string,
) {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.communeId, communeId),
        sql`lower(${organizations.shortName}) = lower(${shortName})`,
        exceptId ? sql`${organizations.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * A commune the actor may read records of (core/scope's canReadCommune, in the WHERE clause), or a 404 naming the
 * field: relief programmes and campaigns are opened for one.
 */
export async function findCommuneVisibleTo(db: Queryable, actor: Actor, id: string, field = 'communeId') {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.id, id), eq(units.level, 'commune'), readableCommuneSql(actor, units.path, units.id)))
    .limit(1);
  if (!row) throw unknownReference(field, 'Xã');
  return row;
}
