/**
 * The money figures of `npm run bench`, through the HTTP API of the real server process
 * (src/server/main.ts --demo), on PostgreSQL and on PGlite:
 *
 *  - receipts: 32 clients post 400 receipts each to one fund at once; every acknowledged receipt must
 *    be stored exactly once, the numbers must run 1…12800 with no gap and no repeat, and the fund's
 *    balance must equal their sum. The rate is compared with a bare loop of single-row INSERTs of the
 *    same shape through the same driver.
 *  - crash: the same load, the server's process group is killed with SIGKILL after ~2 s, the server is
 *    restarted on the same data; every receipt acknowledged with 201 before the kill must be there
 *    with its number and amount, and the numbers must still be gapless.
 *
 * The rows are read from the donations table directly once the server has stopped (PGlite: the data
 * directory opened with PGlite after the server exited; PostgreSQL: with pg).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { wrapPglite } from '../src/server/db/client';
import { DEMO_PASSWORD } from '../src/server/demo/load-demo';
import { ADMIN_PASSWORD } from './api';
import type { BenchPostgres } from './postgres';
import { startServer, type ServerProcess } from './server';
import { log, median, onExit, thousands } from './util';

export const CLIENTS = 32;
export const PER_CLIENT = 400;
const TOTAL = CLIENTS * PER_CLIENT;
const CRASH_AFTER_MS = 2000;
const RATIO_LIMIT = 0.3;
const DATE = '2025-06-15';
const YEAR = 2025;

export type MoneyFigure = { line: string; ok: boolean };
type Kind = 'postgres' | 'pglite';

const label = (seq: number) => `PT-${YEAR}-${String(seq).padStart(4, '0')}`;
const amountOf = (client: number, i: number) => 1000 * (1 + ((client * 7919 + i * 104729) % 1000));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- HTTP

async function call<T>(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { raw: text.slice(0, 300) };
  }
  return { status: res.status, body: parsed as T };
}

async function must<T>(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  status: number,
  token?: string,
  body?: unknown,
): Promise<T> {
  const r = await call<T>(base, method, path, token, body);
  if (r.status !== status) throw new Error(`${method} ${path} → ${r.status}: ${JSON.stringify(r.body).slice(0, 500)}`);
  return r.body;
}

type Setup = { tokens: string[]; fundId: string; communeId: string };

/** Each client logs in as the standing committee (btt) on its own session; a fresh fund in xã Hồng Sơn. */
async function setup(base: string, name: string): Promise<Setup> {
  const tokens: string[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const r = await must<{ token: string }>(base, 'POST', '/api/v1/auth/login', 200, undefined, {
      username: 'btt',
      password: DEMO_PASSWORD,
    });
    tokens.push(r.token);
  }
  const token = tokens[0] as string;
  const units = await must<{ items: { id: string; level: string; name: string }[] }>(
    base,
    'GET',
    '/api/v1/units',
    200,
    token,
  );
  const commune = units.items.find((u) => u.level === 'commune' && u.name === 'Hồng Sơn');
  if (!commune) throw new Error(`no commune Hồng Sơn among ${units.items.length} units`);
  const fund = await must<{ id: string }>(base, 'POST', '/api/v1/funds', 201, token, {
    communeId: commune.id,
    name: name,
  });
  return { tokens, fundId: fund.id, communeId: commune.id };
}

type Ack = { receiptNo: string; amount: number };
type LoadResult = {
  acked: Map<string, Ack>;
  /** Answers other than 201, by status and code. */
  rejected: Map<string, number>;
  /** Requests with no answer (connection reset by the kill, …). */
  noAnswer: number;
  seconds: number;
  latencies: number[];
};

/** `CLIENTS` clients, each posting up to `perClient` receipts one after the other, all at once, over keep-alive HTTP. */
async function load(base: string, s: Setup, perClient: number, stop: { now: boolean }): Promise<LoadResult> {
  const acked = new Map<string, Ack>();
  const rejected = new Map<string, number>();
  const latencies: number[] = [];
  let noAnswer = 0;
  const t0 = performance.now();
  await Promise.all(
    s.tokens.map(async (token, c) => {
      for (let i = 0; i < perClient && !stop.now; i++) {
        const amount = amountOf(c, i);
        const t = performance.now();
        try {
          const r = await call<{ id?: string; receiptNo?: string; amount?: number; code?: string }>(
            base,
            'POST',
            '/api/v1/donations',
            token,
            {
              fundId: s.fundId,
              donorKind: 'person',
              donorName: `Người ủng hộ ${c + 1}-${i + 1}`,
              amount,
              date: DATE,
            },
          );
          latencies.push(performance.now() - t);
          if (r.status === 201 && r.body.id && r.body.receiptNo) {
            if (acked.has(r.body.id))
              rejected.set(
                '201 for an id already acknowledged',
                (rejected.get('201 for an id already acknowledged') ?? 0) + 1,
              );
            acked.set(r.body.id, { receiptNo: r.body.receiptNo, amount: r.body.amount ?? Number.NaN });
            if (r.body.amount !== amount)
              rejected.set('201 with another amount', (rejected.get('201 with another amount') ?? 0) + 1);
          } else {
            const key = `${r.status} ${r.body.code ?? ''}`.trim();
            rejected.set(key, (rejected.get(key) ?? 0) + 1);
          }
        } catch {
          noAnswer++;
        }
      }
    }),
  );
  return { acked, rejected, noAnswer, seconds: (performance.now() - t0) / 1000, latencies };
}

const rejectedText = (m: Map<string, number>) => [...m].map(([k, n]) => `${k} ×${n}`).join(', ');

// ---------------------------------------------------------------- the donations table, read directly

type DbRow = { id: string; seq: number; year: number; receipt_no: string; amount: string; voided: boolean };
type Template = {
  commune_id: string;
  fund_id: string;
  unit_id: string | null;
  unit_path: string;
  created_by: string | null;
};
type Stored = { rows: DbRow[]; template: Template | null };

const ROWS_SQL = `select id::text as id, seq, year, receipt_no, amount::text as amount, voided_at is not null as voided from donations where fund_id = $1 order by seq, id`;
const TEMPLATE_SQL = `select commune_id::text as commune_id, fund_id::text as fund_id, unit_id::text as unit_id, unit_path, created_by::text as created_by from donations where fund_id = $1 limit 1`;

async function storedPg(url: string, fundId: string): Promise<Stored> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = (await client.query<DbRow>(ROWS_SQL, [fundId])).rows;
    const [template] = (await client.query<Template>(TEMPLATE_SQL, [fundId])).rows;
    return { rows, template: template ?? null };
  } finally {
    await client.end();
  }
}

/** Opens the server's data directory with PGlite; only once the server has exited. */
async function storedPglite(dataDir: string, fundId: string): Promise<Stored> {
  const client = await PGlite.create({ dataDir: join(dataDir, 'pgdata') });
  try {
    const rows = (await client.query<DbRow>(ROWS_SQL, [fundId])).rows;
    const [template] = (await client.query<Template>(TEMPLATE_SQL, [fundId])).rows;
    return { rows, template: template ?? null };
  } finally {
    await client.close();
  }
}

type Check = {
  rows: number;
  /** Acknowledged receipts stored with the acknowledged number and amount. */
  present: number;
  /** Acknowledged receipts stored with another number or amount. */
  mismatched: number;
  /** Acknowledged receipts not stored. */
  lost: number;
  /** Stored receipts nobody was told about (in flight at a kill). */
  unacknowledged: number;
  maxSeq: number;
  /** Numbers missing from 1…max. */
  gaps: number;
  /** Rows sharing a number with another row. */
  repeats: number;
  /** Rows whose receipt_no is not PT-<year>-<seq>, or in another year. */
  badLabels: number;
  voided: number;
  sumStored: number;
  sumAcked: number;
};

function check(stored: DbRow[], acked: Map<string, Ack>): Check {
  const byId = new Map(stored.map((r) => [r.id, r]));
  let present = 0;
  let mismatched = 0;
  let lost = 0;
  for (const [id, a] of acked) {
    const r = byId.get(id);
    if (!r) lost++;
    else if (r.receipt_no === a.receiptNo && Number(r.amount) === a.amount) present++;
    else mismatched++;
  }
  let unacknowledged = 0;
  for (const id of byId.keys()) if (!acked.has(id)) unacknowledged++;
  const seqs = new Set(stored.map((r) => r.seq));
  const maxSeq = stored.reduce((m, r) => Math.max(m, r.seq), 0);
  let gaps = 0;
  for (let s = 1; s <= maxSeq; s++) if (!seqs.has(s)) gaps++;
  const labels = new Set(stored.map((r) => r.receipt_no));
  const badLabels =
    stored.filter((r) => r.year !== YEAR || r.receipt_no !== label(r.seq)).length + (stored.length - labels.size);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    rows: stored.length,
    present,
    mismatched,
    lost,
    unacknowledged,
    maxSeq,
    gaps,
    repeats: stored.length - seqs.size,
    badLabels,
    voided: stored.filter((r) => r.voided).length,
    sumStored: sum(stored.filter((r) => !r.voided).map((r) => Number(r.amount))),
    sumAcked: sum([...acked.values()].map((a) => a.amount)),
  };
}

const numbersText = (c: Check) =>
  c.gaps === 0 && c.repeats === 0 && c.badLabels === 0 && c.maxSeq === c.rows
    ? `numbers 1…${c.maxSeq} gapless`
    : `numbers 1…${c.maxSeq}: ${c.gaps} missing, ${c.repeats} repeated, ${c.badLabels} mislabelled`;
const gapless = (c: Check) => c.gaps === 0 && c.repeats === 0 && c.badLabels === 0 && c.maxSeq === c.rows;

// ---------------------------------------------------------------- bare INSERT loops

const SCRATCH = `create table bench_bare_insert (like donations including defaults including constraints including indexes)`;
const BARE_INSERT =
  `insert into bench_bare_insert (commune_id, fund_id, year, seq, receipt_no, donor_kind, donor_name, method, amount, in_kind_value, unit_id, unit_path, date, created_by) ` +
  `values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning id`;
const bareParams = (t: Template, i: number) => [
  t.commune_id,
  t.fund_id,
  YEAR,
  i + 1,
  label(i + 1),
  'person',
  `Người ủng hộ ${i + 1}`,
  'cash',
  amountOf(i % CLIENTS, Math.floor(i / CLIENTS)),
  0,
  t.unit_id,
  t.unit_path,
  DATE,
  t.created_by,
];

async function bareLoop(
  query: (text: string, params?: unknown[]) => Promise<unknown>,
  t: Template,
  n: number,
): Promise<number> {
  await query(SCRATCH);
  for (let i = 0; i < 200; i++) await query(BARE_INSERT, bareParams(t, n + i)); // warm-up, numbers above the timed ones
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await query(BARE_INSERT, bareParams(t, i));
  const perSecond = n / ((performance.now() - t0) / 1000);
  await query('drop table bench_bare_insert');
  return perSecond;
}

/** One connection through pg, autocommit, one row per statement, into a scratch copy of donations. */
async function bareLoopPg(url: string, t: Template, n: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await bareLoop((text, params) => client.query(text, params), t, n);
  } finally {
    await client.end();
  }
}

/** The same through PGlite, in a database of its own (in memory, or in a fresh directory). */
async function bareLoopPglite(t: Template, n: number, dataDir?: string): Promise<number> {
  const client = await PGlite.create(dataDir ? { dataDir } : {});
  try {
    await wrapPglite(client).migrate();
    return await bareLoop((text, params) => client.query(text, params), t, n);
  } finally {
    await client.close();
  }
}

// ---------------------------------------------------------------- the scenarios

type Place = {
  kind: Kind;
  /** Environment of the server for this place's data. */
  env: Record<string, string>;
  stored(fundId: string): Promise<Stored>;
  /** PGlite: the data directory's lock file. */
  lockFile?: string;
};

async function stopCleanly(server: ServerProcess, what: string): Promise<void> {
  const exit = await server.stop();
  if (exit.code !== 0)
    throw new Error(`${what}: the server stopped with ${JSON.stringify(exit)}:\n${server.logTail()}`);
}

async function receipts(
  place: Place,
  logFile: string,
  bare: (t: Template) => Promise<{ perSecond: number; how: string }>,
): Promise<MoneyFigure[]> {
  const what = `receipts (${place.kind})`;
  const server = await startServer(place.env, logFile, what);
  let r: LoadResult;
  let balance: { balance: number; received: number };
  let fundId: string;
  try {
    const s = await setup(server.base, `Quỹ bench ${place.kind} ${Date.now()}`);
    fundId = s.fundId;
    log(`${what}: ${CLIENTS} clients × ${PER_CLIENT} receipts to fund ${fundId} over HTTP, all at once…`);
    r = await load(server.base, s, PER_CLIENT, { now: false });
    balance = await must(server.base, 'GET', `/api/v1/funds/${fundId}/balance`, 200, s.tokens[0]);
  } catch (e) {
    await server.kill9();
    throw e;
  }
  await stopCleanly(server, what);
  const perSecond = r.acked.size / r.seconds;
  log(
    `${what}: ${thousands(r.acked.size)} acknowledged in ${r.seconds.toFixed(1)} s (${thousands(perSecond)}/s, p50 ${median(r.latencies).toFixed(1)} ms)` +
      `${r.rejected.size ? `; rejected: ${rejectedText(r.rejected)}` : ''}${r.noAnswer ? `; ${r.noAnswer} without answer` : ''}`,
  );
  const stored = await place.stored(fundId);
  const c = check(stored.rows, r.acked);
  log(`${what}: stored ${JSON.stringify(c)}; balance ${JSON.stringify(balance)}`);
  const sumsOk = balance.balance === c.sumAcked && c.sumStored === c.sumAcked;
  const ok =
    r.acked.size === TOTAL &&
    r.rejected.size === 0 &&
    r.noAnswer === 0 &&
    c.present === TOTAL &&
    c.lost === 0 &&
    c.mismatched === 0 &&
    c.unacknowledged === 0 &&
    c.voided === 0 &&
    c.rows === TOTAL &&
    gapless(c) &&
    sumsOk;
  const problems = [
    r.rejected.size ? `rejected: ${rejectedText(r.rejected)}` : '',
    r.noAnswer ? `${r.noAnswer} without answer` : '',
    c.lost ? `${c.lost} lost` : '',
    c.mismatched ? `${c.mismatched} stored with another number or amount` : '',
    c.unacknowledged ? `${c.unacknowledged} stored unacknowledged` : '',
  ].filter(Boolean);
  const figures: MoneyFigure[] = [
    {
      ok,
      line:
        `bench receipts (${place.kind}, ${CLIENTS} clients × ${PER_CLIENT} to one fund over HTTP in ${r.seconds.toFixed(1)} s, p50 ${median(r.latencies).toFixed(1)} ms${problems.length ? `; ${problems.join('; ')}` : ''}): ` +
        `${thousands(perSecond)}/s, ${thousands(r.acked.size)} acknowledged, ${numbersText(c)}, ` +
        `balance ${thousands(balance.balance)} ${sumsOk ? '=' : '≠'} Σ ${thousands(c.sumAcked)}${c.sumStored !== c.sumAcked ? ` (Σ stored ${thousands(c.sumStored)})` : ''} (limit gapless) ${ok ? 'ok' : 'FAIL'}`,
    },
  ];
  if (!stored.template) throw new Error(`${what}: no stored receipt to model the bare INSERT on`);
  log(`${what}: bare single-row INSERT loop…`);
  const b = await bare(stored.template);
  const ratio = perSecond / b.perSecond;
  const ratioOk = Number.isFinite(ratio) && ratio >= RATIO_LIMIT;
  figures.push({
    ok: ratioOk,
    line: `bench receipts ÷ bare INSERT loop (${place.kind}, ${thousands(perSecond)}/s ÷ ${thousands(b.perSecond)}/s ${b.how}): ${ratio.toFixed(2)} × (limit ≥ ${RATIO_LIMIT}) ${ratioOk ? 'ok' : 'FAIL'}`,
  });
  return figures;
}

async function crash(place: Place, logFile: string): Promise<MoneyFigure> {
  const what = `crash (${place.kind})`;
  const first = await startServer(place.env, logFile, `${what}, first run`);
  let s: Setup;
  try {
    s = await setup(first.base, `Quỹ bench crash ${place.kind} ${Date.now()}`);
  } catch (e) {
    await first.kill9();
    throw e;
  }
  log(
    `${what}: ${CLIENTS} clients posting receipts; SIGKILL to the server's process group after ${CRASH_AFTER_MS} ms…`,
  );
  const stop = { now: false };
  const loading = load(first.base, s, PER_CLIENT, stop);
  await sleep(CRASH_AFTER_MS);
  stop.now = true; // no new requests; those in flight meet the kill
  const exit = await first.kill9();
  const r = await loading;
  log(
    `${what}: killed (${JSON.stringify(exit)}); ${r.acked.size} acknowledged, ${r.noAnswer} without answer${r.rejected.size ? `, rejected: ${rejectedText(r.rejected)}` : ''}`,
  );

  const staleLock = place.lockFile && existsSync(place.lockFile) ? readFileSync(place.lockFile, 'utf8').trim() : null;
  const notes: string[] = [];
  let second: ServerProcess;
  try {
    second = await startServer(place.env, logFile, `${what}, restart`);
  } catch (e) {
    const msg = (e as Error).message.split('\n').slice(0, 3).join(' ');
    return {
      ok: false,
      line: `bench crash (${place.kind}, SIGKILL after ${(CRASH_AFTER_MS / 1000).toFixed(1)} s under ${CLIENTS} clients; the server did not restart: ${msg}): ${r.acked.size} acknowledged before SIGKILL, ? present after restart (limit 0 lost) FAIL`,
    };
  }
  let after: { id: string; receiptNo: string; amount: number };
  let balance: { balance: number };
  try {
    if (place.lockFile) {
      const now = existsSync(place.lockFile) ? readFileSync(place.lockFile, 'utf8').trim() : null;
      const taken = staleLock !== null && now === String(second.pid);
      notes.push(
        taken
          ? `stale lock of pid ${staleLock} taken over`
          : `lock file: ${staleLock ?? 'none'} before restart, ${now ?? 'none'} after (restarted pid ${second.pid})`,
      );
    }
    const token = (
      await must<{ token: string }>(second.base, 'POST', '/api/v1/auth/login', 200, undefined, {
        username: 'btt',
        password: DEMO_PASSWORD,
      })
    ).token;
    after = await must(second.base, 'POST', '/api/v1/donations', 201, token, {
      fundId: s.fundId,
      donorKind: 'person',
      donorName: 'Sau khi khởi động lại',
      amount: 777_000,
      date: DATE,
    });
    balance = await must(second.base, 'GET', `/api/v1/funds/${s.fundId}/balance`, 200, token);
  } catch (e) {
    await second.kill9();
    throw e;
  }
  await stopCleanly(second, what);
  if (place.lockFile && existsSync(place.lockFile)) notes.push('lock file left after a clean stop');

  const stored = await place.stored(s.fundId);
  const before = check(stored.rows, r.acked);
  const all = check(
    stored.rows,
    new Map([...r.acked, [after.id, { receiptNo: after.receiptNo, amount: after.amount }]]),
  );
  log(
    `${what}: stored ${JSON.stringify(before)}; first receipt after restart ${after.receiptNo}; balance ${balance.balance}`,
  );
  notes.unshift(
    `${all.unacknowledged} stored but unacknowledged, ${r.noAnswer} requests in flight without answer`,
    `first receipt after restart ${after.receiptNo}`,
    `balance ${thousands(balance.balance)} ${balance.balance === all.sumStored ? '=' : '≠'} Σ stored ${thousands(all.sumStored)}`,
  );
  if (before.mismatched) notes.push(`${before.mismatched} stored with another number or amount`);
  const missing = before.lost + before.mismatched;
  const ok =
    r.acked.size > 0 &&
    missing === 0 &&
    all.lost === 0 &&
    all.mismatched === 0 &&
    gapless(all) &&
    all.voided === 0 &&
    balance.balance === all.sumStored &&
    r.rejected.size === 0;
  if (r.rejected.size) notes.push(`rejected: ${rejectedText(r.rejected)}`);
  return {
    ok,
    line:
      `bench crash (${place.kind}, SIGKILL after ${(CRASH_AFTER_MS / 1000).toFixed(1)} s under ${CLIENTS} clients; ${notes.join('; ')}): ` +
      `${thousands(r.acked.size)} acknowledged before SIGKILL, ${thousands(before.present)} present after restart, ${gapless(all) ? 'numbers gapless' : numbersText(all)} (limit 0 lost) ${ok ? 'ok' : 'FAIL'}`,
  };
}

/** Runs the four money scenarios; returns a header and the figure lines. */
export async function moneyBench(target: BenchPostgres): Promise<{ header: string; figures: MoneyFigure[] }> {
  const tmp = mkdtempSync(join(tmpdir(), 'mattran-bench-money.'));
  onExit(() => rmSync(tmp, { recursive: true, force: true }));
  const figures: MoneyFigure[] = [];
  const env = { ADMIN_PASSWORD };

  const pgPlace = async (name: string): Promise<Place> => {
    const url = await target.createDatabase(`mattran_bench_${process.pid}_${name}`);
    return { kind: 'postgres', env: { ...env, DATABASE_URL: url }, stored: (fundId) => storedPg(url, fundId) };
  };
  const pglitePlace = (name: string): Place => {
    const dataDir = join(tmp, name);
    return {
      kind: 'pglite',
      env: { ...env, DATA_DIR: dataDir },
      stored: (fundId) => storedPglite(dataDir, fundId),
      lockFile: join(dataDir, 'mattran.lock'),
    };
  };

  const pgReceipts = await pgPlace('receipts');
  const pgUrl = pgReceipts.env.DATABASE_URL as string;
  figures.push(
    ...(await receipts(pgReceipts, join(tmp, 'receipts-postgres.log'), async (t) => ({
      perSecond: await bareLoopPg(pgUrl, t, TOTAL),
      how: 'single-row INSERTs via pg on one connection into a scratch copy of donations, same database',
    }))),
  );

  figures.push(
    ...(await receipts(pglitePlace('receipts-pglite'), join(tmp, 'receipts-pglite.log'), async (t) => {
      const memory = await bareLoopPglite(t, TOTAL);
      const onDisk = await bareLoopPglite(t, TOTAL, join(tmp, 'bare-pglite'));
      return {
        perSecond: memory,
        how: `single-row INSERTs into a scratch copy of donations in a separate in-memory PGlite, the server owning its data directory; on disk in a fresh directory: ${thousands(onDisk)}/s`,
      };
    })),
  );

  figures.push(await crash(await pgPlace('crash'), join(tmp, 'crash-postgres.log')));
  figures.push(await crash(pglitePlace('crash-pglite'), join(tmp, 'crash-pglite.log')));

  const header =
    `# bench money: the real server (node --import tsx src/server/main.ts --demo, one process, its own process group) over keep-alive HTTP from ${CLIENTS} clients, ` +
    `each logged in as btt (standing committee of xã Hồng Sơn) and posting receipts dated ${DATE} to one fresh fund; PostgreSQL databases on the bench cluster, PGlite in a fresh DATA_DIR; ` +
    `rows checked in the donations table after the server stopped`;
  return { header, figures };
}
