import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressReport } from '../../core/progress';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';

/** Issue 13.3: a big import asked with `Prefer: respond-async` runs as a job; the staff poll it. */
let h: Harness;
let w: World;
const t = { standing1: '', upper1: '', village1: '', other: '' };
const TABLES = ['people', 'memberships', 'jobs', 'audit_log'];
const HEADERS = ['Họ tên', 'Năm sinh', 'Giới tính', 'Thôn/tổ dân phố', 'Chi hội', 'Ngày vào'];

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  for (const u of ['standing1', 'upper1', 'village1'] as const) t[u] = await h.login(u);
  // A village head of another commune (Xã Hai).
  t.other = await h.login('target_commune');
});
afterAll(async () => h?.close());

async function xlsx(rows: unknown[][]): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hội viên');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return new Blob([(await wb.xlsx.writeBuffer()) as ArrayBuffer]);
}

type Job = {
  id: string;
  kind: string;
  status: string;
  progress: { done: number; total: number; stage: string };
  result: unknown;
  error: { status: number; code: string; fields?: Record<string, string>; errors?: { row: number; field: string }[] };
  finishedAt: string | null;
};

async function upload(file: Blob, organizationId: string, opts: { dryRun?: boolean; async?: boolean } = {}) {
  const form = new FormData();
  form.set('file', new File([file], 'hoi-vien.xlsx'));
  form.set('organizationId', organizationId);
  if (opts.dryRun) form.set('dryRun', 'true');
  const headers: Record<string, string> = { authorization: `Bearer ${t.standing1}`, 'x-forwarded-for': '10.7.7.7' };
  if (opts.async) headers.prefer = 'respond-async';
  const res = await h.app.request('/api/v1/memberships/import', { method: 'POST', body: form, headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

const getJob = async (id: string, token = t.standing1) => h.request('GET', `/api/v1/jobs/${id}`, { token });

/** Runs the queued job here, collecting what it reported. */
async function runJob() {
  const reports: ProgressReport[] = [];
  const onProgress = (_id: string, p: ProgressReport) => reports.push(p);
  h.jobs.on('progress', onProgress);
  try {
    const id = await h.jobs.runNext();
    return { id, reports };
  } finally {
    h.jobs.off('progress', onProgress);
  }
}

describe('an import as a job', () => {
  it('answers 202 with the job, reports progress, and ends with what the synchronous call answers', async () => {
    const file = await xlsx([
      ['Nguyễn Thị Hoa', 1975, 'Nữ', 'Thôn Một', '', '12/03/2016'],
      ['Trần Thị Lan', 1988, 'Nữ', 'Thôn Hai', '', '20/05/2019'],
      ['Lê Thị Mai', 1992, 'Nữ', 'Thôn Hai', '', '01/08/2021'],
    ]);
    const sync = await upload(file, w.O1.id, { dryRun: true });
    expect(sync.status).toBe(201);

    const before = await h.counts(TABLES);
    const accepted = await upload(file, w.O1.id, { dryRun: true, async: true });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
    expect(accepted.headers.get('location')).toBe(`/api/v1/jobs/${accepted.body.id}`);
    expect(accepted.headers.get('preference-applied')).toBe('respond-async');
    expect(accepted.body).toMatchObject({ kind: 'members.import', status: 'queued', result: null, error: null });
    const queued = await getJob(accepted.body.id as string);
    expect((queued.body as Job).status).toBe('queued');

    const { id, reports } = await runJob();
    expect(id).toBe(accepted.body.id);
    const done = (await getJob(id as string)).body as Job;
    expect(done.status).toBe('done');
    expect(done.result).toEqual(sync.body);
    expect(done.finishedAt).not.toBeNull();
    expect(reports.map((r) => r.stage)).toEqual(expect.arrayContaining(['reading', 'checking']));
    // A dry run writes nothing but its job row, and leaves no file behind.
    expect(await h.counts(TABLES)).toEqual({ ...before, jobs: (before.jobs ?? 0) + 1 });

    const written = await upload(file, w.O1.id, { async: true });
    expect(written.status).toBe(202);
    await runJob();
    const result = ((await getJob(written.body.id as string)).body as Job).result;
    expect(result).toEqual({ ...sync.body, created: 3 });
    // Written by the job, in its transaction, as the person who asked and from where.
    const audit = await h.db.execute(
      sql`select actor_id, actor_username, ip from audit_log where action = 'members.import' order by id desc limit 1`,
    );
    expect((audit as unknown as { rows: unknown[] }).rows).toEqual([
      { actor_id: w.users.standing1, actor_username: 'standing1', ip: '10.7.7.7' },
    ]);
  });

  it('is run by the started runner as soon as the request queues it', async () => {
    const file = await xlsx([['Hồ Thị Chín', 1990, 'Nữ', 'Thôn Một', '', '01/01/2020']]);
    await h.jobs.start();
    try {
      const finished = new Promise<[string, string]>((resolve) => h.jobs.once('finished', (...a) => resolve(a)));
      const accepted = await upload(file, w.O2.id, { dryRun: true, async: true });
      expect(await finished).toEqual([accepted.body.id, 'done']);
      expect((await getJob(accepted.body.id as string)).body).toMatchObject({ status: 'done', result: { rows: 1 } });
    } finally {
      await h.jobs.stop();
    }
  });

  it('fails a wrong file with the errors by row and field, writing nothing', async () => {
    const file = await xlsx([
      ['Phạm Thị Một', 1980, 'Nữ', 'Thôn Chín', '', '01/01/2020'],
      ['Phạm Thị Hai', 1981, 'X', 'Thôn Một', '', '01/01/2020'],
    ]);
    const sync = await upload(file, w.O2.id);
    expect(sync.status).toBe(422);
    const before = await h.counts(TABLES);
    const accepted = await upload(file, w.O2.id, { async: true });
    await runJob();
    const job = (await getJob(accepted.body.id as string)).body as Job;
    expect(job.status).toBe('failed');
    expect(job.result).toBeNull();
    const syncError = sync.body.error as { code: string; message: string; fields: Record<string, string> };
    expect(job.error).toEqual({ status: 422, ...syncError, errors: sync.body.errors });
    expect(job.error.errors?.map((e) => `${e.row}:${e.field}`)).toEqual(['2:village', '3:sex']);
    expect(await h.counts(TABLES)).toEqual({ ...before, jobs: (before.jobs ?? 0) + 1 });
  });

  it('refuses at once what the synchronous call refuses before reading the file', async () => {
    const file = await xlsx([['Phạm Thị Bảy', 1980, 'Nữ', 'Thôn Ba', '', '01/01/2020']]);
    // Another commune's organisation: 404 now, no job queued.
    await h.expectRefused(404, ['jobs'], () => upload(file, w.O4.id, { async: true }));
  });

  it('is seen by the person who asked and by readers of the commune; others get 404', async () => {
    const file = await xlsx([['Đỗ Thị Tám', 1979, 'Nữ', 'Thôn Một', '', '01/01/2020']]);
    const accepted = await upload(file, w.O2.id, { dryRun: true, async: true });
    const id = accepted.body.id as string;
    expect((await getJob(id)).status).toBe(200);
    expect((await getJob(id, t.upper1)).status).toBe(200);
    for (const token of [t.other, t.village1]) {
      const res = await getJob(id, token);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('members.import');
    }
    expect((await getJob('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await getJob('khong-phai-ma')).status).toBe(422);
    expect((await h.request('GET', `/api/v1/jobs/${id}`)).status).toBe(401);
    await runJob();
  });

  it('answers /healthz while a 20,000-row import runs, before the job ends', { timeout: 180_000 }, async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `Hội viên số ${i + 1}`,
      1950 + (i % 50),
      i % 2 ? 'Nam' : 'Nữ',
      i % 3 ? 'Thôn Một' : 'Thôn Hai',
      '',
      '15/01/2020',
    ]);
    const accepted = await upload(await xlsx(rows), w.O2.id, { async: true });
    expect(accepted.status).toBe(202);
    const events: string[] = [];
    const asked = new Set<string>();
    const answers: Promise<void>[] = [];
    // At the first report of each stage, while the job is in it, someone checks the server is alive.
    const onProgress = (_id: string, p: ProgressReport) => {
      if (asked.has(p.stage)) return;
      asked.add(p.stage);
      answers.push(
        Promise.resolve(h.app.request('/healthz')).then((res) => {
          events.push(`healthz during ${p.stage}: ${res.status}`);
        }),
      );
    };
    h.jobs.on('progress', onProgress);
    h.jobs.once('finished', (_id, status) => events.push(`job ${status}`));
    const { id, reports } = await runJob();
    h.jobs.off('progress', onProgress);
    expect(id).toBe(accepted.body.id);
    await Promise.all(answers);
    expect(events).toEqual([
      'healthz during reading: 200',
      'healthz during checking: 200',
      'healthz during writing: 200',
      'job done',
    ]);
    const checking = reports.filter((r) => r.stage === 'checking');
    expect(checking.every((r) => r.total === 20_000)).toBe(true);
    const done = checking.map((r) => r.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.length).toBeGreaterThan(10);
    const writing = reports.filter((r) => r.stage === 'writing');
    expect(writing.at(-1)).toEqual({ stage: 'writing', done: 40_000, total: 40_000 });
    const job = (await getJob(accepted.body.id as string)).body as Job;
    expect(job).toMatchObject({ status: 'done', progress: { stage: 'writing', done: 40_000, total: 40_000 } });
    expect(job.result).toMatchObject({ rows: 20_000, newPeople: 20_000, created: 20_000 });
  });
});
