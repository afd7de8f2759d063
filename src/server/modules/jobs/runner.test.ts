import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, metaOf } from '../../core/actor';
import { conflict } from '../../core/errors';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';
import { findActorById } from '../users/queries';
import { enqueueJob } from './commands/enqueue-job';
import type { JobHandlers } from './handlers';
import { jobs } from './schema';

/** The job runner: claims race-free, takes back what a crashed process left running, fails cleanly. */
let h: Harness;
let w: World;
let actor: Actor;

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  actor = (await findActorById(h.db, w.users.standing1)) as Actor;
});
afterAll(async () => h?.close());

const ctx = () => ({ db: h.db, actor, meta: metaOf(actor, '10.1.1.1') });
const enqueue = (kind: string, file?: { name: string; bytes: ArrayBuffer }) =>
  enqueueJob(ctx(), h.storageDir, { kind, communeId: w.C1.id, scopePath: w.C1.path, input: { n: 1 }, file });
const statusOf = async (ids: string[]) => {
  const rows = await h.db.select().from(jobs).where(inArray(jobs.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, r]));
};

describe('the job runner', () => {
  it('runs each job once when two runners claim at the same time', async () => {
    const runs = new Map<string, number>();
    const handlers: JobHandlers = {
      'test.count': async (_ctx, job) => {
        const n = (job.input as { n: number }).n;
        return { status: 200, body: { n } };
      },
    };
    const one = h.newRunner({ handlers });
    const two = h.newRunner({ handlers });
    for (const r of [one, two]) r.on('started', (job) => runs.set(job.id, (runs.get(job.id) ?? 0) + 1));

    // One job, two claims racing: one wins, the other finds nothing.
    const single = await enqueue('test.count');
    const claimed = await Promise.all([one.runNext(), two.runNext()]);
    expect(claimed.filter((id) => id !== null)).toEqual([single.id]);

    // Six jobs drained by both at once: every job ran exactly once.
    const queued = await Promise.all(Array.from({ length: 6 }, () => enqueue('test.count')));
    const drain = async (r: typeof one) => {
      const got: string[] = [];
      for (let id = await r.runNext(); id; id = await r.runNext()) got.push(id);
      return got;
    };
    const [a, b] = await Promise.all([drain(one), drain(two)]);
    expect([...a, ...b].sort()).toEqual(queued.map((j) => j.id).sort());
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(runs.size).toBe(7);
    const rows = await statusOf([single.id, ...queued.map((j) => j.id)]);
    expect(Object.values(rows).every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
    expect(rows[single.id]?.result).toEqual({ n: 1 });
  });

  it('takes back on start the jobs a crashed process left running', async () => {
    const hourAgo = sql`now() - interval '1 hour'`;
    const file = { name: 'a.csv', bytes: new TextEncoder().encode('x').buffer as ArrayBuffer };
    const [fresh, again, tooOften, written, alive] = await Promise.all([
      enqueue('test.crashed', file),
      enqueue('test.crashed'),
      enqueue('test.crashed', file),
      enqueue('test.crashed'),
      enqueue('test.crashed'),
    ]);
    const crash = (id: string, set: { attempts?: number; heartbeatAt?: SQL; writtenAt?: SQL }) =>
      h.db
        .update(jobs)
        .set({ status: 'running', runner: 'dead', heartbeatAt: hourAgo, attempts: 1, ...set })
        .where(eq(jobs.id, id));
    await crash(fresh.id, {});
    await crash(again.id, {});
    await crash(tooOften.id, { attempts: 2 });
    await crash(written.id, { writtenAt: hourAgo });
    // Another process's job, beating now.
    await crash(alive.id, { heartbeatAt: sql`now()` });

    // With other processes on the database (PostgreSQL): only the stale ones.
    const shared = h.newRunner({ handlers: {}, staleMs: 60_000 });
    const out = await shared.start();
    await shared.stop();
    expect(out.requeued.sort()).toEqual([fresh.id, again.id].sort());
    expect(out.failed.sort()).toEqual([tooOften.id, written.id].sort());
    const rows = await statusOf([fresh.id, tooOften.id, written.id, alive.id]);
    expect(rows[fresh.id]).toMatchObject({ status: 'queued', runner: null, attempts: 1 });
    expect(rows[tooOften.id]?.status).toBe('failed');
    expect(rows[tooOften.id]?.error).toMatchObject({ status: 503, code: 'job_interrupted' });
    expect(JSON.stringify(rows[tooOften.id]?.error)).toContain('chưa ghi gì');
    expect(JSON.stringify(rows[written.id]?.error)).toContain('đã được ghi');
    expect(rows[alive.id]?.status).toBe('running');
    // A failed job's file is removed; a queued one keeps it for its next run.
    expect(existsSync(join(h.storageDir, 'jobs', tooOften.id))).toBe(false);
    expect(existsSync(join(h.storageDir, 'jobs', fresh.id))).toBe(true);

    // The only process on the database (PGlite) just started: whatever is running was its own, now dead.
    const alone = h.newRunner({ handlers: {}, exclusive: true });
    expect(await alone.start()).toEqual({ requeued: [alive.id], failed: [] });
    await alone.stop();

    // A requeued job runs again, with its file.
    const seen: string[] = [];
    const runner = h.newRunner({
      handlers: {
        'test.crashed': async (_c, job) => {
          seen.push(job.file ? new TextDecoder().decode(job.file.bytes) : 'no file');
          return { status: 201, body: { ok: true } };
        },
      },
    });
    while (await runner.runNext());
    expect(seen.sort()).toEqual(['no file', 'no file', 'x']);
    expect(existsSync(join(h.storageDir, 'jobs', fresh.id))).toBe(false);
  });

  it('fails a job whose work refuses or breaks, with the answer a request would get', async () => {
    const runner = h.newRunner({
      handlers: {
        'test.refused': async () => {
          throw conflict('already_member', 'Đã là hội viên.', { file: 'Nhập lại tệp.' });
        },
        'test.broken': async () => {
          throw new Error('a bug');
        },
      },
    });
    const refused = await enqueue('test.refused');
    const broken = await enqueue('test.broken');
    const ended: string[] = [];
    runner.on('finished', (id, status) => ended.push(`${id === refused.id ? 'refused' : 'broken'} ${status}`));
    while (await runner.runNext());
    expect(ended).toEqual(['refused failed', 'broken failed']);
    const rows = await statusOf([refused.id, broken.id]);
    expect(rows[refused.id]?.error).toEqual({
      status: 409,
      code: 'already_member',
      message: 'Đã là hội viên.',
      fields: { file: 'Nhập lại tệp.' },
    });
    expect(rows[broken.id]?.error).toMatchObject({ status: 500, code: 'internal' });
    expect(JSON.stringify(rows[broken.id]?.error)).not.toContain('a bug');
  });
});
