import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction: queries accept both. */
export type Queryable = Db | Tx;
export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  close(): Promise<void>;
};

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

const PG_DATE = 1082;
const PG_TIMESTAMP = 1114;
const PG_TIMESTAMPTZ = 1184;
const PG_INTERVAL = 1186;

/** Calendar dates stay 'YYYY-MM-DD' strings; never shifted through a timezone. */
function pgTypes() {
  return {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === PG_DATE || oid === PG_TIMESTAMP || oid === PG_TIMESTAMPTZ) return (v: string) => v;
      return pg.types.getTypeParser(oid, format);
    },
  } as pg.CustomTypesConfig;
}

type RawRows = (name: string, text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;
/** The driver under each top-level database handle, for statements that run on every request. */
const rawDrivers = new WeakMap<object, RawRows>();
/** The embedded database behind a handle, when it is PGlite (one session for the whole process). */
const pgliteClients = new WeakMap<object, PGlite>();

/**
 * A hot statement given as fixed SQL text with $1…$n and a stable name. On PostgreSQL it is a named
 * prepared statement: each pooled connection parses and plans it once instead of on every call (the
 * planning of a many-join query costs more than running it). On PGlite it goes straight to the client.
 * Inside a transaction (no driver registered for the handle) it runs through drizzle on that transaction.
 * Keep the result columns explicit (no `select *`/`returning *`): a prepared plan refuses a changed row type.
 */
export async function namedQuery<R>(db: Queryable, name: string, text: string, params: unknown[]): Promise<R[]> {
  const raw = rawDrivers.get(db);
  if (raw) return (await raw(name, text, params)) as R[];
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${params[Number(part) - 1]}`));
  const res = await db.execute(sql.join(chunks));
  return (res as unknown as { rows: R[] }).rows;
}

export function openPostgres(url: string, opts: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, types: pgTypes() });
  // An idle pooled connection that the server closes (restart, failover, a dropped database) is
  // discarded by the pool; without a listener its 'error' event would crash the process.
  pool.on('error', (err) => console.warn(`PostgreSQL: an idle connection was closed (${err.message})`));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  rawDrivers.set(
    db,
    async (name, text, values) => (await pool.query({ name, text, values })).rows as Record<string, unknown>[],
  );
  return {
    db,
    kind: 'postgres',
    async migrate() {
      // Several app processes may start at once against one PostgreSQL: migrate under a lock.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(727274)');
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock(727274)').catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function wrapPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  pgliteClients.set(db, client);
  // Same row shape as drizzle's raw execute on PGlite: objects; dates and timestamps left as text.
  const asText = (v: string) => v;
  const parsers = { [PG_DATE]: asText, [PG_TIMESTAMP]: asText, [PG_TIMESTAMPTZ]: asText, [PG_INTERVAL]: asText };
  rawDrivers.set(
    db,
    async (_name, text, params) =>
      (await client.query<Record<string, unknown>>(text, params, { rowMode: 'object', parsers })).rows,
  );
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
    close: () => client.close(),
  };
}

/** The database runs inside this process (PGlite): every statement holds the event loop while it runs. */
export const isEmbedded = (db: Db): boolean => pgliteClients.has(db);

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ? { dataDir } : {});
  return wrapPglite(client);
}

/**
 * The database answers. PGlite lives in this process with one session: while a transaction holds it (a big
 * import writing its rows, for seconds), `select 1` would only wait for that transaction, and a monitor would
 * take a busy office for a dead one. An open client inside a transaction is a working database.
 */
export async function ping(db: Db): Promise<void> {
  const lite = pgliteClients.get(db);
  if (lite) {
    if (lite.closed) throw new Error('PGlite is closed');
    if (lite.isInTransaction()) return;
    // A transaction may begin while this waits its turn: then it would wait for that whole transaction.
    let timer: NodeJS.Timeout | undefined;
    const busy = new Promise<void>((resolve) => {
      timer = setInterval(() => lite.isInTransaction() && resolve(), 20);
    });
    try {
      await Promise.race([db.execute(sql`select 1`), busy]);
    } finally {
      clearInterval(timer);
    }
    return;
  }
  await db.execute(sql`select 1`);
}
