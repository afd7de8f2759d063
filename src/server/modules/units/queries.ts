import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { compareVi } from '../../../lib/vi-text';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { readableCommuneSql } from '../../db/scope-sql';
import { unitVisibleSql } from './lookup';
import { organizations, units, type Unit } from './schema';

export type UnitFilter = { parentId?: string | null; code?: string; ended?: 'exclude' | 'include' | 'only' };

/** Units in the actor's scope; ended (merged) units only when asked for, since pickers must not offer them. */
export async function listUnits(db: Queryable, actor: Actor, filter: UnitFilter = {}): Promise<Unit[]> {
  const { parentId, code, ended = code ? 'include' : 'exclude' } = filter;
  const byParent =
    parentId === undefined ? undefined : parentId === null ? isNull(units.parentId) : eq(units.parentId, parentId);
  const byEnd = ended === 'include' ? undefined : ended === 'only' ? isNotNull(units.endedOn) : isNull(units.endedOn);
  const rows = await db
    .select()
    .from(units)
    .where(and(unitVisibleSql(actor), byParent, byEnd, code ? eq(units.code, code) : undefined))
    .orderBy(asc(units.path));
  return rows.sort((a, b) => compareVi(a.name, b.name));
}

/** Any unit by id, regardless of scope (for trusted callers); requests use lookup.ts, which filters by scope. */
/**
 * The current unit of a level carrying an official code, whoever asks: the official list is public (a commune
 * sending a member to another names the receiving commune by its code).
 */
export async function findCurrentUnitByCode(db: Queryable, level: Unit['level'], code: string): Promise<Unit | null> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.level, level), eq(units.code, code), isNull(units.endedOn)))
    .limit(1);
  return row ?? null;
}

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
        isNull(units.endedOn), // an ended unit keeps its name: the new commune may carry it again
        sql`lower(${units.name}) = lower(${name})`,
        exceptId ? sql`${units.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function listOrganizations(db: Queryable, actor: Actor, communeId?: string) {
  const rows = await db
    .select({ org: organizations, communePath: units.path })
    .from(organizations)
    .innerJoin(units, eq(units.id, organizations.communeId))
    .where(
      and(
        readableCommuneSql(actor, units.path, organizations.communeId),
        communeId ? eq(organizations.communeId, communeId) : undefined,
      ),
    );
  return rows.sort((a, b) => compareVi(a.org.name, b.org.name));
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
 * Communes an actor reads records of (the SQL twin of scope.canReadCommune): those under its units, and
 * the commune it works in whatever its role; by name.
 */
export async function communesReadableBy(db: Queryable, actor: Actor) {
  const scope = readableCommuneSql(actor, units.path, units.id);
  return db
    .select()
    .from(units)
    .where(and(eq(units.level, 'commune'), scope))
    .orderBy(units.name)
    .limit(1000);
}

/**
 * The current units directly below a unit, for a trusted caller that has already checked the parent is in the
 * actor's reach (an organisation head imports into the villages of their commune without reading those villages).
 */
export async function currentChildren(db: Queryable, parentId: string): Promise<Unit[]> {
  const rows = await db
    .select()
    .from(units)
    .where(and(eq(units.parentId, parentId), isNull(units.endedOn)));
  return rows.sort((a, b) => compareVi(a.name, b.name));
}

/** The names of a parent's current children (ended units may be named again), for a batch's duplicate check. */
export async function childNames(db: Queryable, parentId: string): Promise<string[]> {
  const rows = await db
    .select({ name: units.name })
    .from(units)
    .where(and(eq(units.parentId, parentId), isNull(units.endedOn)));
  return rows.map((r) => r.name);
}

/** The national unit (Ủy ban Trung ương), when one was made: there is at most one. */
export async function findNationalUnit(db: Queryable) {
  const [row] = await db.select().from(units).where(eq(units.level, 'national')).limit(1);
  return row ?? null;
}
