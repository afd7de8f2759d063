import type { Queryable } from '../../db/client';

/**
 * Columns other modules add to the member counts table the level above reads (the front's committee and boards
 * live in the bodies module, which depends on this one: it registers its columns at start, as indicator sources
 * are registered, so this module never imports it).
 */
export type CountColumn = {
  label: string;
  /** Whether the column applies to rows of communes (a province's table) or of villages (a commune's). */
  rows: 'commune' | 'village' | 'both';
  /** The value per child unit id, as of the date. */
  count: (
    db: Queryable,
    parent: { id: string; path: string },
    asOf: string,
    rowLevel: 'commune' | 'village',
  ) => Promise<Map<string, number>>;
};

const columns = new Map<string, CountColumn>();

export function registerCountColumn(column: CountColumn): void {
  columns.set(column.label, column);
}

/** The registered columns for rows of this level, with their values. */
export async function extraCountColumns(
  db: Queryable,
  parent: { id: string; path: string },
  rowLevel: 'commune' | 'village',
  asOf: string,
) {
  const applicable = [...columns.values()].filter((c) => c.rows === 'both' || c.rows === rowLevel);
  return Promise.all(
    applicable.map(async (c) => ({ label: c.label, values: await c.count(db, parent, asOf, rowLevel) })),
  );
}
