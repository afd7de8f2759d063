/**
 * Issue 16 (Performance): the public disclosure page and search over 1,000,000 transfers on PostgreSQL (first page
 * p50 ≤ 50 ms, search by reference ≤ 20 ms, by name ≤ 100 ms, page ≤ 100 KB) and over 200,000 on PGlite (≤ 3× those).
 * Rows are written by one generate_series INSERT (the statement-level triggers keep the day totals in the same
 * statement), then timed through the app (`app.request`, no socket), p50 of CALLS after WARMUP.
 * `npx tsx bench/disclosure.ts <postgres url>` runs it alone on that server (a scratch database is created and dropped).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { systemMeta } from '../src/server/core/actor';
import { type Database, openPglite, openPostgres } from '../src/server/db/client';
import { createLogger } from '../src/server/logger';
import { createUnit } from '../src/server/modules/units/commands/create-unit';
import type { BenchPostgres } from './postgres';
import { log, median } from './util';

const CALLS = 30;
const WARMUP = 5;
const LIMITS = { firstMs: 50, refMs: 20, nameMs: 100, pageKb: 100, pgliteFactor: 3 };
type Figure = { line: string; ok: boolean };

const SURNAMES = ['NGUYEN', 'TRAN', 'LE', 'PHAM', 'HOANG', 'VU', 'DANG', 'BUI', 'DO', 'HO'];
const MIDDLE = ['VAN', 'THI', 'TRONG', 'MINH', 'THANH', 'DUC', 'HONG', 'NGOC'];
const GIVEN = [
  'NGHIA',
  'AN',
  'BINH',
  'CUONG',
  'DUNG',
  'HA',
  'HAI',
  'HUONG',
  'LAN',
  'LONG',
  'MAI',
  'NAM',
  'PHUONG',
  'QUANG',
  'SON',
  'TAM',
  'THAO',
  'TUAN',
  'VIET',
  'YEN',
];
const arr = (xs: string[]) => `array[${xs.map((x) => `'${x}'`).join(',')}]`;

export async function seedDisclosure(database: Database, rows: number): Promise<string> {
  const db = database.db;
  const province = await createUnit(db, systemMeta, null, { level: 'province', name: 'Yên Bái', kind: 'tỉnh' });
  const commune = await createUnit(db, systemMeta, province, { level: 'commune', name: 'Hồng Sơn', kind: 'xã' });
  const run = (q: string) => db.execute(sql.raw(q));
  await run(`insert into funds (commune_id, name) values ('${commune.id}', 'Quỹ Cứu trợ')`);
  await run(`insert into drives (fund_id, commune_id, name, code, period_from, period_to)
    select id, commune_id, 'Ủng hộ đồng bào bão Yagi', 'YAGI2024', '2024-09-08', '2024-09-30' from funds`);
  await run(`insert into fund_accounts (commune_id, fund_id, bank_name, account_no)
    select commune_id, id, b, '1130000' || n from funds, unnest(array['VietinBank','BIDV','Agribank']) with ordinality u(b, n)`);
  log(`disclosure: writing ${rows.toLocaleString('en-US')} transfers (${database.kind})…`);
  const chunk = 100_000;
  for (let from = 1; from <= rows; from += chunk) {
    const to = Math.min(rows, from + chunk - 1);
    // Names as statements give them (upper case, no diacritics), one in 20 anonymous; 20 days; references FT… unique.
    await run(`insert into donations (commune_id, fund_id, drive_id, year, seq, receipt_no, donor_kind, donor_name,
        public_anonymous, method, amount, unit_path, date, account_id, bank_ref)
      select f.commune_id, f.id, d.id, 2024, g, 'PT-2024-' || lpad(g::text, 7, '0'), 'person',
        (${arr(SURNAMES)})[1 + g % 10] || ' ' || (${arr(MIDDLE)})[1 + (g / 10) % 8] || ' ' || (${arr(GIVEN)})[1 + (g / 80) % 20],
        g % 20 = 7, 'bank_transfer', (array[50000,100000,200000,500000,1000000])[1 + g % 5] + (g % 7) * 1000,
        '${commune.path}', date '2024-09-10' + (g % 20), a.id, 'FT24254' || lpad(g::text, 9, '0')
      from generate_series(${from}, ${to}) g, funds f, drives d,
        lateral (select id from fund_accounts where fund_id = f.id order by bank_name offset g % 3 limit 1) a`);
  }
  await run('analyze donations');
  await run('analyze drive_day_totals');
  const res = await db.execute(sql`select id from drives limit 1`);
  return String((res as unknown as { rows: { id: string }[] }).rows[0]?.id);
}

async function measure(
  database: Database,
  driveId: string,
  rows: number,
  label: string,
  factor: number,
): Promise<Figure[]> {
  const g = Math.floor(rows * 0.6) + 7;
  const ref = `FT24254${String(g).padStart(9, '0')}`;
  const receipt = `PT-2024-${String(g).padStart(7, '0')}`;
  const storageDir = mkdtempSync(join(tmpdir(), 'mattran-bench-disclosure-'));
  const app = buildApp({
    db: database.db,
    dbKind: database.kind,
    logger: createLogger('silent'),
    trustProxy: true,
    storageDir,
  });
  let n = 0;
  const call = async (path: string) => {
    n += 1;
    const t0 = performance.now();
    const res = await app.request(path, { headers: { 'x-forwarded-for': `10.9.${(n >> 8) & 255}.${n & 255}` } });
    const body = await res.text();
    const took = performance.now() - t0;
    if (res.status !== 200) throw new Error(`${path} → ${res.status}: ${body.slice(0, 300)}`);
    return { took, bytes: Buffer.byteLength(body), body };
  };
  const p50 = async (path: string, check?: (body: string) => boolean) => {
    for (let i = 0; i < WARMUP; i++) await call(path);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < CALLS; i++) {
      const r = await call(path);
      if (check && !check(r.body)) throw new Error(`${path}: unexpected answer`);
      times.push(r.took);
      bytes = r.bytes;
    }
    return { p50: median(times), bytes };
  };
  const api = `/api/v1/public/drives/${driveId}/disclosure`;
  const first = await p50(api);
  const html = await p50(`/cong-khai/${driveId}`);
  const byRef = await p50(`${api}?q=${ref}`, (b) => b.includes(receipt));
  const refTail = await p50(`${api}?q=${ref.slice(-7)}`, (b) => b.includes(receipt));
  const name = await p50(`${api}?q=${encodeURIComponent('nghĩa nguyễn trọng')}`, (b) => b.includes('NGHIA'));
  const amount = await p50(`${api}?q=100k%2013/09`);
  rmSync(storageDir, { recursive: true, force: true });
  const fig = (what: string, v: number, limit: number, unit = 'ms'): Figure => {
    // Times may be 3× on PGlite; a page's size is the same on both.
    const lim = unit === 'ms' ? limit * factor : limit;
    const ok = v <= lim;
    return {
      ok,
      line: `bench public disclosure ${what} (${label}): ${v.toFixed(1)} ${unit} (limit ${lim}) ${ok ? 'ok' : 'FAIL'}`,
    };
  };
  return [
    fig('first page JSON p50', first.p50, LIMITS.firstMs),
    fig('first page HTML p50', html.p50, LIMITS.firstMs),
    fig('search by reference p50', byRef.p50, LIMITS.refMs),
    fig('search by reference tail (7 digits) p50', refTail.p50, LIMITS.refMs),
    fig('search by name p50', name.p50, LIMITS.nameMs),
    fig('search by amount and date p50', amount.p50, LIMITS.nameMs),
    fig('first page JSON size', first.bytes / 1024, LIMITS.pageKb, 'KB'),
    fig('first page HTML size', html.bytes / 1024, LIMITS.pageKb, 'KB'),
  ];
}

export async function disclosureBench(
  target: BenchPostgres,
  pgRows = 1_000_000,
  liteRows = 200_000,
): Promise<Figure[]> {
  const out: Figure[] = [];
  const url = await target.createDatabase(`mattran_bench_disclosure_${process.pid}`);
  const database = openPostgres(url);
  try {
    await database.migrate();
    const driveId = await seedDisclosure(database, pgRows);
    out.push(...(await measure(database, driveId, pgRows, `postgres, ${pgRows.toLocaleString('en-US')} transfers`, 1)));
  } finally {
    await database.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'mattran-bench-disclosure-lite-'));
  const lite = await openPglite(dir);
  try {
    await lite.migrate();
    const driveId = await seedDisclosure(lite, liteRows);
    out.push(
      ...(await measure(
        lite,
        driveId,
        liteRows,
        `pglite, ${liteRows.toLocaleString('en-US')} transfers`,
        LIMITS.pgliteFactor,
      )),
    );
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

// Re-measure a database a previous run seeded: `npx tsx bench/disclosure.ts --measure postgres://…/db rows`.
if (process.argv[1]?.endsWith('disclosure.ts') && process.argv[2] === '--measure' && process.argv[3]) {
  const database = openPostgres(process.argv[3]);
  await database.migrate();
  const res = await database.db.execute(sql`select id from drives limit 1`);
  const driveId = String((res as unknown as { rows: { id: string }[] }).rows[0]?.id);
  const rows = Number(process.argv[4] ?? 1_000_000);
  for (const f of await measure(database, driveId, rows, `postgres, ${rows.toLocaleString('en-US')} transfers`, 1))
    console.log(f.line);
  await database.close();
  process.exit(0);
}

// Alone: `npx tsx bench/disclosure.ts postgres://…/postgres [pgRows] [liteRows]`.
if (process.argv[1]?.endsWith('disclosure.ts') && process.argv[2]?.startsWith('postgres')) {
  const admin = process.argv[2];
  const created: string[] = [];
  const target: BenchPostgres = {
    description: admin.replace(/\/\/[^@]*@/, '//'),
    async createDatabase(name: string) {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name}`);
      await c.query(`create database ${name}`);
      await c.end();
      created.push(name);
      return admin.replace(/\/[^/]*$/, `/${name}`);
    },
    async cleanup() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      for (const name of created) await c.query(`drop database if exists ${name}`);
      await c.end();
    },
    stopNow() {},
  } as unknown as BenchPostgres;
  const figures = await disclosureBench(
    target,
    Number(process.argv[3] ?? 1_000_000),
    Number(process.argv[4] ?? 200_000),
  );
  for (const f of figures) console.log(f.line);
  await target.cleanup();
  process.exit(figures.every((f) => f.ok) ? 0 : 1);
}
