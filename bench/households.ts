import ExcelJS from 'exceljs';
import { PGlite } from '@electric-sql/pglite';
import { openPostgres, wrapPglite, type Database } from '../src/server/db/client';
import { loadDemo, DEMO_PASSWORD } from '../src/server/demo/load-demo';
import { makeApi } from './api';
import type { BenchPostgres } from './postgres';
import { log } from './util';

const ROWS = 10_000;
const LIMIT_S = 10;
const CATEGORIES = ['poor', 'near_poor', 'policy', 'hardship', 'lonely_elderly'];

/** A 10,000-row household file in the template's columns, spread over the demo commune's villages. */
async function householdFile(villages: string[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hộ gia đình');
  ws.addRow(['Thôn', 'Họ tên chủ hộ', 'Địa chỉ', 'Số nhân khẩu', 'Điện thoại', 'Năm', 'Diện hộ', 'Số quyết định']);
  for (let i = 0; i < ROWS; i++) {
    ws.addRow([
      villages[i % villages.length],
      `Chủ hộ số ${i + 1}`,
      `Xóm ${(i % 12) + 1}`,
      (i % 6) + 1,
      null,
      2026,
      CATEGORIES[i % CATEGORIES.length],
      `QĐ ${i % 40}/2026`,
    ]);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function importOnce(database: Database, label: string): Promise<{ line: string; ok: boolean }> {
  await database.migrate();
  await loadDemo(database.db);
  const api = makeApi(database);
  const token = await api.login('btt', DEMO_PASSWORD);
  const units = await api.get<{ items: { id: string; name: string; level: string }[] }>('/api/v1/units', token);
  const villages = units.items.filter((u) => u.level === 'village').map((u) => u.name);
  const file = await householdFile(villages);
  log(`households: importing ${ROWS.toLocaleString('en-US')} rows on ${label}…`);
  const form = new FormData();
  form.set('file', new File([file], 'ho-gia-dinh.xlsx'));
  const t0 = performance.now();
  const res = await api.app.request('/api/v1/households/import', {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  const seconds = (performance.now() - t0) / 1000;
  const body = (await res.json()) as { created?: number; errors?: unknown[] };
  const ok = res.status === 201 && body.created === ROWS && seconds <= LIMIT_S;
  const detail =
    res.status === 201 ? `${body.created} created` : `HTTP ${res.status}: ${JSON.stringify(body).slice(0, 200)}`;
  return {
    ok,
    line: `bench household import (${label}, ${ROWS.toLocaleString('en-US')} rows from .xlsx, ${detail}): ${seconds.toFixed(1)} s (limit ${LIMIT_S}) ${ok ? 'ok' : 'FAIL'}`,
  };
}

/** Issue: "npm run bench prints the time to import 10,000 households on PGlite (limit 10 s) and on PostgreSQL." */
export async function householdsBench(target: BenchPostgres): Promise<{ line: string; ok: boolean }[]> {
  const lite = wrapPglite(await PGlite.create());
  const out = [];
  try {
    out.push(await importOnce(lite, 'pglite'));
  } finally {
    await lite.close();
  }
  const url = await target.createDatabase(`mattran_bench_households_${process.pid}`);
  const pgdb = openPostgres(url);
  try {
    out.push(await importOnce(pgdb, 'postgres'));
  } finally {
    await pgdb.close();
  }
  return out;
}
