import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Queryable } from './client';

/**
 * Independent reads: at once on the pool (each takes its own connection), one after another inside a
 * transaction, whose single connection must not be handed overlapping queries (node-postgres warns, and
 * pg 9 refuses).
 */
export async function readTogether<T extends unknown[]>(
  db: Queryable,
  ...reads: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as T;
}
