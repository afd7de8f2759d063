import { type AnyColumn, type SQL, inArray, or, sql } from 'drizzle-orm';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** SQL for "column lies in one of these subtrees"; false when there are none. */
export function inSubtrees(column: AnyColumn | SQL, roots: string[]): SQL {
  if (roots.length === 0) return sql`false`;
  return or(...roots.map((r) => sql`${column} like ${`${escapeLike(r)}%`}`)) ?? sql`false`;
}

export function inIds(column: AnyColumn, ids: string[]): SQL {
  return ids.length === 0 ? sql`false` : inArray(column, ids);
}
