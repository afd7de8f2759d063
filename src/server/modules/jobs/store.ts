import { and, eq, inArray, isNotNull, isNull, lt, notInArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import type { ProgressReport } from '../../core/progress';
import { isAdmin, readRoots } from '../../core/scope';
import type { Db, Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { type Job, jobs } from './schema';

/** A failed job's answer: the status and error body the synchronous request would have given. */
export type JobError = {
  status: number;
  code: string;
  message: string;
  fields?: Record<string, string>;
  /** Imports: the errors by row, as the synchronous 422 lists them. */
  errors?: { row: number; field: string; message: string }[];
};

/** A job claimed after a crash is queued again this many times at most (its work had written nothing). */
export const MAX_ATTEMPTS = 2;

export async function insertJob(db: Queryable, values: typeof jobs.$inferInsert): Promise<Job> {
  const [row] = await db.insert(jobs).values(values).returning();
  if (!row) throw new Error('job not inserted');
  return row;
}

/** The job when the caller asked for it or reads its unit's records (scope in the WHERE clause); else null. */
export async function findJobInScope(db: Queryable, actor: Actor, id: string): Promise<Job | null> {
  const scope = isAdmin(actor)
    ? undefined
    : or(eq(jobs.createdBy, actor.id), inSubtrees(jobs.scopePath, readRoots(actor)));
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, id), scope));
  return row ?? null;
}

/**
 * The oldest queued job of these kinds, now running for this runner. `for update skip locked`: two runners
 * (processes) claiming at once each get a different job, never the same one. The pick is a scalar subquery
 * (`id = (…)`), evaluated once: as `id in (…)` the planner may run it per row and claim several jobs.
 */
export async function claimNextJob(db: Db, runner: string, kinds: string[]): Promise<Job | null> {
  if (kinds.length === 0) return null;
  const next = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.status, 'queued'), inArray(jobs.kind, kinds)))
    .orderBy(jobs.createdAt)
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = await db
    .update(jobs)
    .set({
      status: 'running',
      runner,
      attempts: sql`${jobs.attempts} + 1`,
      startedAt: sql`now()`,
      heartbeatAt: sql`now()`,
    })
    .where(and(eq(jobs.id, sql`(${next})`), eq(jobs.status, 'queued')))
    .returning();
  return row ?? null;
}

const ownRunning = (id: string, runner: string) =>
  and(eq(jobs.id, id), eq(jobs.runner, runner), eq(jobs.status, 'running'));

export async function saveProgress(db: Db, id: string, runner: string, p: ProgressReport): Promise<void> {
  await db
    .update(jobs)
    .set({ stage: p.stage, progressDone: p.done, progressTotal: p.total, heartbeatAt: sql`now()` })
    .where(ownRunning(id, runner));
}

/** The runner is alive: its running jobs are not stale. */
export async function beatHeart(db: Db, runner: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(jobs)
    .set({ heartbeatAt: sql`now()` })
    .where(and(inArray(jobs.id, ids), eq(jobs.runner, runner), eq(jobs.status, 'running')));
}

/**
 * Inside the work's write transaction: committed with its rows, or not at all. False when the runner no longer
 * holds the job (taken for dead and given to another), which must then not commit.
 */
export async function markWritten(tx: Queryable, id: string, runner: string): Promise<boolean> {
  const rows = await tx
    .update(jobs)
    .set({ writtenAt: sql`now()` })
    .where(ownRunning(id, runner))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export async function finishJob(
  db: Db,
  id: string,
  runner: string,
  end: { status: 'done'; result: unknown } | { status: 'failed'; error: JobError },
  last: ProgressReport | null,
): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({
      ...(last && { stage: last.stage, progressDone: last.done, progressTotal: last.total }),
      status: end.status,
      result: end.status === 'done' ? end.result : null,
      error: end.status === 'failed' ? end.error : null,
      finishedAt: sql`now()`,
      heartbeatAt: sql`now()`,
    })
    .where(ownRunning(id, runner))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

const interrupted = (written: boolean): JobError => ({
  status: 503,
  code: 'job_interrupted',
  message: written
    ? 'Máy chủ dừng ngay sau khi ghi xong: dữ liệu đã được ghi nhưng không còn bản kết quả. Hãy kiểm tra lại danh sách.'
    : 'Công việc bị gián đoạn vì máy chủ dừng; chưa ghi gì. Hãy gửi lại tệp.',
});

/**
 * Running jobs whose runner stopped beating (a crashed process), or all of them when `before` is null (the
 * only process on the database, just started): one that wrote nothing yet goes back to the queue (up to
 * MAX_ATTEMPTS claims), the others fail saying whether their rows were written. Jobs this process is running are
 * never taken. Returns the ids of both.
 */
export async function recoverStaleJobs(db: Db, before: Date | null, runningHere: string[] = []) {
  const stale = and(
    eq(jobs.status, 'running'),
    before ? or(isNull(jobs.heartbeatAt), lt(jobs.heartbeatAt, before)) : undefined,
    runningHere.length ? notInArray(jobs.id, runningHere) : undefined,
  );
  return db.transaction(async (tx) => {
    const requeued = await tx
      .update(jobs)
      .set({ status: 'queued', runner: null, heartbeatAt: null, stage: '', progressDone: 0, progressTotal: 0 })
      .where(and(stale, isNull(jobs.writtenAt), lt(jobs.attempts, MAX_ATTEMPTS)))
      .returning({ id: jobs.id });
    const failed = [];
    for (const written of [true, false]) {
      failed.push(
        ...(await tx
          .update(jobs)
          .set({ status: 'failed', error: interrupted(written), finishedAt: sql`now()` })
          .where(and(stale, written ? isNotNull(jobs.writtenAt) : isNull(jobs.writtenAt)))
          .returning({ id: jobs.id })),
      );
    }
    return { requeued: requeued.map((r) => r.id), failed: failed.map((r) => r.id) };
  });
}

/** Ended jobs older than `before` are forgotten (their results may name people): returns their ids. */
export async function deleteEndedJobs(db: Db, before: Date): Promise<string[]> {
  const rows = await db
    .delete(jobs)
    .where(and(inArray(jobs.status, ['done', 'failed']), lt(jobs.finishedAt, before)))
    .returning({ id: jobs.id });
  return rows.map((r) => r.id);
}
