import { PGlite } from '@electric-sql/pglite';
import { openPostgres, wrapPglite, type Database } from '../src/server/db/client';
import { ensureAdmin } from '../src/server/modules/users/commands/ensure-admin';
import { ADMIN_PASSWORD } from './api';
import { makeApi } from './api';
import type { BenchPostgres } from './postgres';
import { log } from './util';

const LIMIT_S = 3;

/** Issue 14: "Creating a province with its 148 official communes ≤ 3 s" — Phú Thọ (25), through the API. */
async function createOnce(database: Database, label: string): Promise<{ line: string; ok: boolean }> {
  await database.migrate();
  await ensureAdmin(database.db, ADMIN_PASSWORD);
  const api = makeApi(database);
  const token = await api.login('admin', ADMIN_PASSWORD);
  log(`official map: creating Phú Thọ with its communes on ${label}…`);
  const t0 = performance.now();
  const res = await api.app.request('/api/v1/units/from-official', {
    method: 'POST',
    body: JSON.stringify({ provinceCode: '25' }),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });
  const seconds = (performance.now() - t0) / 1000;
  const body = (await res.json()) as { created?: number };
  const ok = res.status === 201 && body.created === 148 && seconds <= LIMIT_S;
  const detail = res.status === 201 ? `${body.created} communes created` : `HTTP ${res.status}`;
  return {
    ok,
    line: `bench province from the official list (${label}, Phú Thọ, ${detail}): ${seconds.toFixed(2)} s (limit ${LIMIT_S}) ${ok ? 'ok' : 'FAIL'}`,
  };
}

export async function officialBench(target: BenchPostgres): Promise<{ line: string; ok: boolean }[]> {
  const lite = wrapPglite(await PGlite.create());
  const out = [];
  try {
    out.push(await createOnce(lite, 'pglite'));
  } finally {
    await lite.close();
  }
  const pgdb = openPostgres(await target.createDatabase(`mattran_bench_official_${process.pid}`));
  try {
    out.push(await createOnce(pgdb, 'postgres'));
  } finally {
    await pgdb.close();
  }
  return out;
}
