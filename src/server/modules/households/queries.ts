import { and, asc, count, desc, eq, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { foldVietnamese } from '../../../lib/vi-text';
import type { Actor } from '../../core/actor';
import { isAdmin } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { containsText, inSubtrees } from '../../db/scope-sql';
import { unitRefs } from '../units/refs';
import type { Unit } from '../units/schema';
import { householdReadRoots, householdWriteRoots } from './policy';
import { householdYearCategories, households, type Household, type HouseholdCategory } from './schema';

export type CategoryRow = { year: number; category: HouseholdCategory; decisionRef: string | null };
export type HouseholdRow = Household & { villageName: string; villageKind: string };
export type HouseholdWithCategories = HouseholdRow & { categories: CategoryRow[] };

export type HouseholdFilter = {
  villageId?: string;
  communeId?: string;
  category?: HouseholdCategory;
  year?: number;
  q?: string;
  includeErased?: boolean;
};

/** The SQL form of canReadHousehold: every read of households goes through it. */
export function readableHouseholds(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  return inSubtrees(households.unitPath, householdReadRoots(actor));
}

function filterSql(actor: Actor, f: HouseholdFilter): SQL | undefined {
  const folded = f.q ? foldVietnamese(f.q) : '';
  const byCategory =
    f.year !== undefined || f.category !== undefined
      ? sql`exists (select 1 from ${householdYearCategories} hc where hc.household_id = ${households.id}${
          f.year !== undefined ? sql` and hc.year = ${f.year}` : sql``
        }${f.category !== undefined ? sql` and hc.category = ${f.category}` : sql``})`
      : undefined;
  return and(
    readableHouseholds(actor),
    f.villageId ? eq(households.villageId, f.villageId) : undefined,
    f.communeId ? eq(households.communeId, f.communeId) : undefined,
    folded ? containsText(households.headNameFolded, folded) : undefined,
    f.includeErased ? undefined : isNull(households.erasedAt),
    byCategory,
  );
}

const rowColumns = { household: households, villageName: unitRefs.name, villageKind: unitRefs.kind };

/** One page of the actor's households matching the filter, with their categories, and the total. */
export async function listHouseholds(
  db: Queryable,
  actor: Actor,
  f: HouseholdFilter,
  page: { limit: number; offset: number },
) {
  const where = filterSql(actor, f);
  const [total] = await db.select({ n: count() }).from(households).where(where);
  const rows = await db
    .select(rowColumns)
    .from(households)
    .innerJoin(unitRefs, eq(unitRefs.id, households.villageId))
    .where(where)
    .orderBy(asc(unitRefs.name), asc(households.headNameFolded), asc(households.id))
    .limit(page.limit)
    .offset(page.offset);
  const items = await withCategories(
    db,
    rows.map((r) => ({ ...r.household, villageName: r.villageName, villageKind: r.villageKind })),
  );
  return { total: Number(total?.n ?? 0), items };
}

/**
 * The latest year, not after `thisYear`, in which a household of the list (the same scope and village, commune and
 * category filters) has a category: the list offers it when the year the user picked has none.
 */
export async function latestCategoryYear(
  db: Queryable,
  actor: Actor,
  f: Pick<HouseholdFilter, 'villageId' | 'communeId' | 'category' | 'includeErased'>,
  thisYear: number,
): Promise<number | null> {
  const [row] = await db
    .select({ year: sql<number | null>`max(${householdYearCategories.year})` })
    .from(householdYearCategories)
    .innerJoin(households, eq(households.id, householdYearCategories.householdId))
    .where(
      and(
        filterSql(actor, { ...f, category: undefined }),
        f.category ? eq(householdYearCategories.category, f.category) : undefined,
        lte(householdYearCategories.year, thisYear),
      ),
    );
  return row?.year === null || row?.year === undefined ? null : Number(row.year);
}

/** Every matching household (for the export), up to `max`. */
export async function allHouseholds(db: Queryable, actor: Actor, f: HouseholdFilter, max: number) {
  return listHouseholds(db, actor, f, { limit: max, offset: 0 });
}

export async function withCategories(db: Queryable, rows: HouseholdRow[]): Promise<HouseholdWithCategories[]> {
  const byId = await categoriesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, categories: byId.get(r.id) ?? [] }));
}

/** Categories per household, newest year first. Chunked so a large export stays under the bind-parameter limit. */
export async function categoriesOf(db: Queryable, ids: string[]): Promise<Map<string, CategoryRow[]>> {
  const out = new Map<string, CategoryRow[]>();
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    const rows = await db
      .select({
        householdId: householdYearCategories.householdId,
        year: householdYearCategories.year,
        category: householdYearCategories.category,
        decisionRef: householdYearCategories.decisionRef,
      })
      .from(householdYearCategories)
      .where(inArray(householdYearCategories.householdId, chunk))
      .orderBy(desc(householdYearCategories.year), asc(householdYearCategories.category));
    for (const r of rows) {
      const list = out.get(r.householdId) ?? [];
      list.push({ year: r.year, category: r.category, decisionRef: r.decisionRef });
      out.set(r.householdId, list);
    }
  }
  return out;
}

/**
 * A household by id with its village and categories, within `scope` (readableHouseholds(actor)) when given;
 * without it only for a command re-reading the row it has just written (lookup.ts is the way in for a request).
 */
export async function findHousehold(db: Queryable, id: string, scope?: SQL): Promise<HouseholdWithCategories | null> {
  const [row] = await db
    .select(rowColumns)
    .from(households)
    .innerJoin(unitRefs, eq(unitRefs.id, households.villageId))
    .where(and(eq(households.id, id), scope))
    .limit(1);
  if (!row) return null;
  const [withCats] = await withCategories(db, [
    { ...row.household, villageName: row.villageName, villageKind: row.villageKind },
  ]);
  return withCats ?? null;
}

/** Villages where the actor may add or import households, optionally inside one commune. */
export async function writableVillages(db: Queryable, actor: Actor, communeId?: string): Promise<Unit[]> {
  const scope = isAdmin(actor) ? undefined : inSubtrees(unitRefs.path, householdWriteRoots(actor));
  return db
    .select()
    .from(unitRefs)
    .where(and(eq(unitRefs.level, 'village'), scope, communeId ? eq(unitRefs.communeId, communeId) : undefined));
}

/** Households of a commune that are not erased, for duplicate checks and matching on import. */
export async function registryKeys(db: Queryable, communeId: string) {
  return db
    .select({ id: households.id, villageId: households.villageId, headNameFolded: households.headNameFolded })
    .from(households)
    .where(and(eq(households.communeId, communeId), isNull(households.erasedAt)));
}
