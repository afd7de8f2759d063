/**
 * Issue 13 item 2, "fast first load": the staff app's entry JavaScript (the entry script and every chunk it
 * modulepreloads, as the server sends them gzipped) must stay under 250 KB, and the first paint of /app/ on a
 * throttled Slow-4G profile in Chromium under 3 s. Runs on its own too: `npx tsx bench/firstload.ts`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ADMIN_PASSWORD } from './api';
import { startServer } from './server';
import { log, median, onExit } from './util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'dist/web');
const ENTRY_LIMIT_KB = 250;
const PAINT_LIMIT_S = 3;
const RUNS = 3;
/** Chrome DevTools' and Lighthouse's "Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up; CPU 4× slower. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1_000) / 8,
};
const CPU_SLOWDOWN = 4;

type Figure = { line: string; ok: boolean };

/** The entry script and its modulepreloads in the built index.html, with the gzipped bytes the server sends. */
export function entryGzipBytes(webDir = WEB): { bytes: number; files: number } {
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/app\/(assets\/[^"]+\.js)"/g),
  ].map((m) => m[1] as string);
  if (files.length === 0) throw new Error('no entry script in dist/web/index.html');
  let bytes = 0;
  for (const f of files) {
    const file = join(webDir, f);
    bytes += existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return { bytes, files: files.length };
}

async function firstPaints(base: string): Promise<{ fcp: number[]; app: number[] }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-quic'],
  });
  const fcp: number[] = [];
  const app: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // A fresh context each time: an empty cache, as on a first visit.
      const context = await browser.newContext({ locale: 'vi-VN' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(`${base}/app/`, { waitUntil: 'commit', timeout: 60_000 });
      const paint = await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        undefined,
        { timeout: 60_000, polling: 50 },
      );
      fcp.push(Number(await paint.jsonValue()));
      // For the record: when the app itself (the login form) has replaced the loading indicator.
      await page.locator('input[autocomplete="username"]').first().waitFor({
        timeout: 60_000,
      });
      app.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { fcp, app };
}

export async function firstLoadBench(): Promise<Figure[]> {
  execFileSync(process.execPath, ['scripts/ensure-web-build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const entry = entryGzipBytes();
  const kb = entry.bytes / 1024;
  const figures: Figure[] = [
    {
      ok: kb <= ENTRY_LIMIT_KB,
      line: `bench staff app entry JS gzipped (entry script + ${entry.files - 1} modulepreloaded chunks, as served): ${kb.toFixed(1)} KB (limit ${ENTRY_LIMIT_KB}) ${kb <= ENTRY_LIMIT_KB ? 'ok' : 'FAIL'}`,
    },
  ];

  const dataDir = mkdtempSync(join(tmpdir(), 'mattran-bench-firstload-'));
  onExit(() => rmSync(dataDir, { recursive: true, force: true }));
  const server = await startServer(
    { ADMIN_PASSWORD, DATA_DIR: dataDir, DATABASE_URL: '' },
    join(dataDir, 'server.log'),
    'first load',
  );
  try {
    log(`first load: ${RUNS} cold loads of /app/ in Chromium, Slow 4G and CPU ${CPU_SLOWDOWN}× slower…`);
    const { fcp, app } = await firstPaints(server.base);
    const s = median(fcp) / 1000;
    const ok = Number.isFinite(s) && s <= PAINT_LIMIT_S;
    figures.push({
      ok,
      line:
        `bench first paint of /app/ (Chromium, Slow 4G: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU ${CPU_SLOWDOWN}×; ` +
        `first-contentful-paint, median of ${RUNS} cold loads; login form drawn after ${(median(app) / 1000).toFixed(1)} s): ` +
        `${s.toFixed(2)} s (limit ${PAINT_LIMIT_S}) ${ok ? 'ok' : 'FAIL'}`,
    });
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  firstLoadBench().then(
    (figures) => {
      for (const f of figures) console.log(f.line);
      process.exit(figures.every((f) => f.ok) ? 0 : 1);
    },
    (e: unknown) => {
      console.error(e);
      console.log(`bench first load: FAIL (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
      process.exit(1);
    },
  );
}
