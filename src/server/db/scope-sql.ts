import { type AnyColumn, type SQL, inArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../core/actor';
import { isAdmin, memberCommuneIds, readRoots } from '../core/scope';

/** Escapes LIKE wildcards in a literal. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** SQL for "column lies in one of these subtrees"; false when there are none. */
export function inSubtrees(column: AnyColumn | SQL, roots: string[]): SQL {
  if (roots.length === 0) return sql`false`;
  return or(...roots.map((r) => sql`${column} like ${`${escapeLike(r)}%`}`)) ?? sql`false`;
}

export function inIds(column: AnyColumn, ids: string[]): SQL {
  return ids.length === 0 ? sql`false` : inArray(column, ids);
}

/** SQL for "column lies in the subtree at `path`". */
export function inSubtree(column: AnyColumn | SQL, path: string): SQL {
  return sql`${column} like ${`${escapeLike(path)}%`}`;
}

/** SQL for "column contains `text`" (already folded by the caller). */
export function containsText(column: AnyColumn | SQL, text: string): SQL {
  return sql`${column} like ${`%${escapeLike(text)}%`}`;
}

/**
 * The SQL twin of core/scope's canReadCommune for a row of a commune: the commune's path lies in the actor's read
 * subtrees, or the actor works inside it; undefined (no filter) for the administrator.
 */
export function readableCommuneSql(actor: Actor, communePath: AnyColumn | SQL, communeId: AnyColumn): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  return or(inSubtrees(communePath, readRoots(actor)), inIds(communeId, memberCommuneIds(actor)));
}
