/**
 * `npm run bench`: a province (100 communes × 8 villages, 40 indicators, a year of entries, > 500,000
 * entries) on PostgreSQL (a throwaway cluster as CI starts, or BENCH_DATABASE_URL) and on PGlite.
 * stdout: a header, then one line per figure `bench <name>: <value> <unit> (limit <limit>) ok|FAIL`;
 * exit 1 on any FAIL. Progress goes to stderr. Not part of `npm test`.
 *
 * "1 commune loaded" is a database holding only commune 1; it is then copied (CREATE DATABASE …
 * TEMPLATE) and the other 99 communes are added to the copy, so commune 1's rows are the same in both.
 * The commune progress calls on both, the raw statement and PGlite are timed interleaved (one call of
 * each per round, order rotated), so every ratio compares calls made under the same machine load.
 */
import { loadavg, cpus } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPostgres, wrapPglite, type Database } from '../src/server/db/client';
import { ensureAdmin } from '../src/server/modules/users/commands/ensure-admin';
import {
  ADMIN_PASSWORD,
  adminToken,
  makeApi,
  overviewPath,
  progressPath,
  type Api,
  type OverviewResponse,
  type ProgressResponse,
} from './api';
import {
  addCommunes,
  analyze,
  communeByNumber,
  counts,
  createProvince,
  fillEntries,
  H1,
  INDICATORS,
  provinceOf,
  VILLAGES_PER_COMMUNE,
  type Counts,
} from './generate';
import { benchPostgres, type BenchPostgres } from './postgres';
import { rawCommuneProgress } from './raw';
import {
  elapsed,
  log,
  median,
  ms,
  onExit,
  sqlOfPg,
  sqlOfPglite,
  thousands,
  timeCalls,
  timeInterleaved,
  type Sql,
} from './util';
import { concurrentWriters } from './writers';
import { householdsBench } from './households';
import { officialBench } from './official';
import { membersBench } from './members';
import { moneyBench } from './money';
import { portalBench } from './portal';
import { reportsBench } from './reports';
import { firstLoadBench } from './firstload';
import { jobsBench } from './jobs';
import { statementsBench } from './statements';
import { disclosureBench } from './disclosure';
import { publicPdfBench } from './public-pdf';
import { reportFormsBench } from './report-forms';

const COMMUNES = 100;
const CALLS = 50;
const WARMUP = 5;
const OVERVIEW_CALLS = 20;
const OVERVIEW_WARMUP = 3;
const WRITERS = 20;
const PER_WRITER = 500;

const LIMITS = { progressMs: 50, progressOverRaw: 2, fullOverOne: 1.3, overviewMs: 300, pgliteOverPostgres: 4 };

type Figure = { line: string; ok: boolean };
const figures: Figure[] = [];

function figure(name: string, value: number, unit: string, limit: number, digits: number): void {
  const ok = Number.isFinite(value) && value <= limit;
  figures.push({ line: `bench ${name}: ${value.toFixed(digits)} ${unit} (limit ${limit}) ${ok ? 'ok' : 'FAIL'}`, ok });
}

const spread = (xs: number[]) => `p50 ${ms(median(xs))} ms, min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}`;

/** Commune progress must have every indicator, with the 8 villages and the commune's target. */
function checkShape(p: ProgressResponse, label: string): void {
  const bad =
    p.items.length !== INDICATORS ||
    p.items.some((i) => i.children.length !== VILLAGES_PER_COMMUNE || i.targets.length !== 1);
  if (bad) throw new Error(`${label}: unexpected commune progress (${p.items.length} indicators)`);
}

/** Opens a migrated PostgreSQL database with a generator connection, runs `fn`, closes both. */
async function withPostgres<T>(url: string, fn: (database: Database, sql: Sql) => Promise<T>): Promise<T> {
  const database = openPostgres(url);
  const gen = new pg.Client({ connectionString: url });
  try {
    await database.migrate();
    await gen.connect();
    return await fn(database, sqlOfPg(gen));
  } finally {
    await gen.end().catch(() => undefined);
    await database.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const loadBefore = loadavg()[0] ?? 0;
  const target: BenchPostgres | { skipped: string } = await benchPostgres();
  if ('skipped' in target) {
    console.log(`bench postgres: SKIPPED (${target.skipped})`);
    return 1;
  }
  onExit(() => target.cleanupSync());
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      target.cleanupSync();
      process.exit(130);
    });
  }
  const closers: (() => Promise<unknown>)[] = [];
  try {
    log(`postgres: ${target.description}`);
    // 1. A database with commune 1 only.
    const oneName = `mattran_bench_${process.pid}_one`;
    const fullName = `mattran_bench_${process.pid}`;
    const oneUrl = await target.createDatabase(oneName);
    await withPostgres(oneUrl, async (database, sql) => {
      await ensureAdmin(database.db, ADMIN_PASSWORD);
      await sql.query('select setseed(0.42)');
      log('postgres: province, 40 indicators, commune 1 with its villages, organisations and targets…');
      const province = await createProvince(sql);
      await addCommunes(sql, province, 1, 1);
      await fillEntries(sql, 'postgres');
      await analyze(sql);
    });

    // 2. Its copy, with communes 2..100 added.
    log(`postgres: copying it, then adding communes 2..${COMMUNES}…`);
    const fullUrl = await target.createDatabase(fullName, oneName);
    const pgCounts: Counts = await withPostgres(fullUrl, async (_database, sql) => {
      await sql.query('select setseed(0.43)');
      await addCommunes(sql, await provinceOf(sql), 2, COMMUNES);
      await fillEntries(sql, 'postgres', 11);
      log('postgres: vacuum analyze…');
      await analyze(sql);
      return counts(sql);
    });
    log(`postgres: ${thousands(pgCounts.entries)} entries, ${thousands(pgCounts.targets)} targets`);

    const one = openPostgres(oneUrl);
    closers.push(() => one.close());
    const full = openPostgres(fullUrl);
    closers.push(() => full.close());
    const rawClient = new pg.Client({ connectionString: fullUrl });
    await rawClient.connect();
    closers.push(() => rawClient.end());
    const sql = sqlOfPg(rawClient);
    const [ver] = await sql.query<{ v: string }>(`select current_setting('server_version') as v`);
    const province = await provinceOf(sql);
    const c1 = await communeByNumber(sql, 1);
    const apiOne = makeApi(one);
    const apiFull = makeApi(full);
    const tokenOne = await apiOne.login('admin', ADMIN_PASSWORD);
    const tokenFull = await apiFull.login('admin', ADMIN_PASSWORD);

    // Same rows for commune 1 in both databases: the same answer, so the ratio compares like with like.
    const progressOne = await apiOne.get<ProgressResponse>(progressPath(c1.id, H1), tokenOne);
    const progressFull = await apiFull.get<ProgressResponse>(progressPath(c1.id, H1), tokenFull);
    checkShape(progressFull, 'postgres');
    if (JSON.stringify(progressOne) !== JSON.stringify(progressFull))
      throw new Error('commune 1 progress differs between the 1-commune and the 100-commune database');
    // The raw statement must agree with the API before it is timed.
    const viaRaw = await rawCommuneProgress(rawClient, c1, H1);
    for (const item of progressFull.items) {
      const r = viaRaw.find((x) => x.id === item.indicatorId);
      if (
        !r ||
        Number(r.actual) !== item.actual ||
        (r.children?.length ?? 0) !== item.children.length ||
        (r.targets?.length ?? 0) !== item.targets.length + item.children.length
      ) {
        throw new Error(
          `raw statement disagrees with the API on ${item.code}: ${JSON.stringify({ api: item.actual, raw: r?.actual })}`,
        );
      }
    }

    // 3. Province overview.
    const ov = await apiFull.get<OverviewResponse>(overviewPath(province.id, H1), tokenFull);
    if (ov.rows.length !== COMMUNES || ov.indicators.length !== INDICATORS)
      throw new Error(`overview: ${ov.rows.length} rows × ${ov.indicators.length} indicators`);
    log(`postgres: province overview × ${OVERVIEW_CALLS}…`);
    const ovTimes = await timeCalls(OVERVIEW_CALLS, OVERVIEW_WARMUP, () =>
      apiFull.get<OverviewResponse>(overviewPath(province.id, H1), tokenFull),
    );
    log(`postgres: province overview ${spread(ovTimes)}`);

    // 4. PGlite, the same province.
    log('pglite: starting (in memory)…');
    const client = await PGlite.create();
    const lite = wrapPglite(client);
    closers.push(() => lite.close());
    await lite.migrate();
    const liteSql = sqlOfPglite(client);
    const [liteVer] = await liteSql.query<{ v: string }>(`select current_setting('server_version') as v`);
    await liteSql.query('select setseed(0.42)');
    log(`pglite: province, 40 indicators, ${COMMUNES} communes with villages, organisations and targets…`);
    await addCommunes(liteSql, await createProvince(liteSql), 1, COMMUNES);
    await fillEntries(liteSql, 'pglite', 20);
    log('pglite: vacuum analyze…');
    await analyze(liteSql);
    const liteCounts = await counts(liteSql);
    const apiLite: Api = makeApi(lite);
    const tokenLite = await adminToken(lite, apiLite);
    const c1Lite = await communeByNumber(liteSql, 1);
    checkShape(await apiLite.get<ProgressResponse>(progressPath(c1Lite.id, H1), tokenLite), 'pglite');

    // 5. Commune progress, interleaved.
    log(`commune progress: ${CALLS} rounds of (1-commune db, 100-commune db, raw statement, pglite)…`);
    const t = await timeInterleaved(
      {
        one: () => apiOne.get<ProgressResponse>(progressPath(c1.id, H1), tokenOne),
        full: () => apiFull.get<ProgressResponse>(progressPath(c1.id, H1), tokenFull),
        raw: () => rawCommuneProgress(rawClient, c1, H1),
        lite: () => apiLite.get<ProgressResponse>(progressPath(c1Lite.id, H1), tokenLite),
      },
      CALLS,
      WARMUP,
    );
    log(`  postgres, 100 communes: ${spread(t.full)}`);
    log(`  postgres, 1 commune:    ${spread(t.one)}`);
    log(`  raw statement:          ${spread(t.raw)}`);
    log(`  pglite, 100 communes:   ${spread(t.lite)}`);
    await lite.close();
    closers.pop();

    // 6. Concurrent writers (last: they add entries).
    const writers = await concurrentWriters(apiFull, sql, tokenFull, province, WRITERS, PER_WRITER);

    // 7. Money: receipts and a SIGKILL through the real server process, on PostgreSQL and PGlite (bench/money.ts).
    const money = await moneyBench(target).catch((e: unknown) => {
      console.error(e);
      const msg = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
      return {
        header: '# bench money: did not complete',
        figures: [{ ok: false, line: `bench money: FAIL (${msg})` }],
      };
    });

    // 8. Household import: 10,000 rows from .xlsx on PGlite and PostgreSQL (bench/households.ts).
    const householdFigures = await householdsBench(target).catch((e: unknown) => {
      console.error(e);
      return [
        {
          ok: false,
          line: `bench household import: FAIL (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
        },
      ];
    });

    // 9. Issue 7: the review report (model + .docx, .pdf) and the portal home page with 1,000 posts.
    const failed = (name: string) => (e: unknown) => {
      console.error(e);
      return [
        { ok: false, line: `bench ${name}: FAIL (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` },
      ];
    };
    const reportFigures = await reportsBench(target).catch(failed('report'));
    const portalFigures = await portalBench(target).catch(failed('portal home'));
    // 10. Issue 14: a province with its 148 official communes in one step.
    const officialFigures = await officialBench(target).catch(failed('province from the official list'));
    // 11. Issue 14: member counts over 1,000,000 memberships, and a 20,000-row member import.
    const memberFigures = await membersBench(target).catch(failed('members'));
    // 12. Issue 13: the staff app's entry JS gzipped and its first paint on Slow 4G in Chromium (bench/firstload.ts).
    const firstLoadFigures = await firstLoadBench().catch(failed('first load'));
    // 13. Issue 13.3: /healthz answers while a 20,000-row member import runs as a job on PGlite (bench/jobs.ts).
    const jobFigures = await jobsBench().catch(failed('/healthz during an import job'));
    // 14. Issue 16: a 100,000-row bank statement as a job on PostgreSQL and PGlite (bench/statements.ts).
    const statementFigures = await statementsBench(target).catch(failed('bank statement import'));
    // 14. Issue 16.4: the public disclosure page and search over 1,000,000 transfers (PGlite: 200,000).
    const disclosureFigures = await disclosureBench(target).catch(failed('public disclosure'));
    // 15. Issue 16.4: the public PDF of 100,000 transfers, made in the background (bench/public-pdf.ts).
    const pdfFigures = await publicPdfBench(target).catch(failed('public PDF'));
    // 15. Issue 15: the report completeness grid, prefilling a form, 148 communes submitting at once (bench/report-forms.ts).
    const reportFormFigures = await reportFormsBench(target).catch(failed('report forms'));

    const [full50, one50, raw50, lite50, ov50] = [
      median(t.full),
      median(t.one),
      median(t.raw),
      median(t.lite),
      median(ovTimes),
    ];
    const c = pgCounts;
    console.log(
      `# bench province: 1 province, ${c.communes} communes, ${thousands(c.villages)} villages, ${c.organizations} organisations, ` +
        `${c.indicators} indicators, ${thousands(c.targets)} targets, ${thousands(c.entries)} entries (${thousands(c.voided)} voided) over 2025 ` +
        `(pglite: ${thousands(liteCounts.entries)} entries); PostgreSQL ${ver?.v ?? '?'} (${target.description}); PGlite (PostgreSQL ${liteVer?.v ?? '?'}); ` +
        `commune progress = GET /api/v1/progress for Xã 001, ${H1.from}..${H1.to}, p50 of ${CALLS} calls after ${WARMUP} warm-ups; ` +
        `load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} CPUs`,
    );
    console.log(money.header);
    figure('commune progress p50 (postgres)', full50, 'ms', LIMITS.progressMs, 1);
    figure(
      `commune progress ÷ one raw SQL statement via pg (${ms(full50)} ms ÷ ${ms(raw50)} ms)`,
      full50 / raw50,
      '×',
      LIMITS.progressOverRaw,
      2,
    );
    figure(
      `commune progress 100 communes ÷ 1 commune loaded (${ms(full50)} ms ÷ ${ms(one50)} ms)`,
      full50 / one50,
      '×',
      LIMITS.fullOverOne,
      2,
    );
    figure(
      `province overview p50 (postgres, ${c.communes} communes × ${c.indicators} indicators)`,
      ov50,
      'ms',
      LIMITS.overviewMs,
      1,
    );
    figure(
      `commune progress pglite ÷ postgres (${ms(lite50)} ms ÷ ${ms(full50)} ms)`,
      lite50 / full50,
      '×',
      LIMITS.pgliteOverPostgres,
      2,
    );

    const w = writers;
    const totalsOk = w.sumAcknowledged === w.sumInDatabase && w.sumAcknowledged === w.progressDelta;
    const writersOk = w.lost === 0 && w.unacknowledged === 0 && totalsOk && w.acknowledged > 0;
    figures.push({
      ok: writersOk,
      line:
        `bench concurrent writers (postgres, ${w.writers} × ${w.perWriter} over HTTP in ${w.seconds.toFixed(1)} s, ${w.rejected} rejected; ` +
        `Σ acknowledged ${thousands(w.sumAcknowledged)} ${totalsOk ? '=' : '≠'} Σ in database ${thousands(w.sumInDatabase)} ${totalsOk ? '=' : '≠'} Δ progress ${thousands(w.progressDelta)}): ` +
        `${thousands(w.acknowledged)} acknowledged, ${w.lost} lost, ${w.unacknowledged} unacknowledged (limit 0 lost) ${writersOk ? 'ok' : 'FAIL'}`,
    });
    figures.push(...money.figures);
    figures.push(...householdFigures);
    figures.push(...officialFigures);
    figures.push(...memberFigures);
    figures.push(...reportFigures);
    figures.push(...portalFigures);
    figures.push(...firstLoadFigures);
    figures.push(...jobFigures);
    figures.push(...statementFigures);
    figures.push(...disclosureFigures);
    figures.push(...pdfFigures);
    figures.push(...reportFormFigures);
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await target.cleanup();
  }

  for (const f of figures) console.log(f.line);
  log(`done in ${elapsed().toFixed(0)} s`);
  return figures.every((f) => f.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    for (const f of figures) console.log(f.line);
    console.log(`bench run: FAIL (${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)})`);
    process.exit(1);
  },
);
