import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { containsText, inSubtrees } from '../../db/scope-sql';
import { unitRefs } from '../units/refs';
import { householdYearCategories, households, type HouseholdCategory } from './schema';

/*
 * What the household registry gives other modules (relief reads households through these, never the tables).
 * `roots` are the caller's read subtrees, applied in SQL; null means no restriction (the administrator).
 */

const CHUNK = 500;

function chunked(ids: string[], size = CHUNK): string[][] {
  const unique = [...new Set(ids)];
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += size) out.push(unique.slice(i, i + size));
  return out;
}

const scoped = (roots: string[] | null) => (roots === null ? undefined : inSubtrees(households.unitPath, roots));

/** The registry row other modules need: where the household lives and who heads it (erased ones too: gifts stay). */
export type HouseholdRef = {
  id: string;
  communeId: string;
  villageId: string;
  villageName: string;
  villageKind: string;
  unitPath: string;
  headName: string;
  erasedAt: Date | null;
};

const refColumns = {
  id: households.id,
  communeId: households.communeId,
  villageId: households.villageId,
  villageName: unitRefs.name,
  villageKind: unitRefs.kind,
  unitPath: households.unitPath,
  headName: households.headName,
  erasedAt: households.erasedAt,
};

/** One household by id inside the reader's subtrees (null: no restriction), or null. */
export async function householdRefById(
  db: Queryable,
  id: string,
  roots: string[] | null,
): Promise<HouseholdRef | null> {
  const [row] = await db
    .select(refColumns)
    .from(households)
    .innerJoin(unitRefs, eq(unitRefs.id, households.villageId))
    .where(and(eq(households.id, id), scoped(roots)))
    .limit(1);
  return row ?? null;
}

/** Households by id (for rows that name them), regardless of scope. */
export async function householdRefsByIds(db: Queryable, ids: string[]): Promise<Map<string, HouseholdRef>> {
  const out = new Map<string, HouseholdRef>();
  for (const chunk of chunked(ids, 5000)) {
    const rows = await db
      .select(refColumns)
      .from(households)
      .innerJoin(unitRefs, eq(unitRefs.id, households.villageId))
      .where(inArray(households.id, chunk));
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** The households of a village (not erased), by folded head name: a yearly registration takes them all. */
export async function villageHouseholdRefs(db: Queryable, villageId: string): Promise<HouseholdRef[]> {
  return db
    .select(refColumns)
    .from(households)
    .innerJoin(unitRefs, eq(unitRefs.id, households.villageId))
    .where(and(eq(households.villageId, villageId), isNull(households.erasedAt)))
    .orderBy(asc(households.headNameFolded));
}

/** household id → its categories in a year, in code order. */
export async function categoriesInYear(db: Queryable, householdIds: string[], year: number) {
  const out = new Map<string, string[]>();
  for (const chunk of chunked(householdIds)) {
    const rows = await db
      .select({ householdId: householdYearCategories.householdId, category: householdYearCategories.category })
      .from(householdYearCategories)
      .where(and(inArray(householdYearCategories.householdId, chunk), eq(householdYearCategories.year, year)))
      .orderBy(asc(householdYearCategories.category));
    for (const r of rows) out.set(r.householdId, [...(out.get(r.householdId) ?? []), r.category]);
  }
  return out;
}

/** Households of a commune (not erased) inside the reader's subtrees, by folded head name: a picker's first 30. */
export async function searchCommuneHouseholds(
  db: Queryable,
  q: { communeId: string; roots: string[] | null; folded: string },
) {
  return db
    .select({
      id: households.id,
      headName: households.headName,
      villageId: households.villageId,
      villageName: unitRefs.name,
      address: households.address,
    })
    .from(households)
    .innerJoin(unitRefs, eq(unitRefs.id, households.villageId))
    .where(
      and(
        eq(households.communeId, q.communeId),
        isNull(households.erasedAt),
        scoped(q.roots),
        q.folded ? containsText(households.headNameFolded, q.folded) : undefined,
      ),
    )
    .orderBy(asc(households.headNameFolded))
    .limit(30);
}

/**
 * Households of a commune (not erased) inside the reader's subtrees with one of `categories` in `year` (any
 * category when the list is empty).
 */
export async function householdsInCategories(
  db: Queryable,
  q: { communeId: string; year: number; categories: readonly string[]; roots: string[] | null },
) {
  return db
    .selectDistinct({
      id: households.id,
      headName: households.headName,
      villageId: households.villageId,
      villageName: unitRefs.name,
      address: households.address,
      members: households.members,
    })
    .from(households)
    .innerJoin(unitRefs, eq(unitRefs.id, households.villageId))
    .innerJoin(
      householdYearCategories,
      and(eq(householdYearCategories.householdId, households.id), eq(householdYearCategories.year, q.year)),
    )
    .where(
      and(
        eq(households.communeId, q.communeId),
        isNull(households.erasedAt),
        q.categories.length
          ? inArray(householdYearCategories.category, q.categories as HouseholdCategory[])
          : undefined,
        scoped(q.roots),
      ),
    );
}

/** The categories a household may have in a year (other modules validate and label with them). */
export { householdCategories, type HouseholdCategory } from './schema';
