import { type SQL, sql } from 'drizzle-orm';

/**
 * Many rows sent as one array parameter per column, for `insert … select … from ${unnestRows(…)}`: PostgreSQL reads
 * an array literal an order of magnitude faster than json_to_recordset reads objects (7.7 ms for 1,000 receipts as
 * JSON, under 1 ms as arrays), which is a second of every 100,000-row bank statement.
 */

type Value = string | number | boolean | null;
export type UnnestColumn<R> = readonly [
  name: string,
  type: 'uuid' | 'text' | 'int' | 'bigint' | 'boolean' | 'date',
  value: (r: R) => Value,
];

/**
 * One value of a PostgreSQL array literal: text quoted (so commas, braces, spaces and the word NULL stay text), with
 * backslashes and quotes escaped only where there are any — this runs 50,000 times a statement chunk.
 */
function element(v: Value): string {
  if (v === null) return 'NULL';
  if (typeof v !== 'string') return String(v);
  return v.includes('\\') || v.includes('"') ? `"${v.replace(/[\\"]/g, '\\$&')}"` : `"${v}"`;
}

/** The literal of a one-dimensional array ('{"a","b",NULL}'), to be cast to its type in SQL. */
export function arrayLiteral(values: readonly Value[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) out += (i ? ',' : '') + element(values[i] ?? null);
  return `${out}}`;
}

/** `unnest($1::uuid[], $2::text[], …) as u(id, name, …)`: the rows as a table named `u`. */
export function unnestRows<R>(rows: readonly R[], columns: readonly UnnestColumn<R>[]): SQL {
  const arrays = columns.map(([, type, value]) => sql`${arrayLiteral(rows.map(value))}::${sql.raw(type)}[]`);
  return sql`unnest(${sql.join(arrays, sql`, `)}) as u(${sql.raw(columns.map(([name]) => name).join(', '))})`;
}
