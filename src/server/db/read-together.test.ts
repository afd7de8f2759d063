import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from './client';
import { readTogether } from './read-together';
import { createTestDatabase } from './testing';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** A read that records when it started and finished, so overlap can be seen. */
function probe(log: string[], name: string, run: () => Promise<unknown>) {
  return async () => {
    log.push(`start ${name}`);
    const result = await run();
    log.push(`end ${name}`);
    return result;
  };
}

describe('readTogether', () => {
  it('answers in the order asked, on the database and inside a transaction', async () => {
    const { db } = database;
    /** A real query on `q` that answers `v`. */
    const read = (q: Queryable, v: number) => async () => {
      await q.execute(sql`select ${v}::int`);
      return v;
    };
    expect(await readTogether(db, read(db, 1), async () => 'two')).toEqual([1, 'two']);
    const inTx = await db.transaction((tx) => readTogether(tx, read(tx, 1), read(tx, 2), read(tx, 3)));
    expect(inTx).toEqual([1, 2, 3]);
  });

  it('never hands a transaction two queries at once', async () => {
    const log: string[] = [];
    await database.db.transaction((tx) =>
      readTogether(
        tx,
        probe(log, 'a', () => tx.execute(sql`select 1`)),
        probe(log, 'b', () => tx.execute(sql`select 1`)),
      ),
    );
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('starts every read at once outside a transaction', async () => {
    const log: string[] = [];
    const { db } = database;
    await readTogether(
      db,
      probe(log, 'a', () => db.execute(sql`select 1`)),
      probe(log, 'b', () => db.execute(sql`select 1`)),
    );
    expect(log.slice(0, 2)).toEqual(['start a', 'start b']);
  });
});
