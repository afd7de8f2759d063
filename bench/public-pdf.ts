/**
 * Issue 16 (Performance): the public PDF of a drive with 100,000 transfers is made in the background within 10
 * minutes, with this process's peak RSS growth ≤ 500 MB (drawn in this process by pdfkit, documents/draw-pdf.ts);
 * while it is being made, a request for it answers 202 with Retry-After. PostgreSQL, the app and its job runner
 * in this process; visitors ask through `app.request` every 2 s as a browser told to come back would.
 * `npx tsx bench/public-pdf.ts` runs it alone (BENCH_DATABASE_URL or a throwaway cluster).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, jobHandlers } from '../src/server/app';
import { type Database, openPostgres } from '../src/server/db/client';
import { silentLogger } from '../src/server/logger';
import { drawPdfAvailable } from '../src/server/modules/documents/draw-pdf';
import { JobRunner } from '../src/server/modules/jobs/runner';
import { seedDisclosure } from './disclosure';
import { type BenchPostgres, benchPostgres } from './postgres';
import { log, onExit } from './util';

const ROWS = 100_000;
const LIMITS = { seconds: 600, rssMb: 500 };
const POLL_MS = 2000;
type Figure = { line: string; ok: boolean };

async function measure(database: Database): Promise<Figure[]> {
  await database.migrate();
  const driveId = await seedDisclosure(database, ROWS);
  const storageDir = mkdtempSync(join(tmpdir(), 'mattran-bench-pdf-'));
  onExit(() => rmSync(storageDir, { recursive: true, force: true }));
  const jobs = new JobRunner({ db: database.db, storageDir, logger: silentLogger, handlers: jobHandlers() });
  const app = buildApp({
    db: database.db,
    dbKind: database.kind,
    logger: silentLogger,
    trustProxy: true,
    storageDir,
    jobs,
  });
  await jobs.start();
  let n = 0;
  const ask = async (volume = 1) => {
    n += 1;
    const res = await app.request(`/cong-khai/${driveId}.pdf${volume > 1 ? `?tap=${volume}` : ''}`, {
      headers: { 'x-forwarded-for': `10.8.${(n >> 8) & 255}.${n & 255}` },
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      bytes: new Uint8Array(await res.arrayBuffer()),
    };
  };
  try {
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 100);
    log(`public PDF: ${ROWS.toLocaleString('en-US')} transfers; asking for the PDF…`);
    const t0 = performance.now();
    let waits = 0;
    let retryOk = true;
    let first = await ask();
    while (first.status === 202 && performance.now() - t0 < LIMITS.seconds * 2000) {
      waits += 1;
      retryOk &&= Number(first.retryAfter) > 0;
      await new Promise((r) => setTimeout(r, POLL_MS));
      first = await ask();
    }
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    // Every volume is served from storage; one past the last is a 404.
    let volumes = 0;
    if (first.status === 200) {
      volumes = 1;
      for (;;) {
        const v = await ask(volumes + 1);
        if (v.status !== 200) break;
        volumes += 1;
      }
    }
    const made = first.status === 200 && String.fromCharCode(...first.bytes.slice(0, 5)) === '%PDF-';
    const growth = (rssPeak - rssBefore) / 1024 / 1024;
    const what = `postgres, ${made ? `${volumes} volumes` : `HTTP ${first.status}`}, answered 202 with Retry-After ${waits}× meanwhile`;
    const timeOk = made && waits > 0 && retryOk && seconds <= LIMITS.seconds;
    const rssOk = made && growth <= LIMITS.rssMb;
    return [
      {
        ok: timeOk,
        line: `bench public PDF of ${ROWS.toLocaleString('en-US')} transfers made in the background (${what}): ${seconds.toFixed(0)} s (limit ${LIMITS.seconds}) ${timeOk ? 'ok' : 'FAIL'}`,
      },
      {
        ok: rssOk,
        line: `bench peak RSS growth while the public PDF of ${ROWS.toLocaleString('en-US')} transfers is made (postgres): ${growth.toFixed(0)} MB (limit ${LIMITS.rssMb}) ${rssOk ? 'ok' : 'FAIL'}`,
      },
    ];
  } finally {
    await jobs.stop();
    await database.close();
  }
}

export async function publicPdfBench(target: BenchPostgres | { skipped: string }): Promise<Figure[]> {
  if ('skipped' in target) return [{ ok: false, line: `bench public PDF: SKIPPED (${target.skipped})` }];
  if (!drawPdfAvailable())
    return [{ ok: false, line: 'bench public PDF: SKIPPED (fonts-liberation2 is not installed)' }];
  const url = await target.createDatabase(`mattran_bench_${process.pid}_pdf`);
  return measure(openPostgres(url));
}

if (process.argv[1]?.endsWith('public-pdf.ts')) {
  const target = await benchPostgres();
  try {
    const figures = await publicPdfBench(target);
    for (const f of figures) console.log(f.line);
    process.exitCode = figures.every((f) => f.ok) ? 0 : 1;
  } finally {
    if (!('skipped' in target)) await target.cleanup();
  }
  process.exit();
}
