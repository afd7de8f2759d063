import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { PGlite } from '@electric-sql/pglite';
import { serve } from '@hono/node-server';
import { buildApp, jobHandlers } from '../src/server/app';
import { wrapPglite } from '../src/server/db/client';
import { DEMO_PASSWORD, loadDemo } from '../src/server/demo/load-demo';
import { silentLogger } from '../src/server/logger';
import { JobRunner } from '../src/server/modules/jobs/runner';
import { bearerOf, log, onExit } from './util';

/**
 * Issue 13.3: the server keeps answering while a big import runs as a job. The demo commune on PGlite (in
 * memory), the real HTTP server on a local port and its job runner; a 20,000-row member list sent with
 * `Prefer: respond-async`; meanwhile a client in another thread asks GET /healthz every 50 ms whatever the
 * server does (open loop: a stalled server is measured, not waited for), from the job's start to its end.
 * Figure: the p95 of those answer times, ≤ 200 ms.
 */
const ROWS = 20_000;
const EVERY_MS = 50;
const LIMIT_MS = 200;

/** The prober: its own event loop, so its requests leave on time even while the server's loop is busy. */
const PROBER = `
const { parentPort, workerData } = require('node:worker_threads');
const times = [];
const pending = new Set();
const timer = setInterval(() => {
  const start = performance.now();
  const p = fetch(workerData.url).then((r) => r.arrayBuffer()).then(
    () => times.push(performance.now() - start),
    () => times.push(Number.POSITIVE_INFINITY),
  );
  pending.add(p);
  p.finally(() => pending.delete(p));
}, workerData.every);
parentPort.on('message', async () => {
  clearInterval(timer);
  await Promise.all([...pending]);
  parentPort.postMessage(times);
});
`;

async function memberFile(villages: string[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hội viên');
  ws.addRow(['Họ tên', 'Năm sinh', 'Giới tính', 'Thôn/tổ dân phố', 'Chi hội', 'Ngày vào']);
  for (let i = 0; i < ROWS; i++)
    ws.addRow([
      `Hội viên nhập ${i + 1}`,
      1950 + (i % 50),
      i % 2 ? 'Nam' : 'Nữ',
      villages[i % villages.length],
      '',
      '15/01/2020',
    ]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? Number.NaN;
};

export async function jobsBench(): Promise<{ line: string; ok: boolean }[]> {
  const database = wrapPglite(await PGlite.create());
  const storageDir = mkdtempSync(join(tmpdir(), 'mattran-bench-jobs-'));
  onExit(() => rmSync(storageDir, { recursive: true, force: true }));
  const jobs = new JobRunner({
    db: database.db,
    storageDir,
    logger: silentLogger,
    handlers: jobHandlers(),
    exclusive: true,
  });
  const app = buildApp({
    db: database.db,
    dbKind: 'pglite',
    logger: silentLogger,
    trustProxy: false,
    storageDir,
    jobs,
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  try {
    await database.migrate();
    log('jobs: the demo commune on PGlite…');
    await loadDemo(database.db);
    await jobs.start();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const auth = await bearerOf(base, 'btt', DEMO_PASSWORD);
    const list = async <T>(path: string) =>
      ((await (await fetch(`${base}${path}`, { headers: auth })).json()) as { items: T[] }).items;
    const villages = (await list<{ name: string; level: string }>('/api/v1/units'))
      .filter((u) => u.level === 'village')
      .map((u) => u.name);
    const org = (await list<{ id: string; name: string }>('/api/v1/organizations')).find((o) =>
      o.name.includes('Phụ nữ'),
    );
    const form = new FormData();
    form.set('file', new File([await memberFile(villages)], 'hoi-vien.xlsx'));
    form.set('organizationId', org?.id ?? '');

    const started = new Promise<void>((resolve) => jobs.once('started', () => resolve()));
    const finished = new Promise<string>((resolve) => jobs.once('finished', (_id, status) => resolve(status)));
    log(
      `jobs: importing ${ROWS.toLocaleString('en-US')} members as a job while /healthz is asked every ${EVERY_MS} ms…`,
    );
    const res = await fetch(`${base}/api/v1/memberships/import`, {
      method: 'POST',
      headers: { ...auth, prefer: 'respond-async' },
      body: form,
    });
    if (res.status !== 202) throw new Error(`import: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
    const { id } = (await res.json()) as { id: string };
    await started;
    const t0 = performance.now();
    const prober = new Worker(PROBER, { eval: true, workerData: { url: `${base}/healthz`, every: EVERY_MS } });
    const status = await finished;
    const seconds = (performance.now() - t0) / 1000;
    prober.postMessage('stop');
    const times = await new Promise<number[]>((resolve) => prober.once('message', resolve));
    await prober.terminate();
    const job = (await (await fetch(`${base}/api/v1/jobs/${id}`, { headers: auth })).json()) as {
      result?: { created?: number };
    };
    if (status !== 'done') log(`jobs: the job failed: ${JSON.stringify(job).slice(0, 600)}`);
    const value = p95(times);
    const ok = status === 'done' && job.result?.created === ROWS && times.length > 0 && value <= LIMIT_MS;
    const max = Math.max(...times);
    return [
      {
        ok,
        line:
          `bench /healthz p95 during a ${ROWS.toLocaleString('en-US')}-row member import job (pglite, ${status}, ` +
          `${job.result?.created ?? 0} created in ${seconds.toFixed(1)} s; ${times.length} requests every ${EVERY_MS} ms, ` +
          `max ${max.toFixed(0)} ms): ${value.toFixed(1)} ms (limit ${LIMIT_MS}) ${ok ? 'ok' : 'FAIL'}`,
      },
    ];
  } finally {
    await jobs.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await database.close();
  }
}
