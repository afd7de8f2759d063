/**
 * Issue 15 (Performance), on PostgreSQL through the real HTTP server (in-process `serve`, requests over a socket):
 * - the completeness grid of a weekly form for a 148-commune province (Phú Thọ from the official list) over 52 weeks,
 *   every cell filled (148 × 52 submissions, mixed statuses), read by the province: p50 ≤ 300 ms;
 * - prefilling a 20-field monthly form from the indicator sources for one commune and month: p50 ≤ 200 ms;
 * - the 148 communes submitting the same week at once, each twice (a double tap): 148 stored, 148 told 409, none lost.
 * `npx tsx bench/report-forms.ts <postgres url>` runs it alone on that server (a scratch database is created).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { openPostgres } from '../src/server/db/client';
import { silentLogger } from '../src/server/logger';
import { ensureAdmin } from '../src/server/modules/users/commands/ensure-admin';
import { ADMIN_PASSWORD } from './api';
import type { BenchPostgres } from './postgres';
import { bearerOf, log, median } from './util';

const CALLS = 20;
const WARMUP = 3;
const LIMITS = { gridMs: 300, prefillMs: 200 };
type Figure = { line: string; ok: boolean };

const SOURCES = [
  'petitions.received',
  'petitions.answered',
  'meetings.held',
  'housing.houses',
  'housing.amount',
  'consultations.held',
  'supervision.held',
  'members.count',
];

export async function reportFormsBench(target: BenchPostgres | { url: string }): Promise<Figure[]> {
  const url = 'url' in target ? target.url : await target.createDatabase(`mattran_bench_report_forms_${process.pid}`);
  const database = openPostgres(url);
  await database.migrate();
  await ensureAdmin(database.db, ADMIN_PASSWORD);
  const storageDir = mkdtempSync(join(tmpdir(), 'mattran-bench-rf-'));
  const app = buildApp({ db: database.db, dbKind: 'postgres', logger: silentLogger, trustProxy: false, storageDir });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const admin = await bearerOf(base, 'admin', ADMIN_PASSWORD);
    const call = async <T>(method: string, path: string, body: unknown, auth = admin) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { ...auth, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    };
    log('report forms: Phú Thọ with its 148 communes…');
    const made = await call<{ province: { id: string } }>('POST', '/api/v1/units/from-official', {
      provinceCode: '25',
    });
    if (made.status !== 201) throw new Error(`from-official: HTTP ${made.status}`);
    const provinceId = made.body.province.id;
    const user = await call('POST', '/api/v1/users', {
      username: 'tinh',
      password: 'Bench-Password-1',
      fullName: 'Cán bộ tỉnh',
      roles: [{ role: 'upper', unitId: provinceId }],
    });
    if (user.status !== 201) throw new Error(`user: HTTP ${user.status}`);
    const upper = await bearerOf(base, 'tinh', 'Bench-Password-1');
    const communes = (
      await call<{ items: { id: string; level: string }[] }>('GET', `/api/v1/units?parentId=${provinceId}`, undefined)
    ).body.items.filter((u) => u.level === 'commune');

    const twenty = Array.from({ length: 20 }, (_, i) => ({
      key: `f${i + 1}`,
      label: `Chỉ tiêu ${i + 1}`,
      type: 'count',
      source: SOURCES[i % SOURCES.length],
      sum: true,
    }));
    const weekly = await call<{ id: string }>('POST', '/api/v1/report-forms', {
      ownerUnitId: provinceId,
      title: 'Báo cáo tuần',
      periodKind: 'week',
      fillers: 'commune',
      fields: twenty,
    });
    if (weekly.status !== 201) throw new Error(`form: HTTP ${weekly.status} ${JSON.stringify(weekly.body)}`);
    log(`report forms: ${communes.length} communes × 52 weeks of submissions…`);
    await database.db.execute(sql`
      insert into report_submissions (form_id, form_version, filler_id, filler_kind, commune_id, unit_path, period,
        status, values, submitted_at, first_submitted_at)
      select ${weekly.body.id}::uuid, 1, u.id, 'commune', u.id, u.path, '2025-W' || lpad(w::text, 2, '0'),
        (array['draft','submitted','accepted','returned'])[1 + (w + length(u.name)) % 4],
        jsonb_build_object('f1', w, 'f2', length(u.name)),
        timestamptz '2025-01-06' + (w * 7 + (length(u.name) % 9)) * interval '1 day',
        timestamptz '2025-01-06' + (w * 7 + (length(u.name) % 9)) * interval '1 day'
      from units u cross join generate_series(1, 52) w
      where u.level = 'commune' and u.parent_id = ${provinceId}`);
    await database.db.execute(sql`analyze report_submissions`);

    const timed = async (path: string, auth: Record<string, string>) => {
      const times: number[] = [];
      for (let i = 0; i < WARMUP + CALLS; i++) {
        const t0 = performance.now();
        const res = await fetch(`${base}${path}`, { headers: auth });
        const text = await res.text();
        if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
        if (i >= WARMUP) times.push(performance.now() - t0);
      }
      return median(times);
    };
    const grid = await call<{ units: unknown[]; periods: unknown[] }>(
      'GET',
      `/api/v1/report-forms/${weekly.body.id}/grid?from=2025-W01&to=2025-W52`,
      undefined,
      upper,
    );
    const gridOk = grid.body.units.length === communes.length && grid.body.periods.length === 52;
    const gridMs = await timed(`/api/v1/report-forms/${weekly.body.id}/grid?from=2025-W01&to=2025-W52`, upper);

    const monthly = await call<{ id: string }>('POST', '/api/v1/report-forms', {
      ownerUnitId: provinceId,
      title: 'Báo cáo tháng',
      periodKind: 'month',
      fillers: 'commune',
      fields: twenty,
    });
    const first = communes[0]?.id ?? '';
    const prefillMs = await timed(
      `/api/v1/report-forms/${monthly.body.id}/prefill?unitId=${first}&period=2025-03`,
      admin,
    );

    log('report forms: 148 communes submitting the same week, each twice, at once…');
    const tries = await Promise.all(
      communes.flatMap((c) =>
        [1, 2].map(() =>
          call('POST', '/api/v1/report-submissions', {
            formId: weekly.body.id,
            unitId: c.id,
            period: '2026-W01',
            values: { f1: 1 },
          }).then((r) => r.status),
        ),
      ),
    );
    const stored = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from report_submissions where form_id = ${weekly.body.id} and period = '2026-W01'`,
    );
    const rows = Number((stored as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
    const created = tries.filter((s) => s === 201).length;
    const refused = tries.filter((s) => s === 409).length;
    const concurrentOk = rows === communes.length && created === communes.length && refused === communes.length;

    return [
      {
        ok: gridOk && gridMs <= LIMITS.gridMs,
        line: `bench report completeness grid p50 (postgres, ${communes.length} communes × 52 weeks): ${gridMs.toFixed(1)} ms (limit ${LIMITS.gridMs}) ${gridOk && gridMs <= LIMITS.gridMs ? 'ok' : 'FAIL'}`,
      },
      {
        ok: prefillMs <= LIMITS.prefillMs,
        line: `bench report prefill p50 (postgres, 20 fields, one commune-month): ${prefillMs.toFixed(1)} ms (limit ${LIMITS.prefillMs}) ${prefillMs <= LIMITS.prefillMs ? 'ok' : 'FAIL'}`,
      },
      {
        ok: concurrentOk,
        line: `bench report submissions concurrent over HTTP (postgres, ${communes.length} communes × 2 at once): ${rows} stored, ${created} × 201, ${refused} × 409 (limit: one each) ${concurrentOk ? 'ok' : 'FAIL'}`,
      },
    ];
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await database.close();
    rmSync(storageDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('report-forms.ts') && process.argv[2]) {
  const url = process.argv[2];
  reportFormsBench({ url }).then(
    (figures) => {
      for (const f of figures) console.log(f.line);
      process.exit(figures.every((f) => f.ok) ? 0 : 1);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
