import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { RequestMeta } from '../../core/actor';
import { AppError } from '../../core/errors';
import { type Progress, type ProgressReport, yieldToEventLoop } from '../../core/progress';
import type { Db } from '../../db/client';
import type { Logger } from '../../logger';
import type { Mailer } from '../../mail/mailer';
import { findActorById } from '../users/queries';
import { readJobInput, removeJobInput } from './files';
import type { JobHandlers, JobOutcome } from './handlers';
import type { Job } from './schema';
import {
  beatHeart,
  claimNextJob,
  deleteEndedJobs,
  finishJob,
  type JobError,
  markWritten,
  recoverStaleJobs,
  saveProgress,
} from './store';

export type JobRunnerOptions = {
  db: Db;
  storageDir: string;
  logger: Logger;
  handlers: JobHandlers;
  /** Jobs run at once by this process (default 1: an import already keeps the database busy). */
  concurrency?: number;
  /** How often the queue is looked at when nobody wakes the runner (another process enqueued). */
  pollMs?: number;
  /** A running job whose heartbeat is older than this belongs to a dead process. */
  staleMs?: number;
  heartbeatMs?: number;
  /** Progress is written at most this often (every report still yields to the event loop). */
  progressMs?: number;
  /** Ended jobs are deleted after this long (a result may name people). */
  keepMs?: number;
  /**
   * The only process on this database (PGlite, held by the lock file): at start every running job is a
   * crashed one, and no other process's job can be taken for stale later.
   */
  exclusive?: boolean;
  /** Outgoing mail for the work that sends e-mail (reminders); null when not configured. */
  mailer?: Mailer | null;
};

export type JobRunnerEvents = {
  started: [job: Job];
  progress: [id: string, report: ProgressReport];
  finished: [id: string, status: 'done' | 'failed'];
};

const INTERNAL: JobError = {
  status: 500,
  code: 'internal',
  message: 'Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.',
};

/** Who runs a job nobody asked for by name (a public PDF after a ledger change): no roles, no scope. */
const SYSTEM_ACTOR = {
  id: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  fullName: 'Hệ thống',
  sessionId: null,
  grants: [],
};

/** The error a request's failed answer carries, as the job keeps it. */
export function jobErrorOf(outcome: JobOutcome): JobError {
  const body = (outcome.body ?? {}) as { error?: Partial<JobError>; errors?: JobError['errors'] };
  return {
    status: outcome.status,
    code: body.error?.code ?? 'internal',
    message: body.error?.message ?? INTERNAL.message,
    ...(body.error?.fields && { fields: body.error.fields }),
    ...(body.errors && { errors: body.errors }),
  };
}

/**
 * Runs queued jobs in this app process: claims them from the database (any process may), one at a time by
 * default, as the person who asked; records progress, beats a heartbeat, and on start takes back the jobs a
 * crashed process left running. Requests never wait for it: they enqueue and answer 202.
 */
export class JobRunner extends EventEmitter<JobRunnerEvents> {
  readonly token = randomUUID();
  private readonly o: Required<Omit<JobRunnerOptions, 'exclusive' | 'mailer'>> & {
    exclusive: boolean;
    mailer: Mailer | null;
  };
  private readonly running = new Map<string, Promise<void>>();
  private timers: NodeJS.Timeout[] = [];
  private pumping: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(options: JobRunnerOptions) {
    super();
    this.o = {
      concurrency: 1,
      pollMs: 1000,
      staleMs: 120_000,
      heartbeatMs: 10_000,
      progressMs: 250,
      keepMs: 7 * 24 * 3600_000,
      exclusive: false,
      mailer: null,
      ...options,
    };
  }

  /** Takes back crashed jobs, forgets old ones, then looks at the queue now and every pollMs. */
  async start(): Promise<{ requeued: string[]; failed: string[] }> {
    this.stopped = false;
    const recovered = await this.recover(this.o.exclusive ? null : new Date(Date.now() - this.o.staleMs));
    await this.forgetOld();
    const every = (ms: number, fn: () => Promise<unknown>) => {
      const t = setInterval(() => void fn().catch((err) => this.o.logger.error({ err }, 'job runner timer')), ms);
      t.unref();
      this.timers.push(t);
    };
    every(this.o.pollMs, async () => this.wake());
    every(this.o.heartbeatMs, () => beatHeart(this.o.db, this.token, [...this.running.keys()]));
    // With other processes on the database, one of them may die with a job running.
    if (!this.o.exclusive) every(this.o.staleMs / 2, () => this.recover(new Date(Date.now() - this.o.staleMs)));
    every(3600_000, () => this.forgetOld());
    this.wake();
    return recovered;
  }

  /** Stops claiming and waits for the jobs running here (one being claimed at this moment included). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await this.pumping;
    await Promise.allSettled([...this.running.values()]);
  }

  /** Something was enqueued: look at the queue soon (several wakes make one look). */
  wake(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump().finally(() => {
      this.pumping = null;
      // Woken between the last look at the queue and now: look again.
      if (this.again) this.wake();
    });
  }

  /** Claims one job and runs it to its end (tests, and a runner that is not started): its id, or null. */
  async runNext(): Promise<string | null> {
    const job = await claimNextJob(this.o.db, this.token, Object.keys(this.o.handlers));
    if (!job) return null;
    await this.track(job);
    return job.id;
  }

  private async pump(): Promise<void> {
    // A turn first: the request that queued the job answers before its job starts.
    await yieldToEventLoop();
    try {
      do {
        this.again = false;
        while (!this.stopped && this.running.size < this.o.concurrency) {
          const job = await claimNextJob(this.o.db, this.token, Object.keys(this.o.handlers));
          if (!job) break;
          void this.track(job).then(() => this.wake());
        }
      } while (this.again && !this.stopped);
    } catch (err) {
      this.o.logger.error({ err }, 'job runner: claiming failed');
    }
  }

  private track(job: Job): Promise<void> {
    // The work's own failures end the job as failed (run); this is the database failing to record it.
    const p = this.run(job)
      .catch((err) => this.o.logger.error({ err, job: job.id }, 'job runner: the job could not be recorded'))
      .finally(() => this.running.delete(job.id));
    this.running.set(job.id, p);
    return p;
  }

  private async recover(before: Date | null) {
    const out = await recoverStaleJobs(this.o.db, before, [...this.running.keys()]);
    for (const id of out.failed) await removeJobInput(this.o.storageDir, id);
    if (out.requeued.length || out.failed.length) this.o.logger.warn(out, 'jobs left running by a stopped process');
    return out;
  }

  private async forgetOld() {
    for (const id of await deleteEndedJobs(this.o.db, new Date(Date.now() - this.o.keepMs)))
      await removeJobInput(this.o.storageDir, id);
  }

  private async run(job: Job): Promise<void> {
    const { db, storageDir, logger } = this.o;
    this.emit('started', job);
    let latest: ProgressReport | null = null;
    let lastWrite = 0;
    let inflight: Promise<void> | null = null;
    const progress: Progress = {
      report: async (p) => {
        latest = p;
        this.emit('progress', job.id, p);
        // Never awaited: on PGlite the write waits for the job's own transaction, which must go on.
        if (!inflight && performance.now() - lastWrite >= this.o.progressMs) {
          lastWrite = performance.now();
          inflight = saveProgress(db, job.id, this.token, p)
            .catch((err) => logger.warn({ err, job: job.id }, 'job progress not saved'))
            .finally(() => {
              inflight = null;
            });
        }
        await yieldToEventLoop();
      },
      written: async (tx) => {
        // A runner that lost its claim (taken for dead) must not commit the work a second runner may redo.
        if (!(await markWritten(tx, job.id, this.token)))
          throw new Error(`job ${job.id} is no longer claimed by this runner`);
      },
    };

    let end: { status: 'done'; result: unknown } | { status: 'failed'; error: JobError };
    try {
      end = await this.outcomeOf(job, progress);
    } catch (err) {
      if (err instanceof AppError) {
        const { status, code, message, fields } = err;
        end = { status: 'failed', error: { status, code, message, ...(fields && { fields }) } };
      } else {
        logger.error({ err, job: job.id, kind: job.kind }, 'job failed');
        end = { status: 'failed', error: INTERNAL };
      }
    }
    await inflight;
    const final: ProgressReport | null = latest;
    if (!(await finishJob(db, job.id, this.token, end, final)))
      logger.warn({ job: job.id }, 'job ended after another runner took it over');
    await removeJobInput(storageDir, job.id);
    this.emit('finished', job.id, end.status);
  }

  private async outcomeOf(job: Job, progress: Progress) {
    const handler = this.o.handlers[job.kind];
    if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
    // The system's own work (nobody asked by name) runs with no grants: it may only read what is public.
    const actor = job.createdBy === null ? SYSTEM_ACTOR : await findActorById(this.o.db, job.createdBy);
    if (!actor) throw new AppError(403, 'forbidden', 'Tài khoản của người gửi đã bị khóa; công việc không chạy.');
    let file = null;
    if (job.fileName !== null) {
      const bytes = await readJobInput(this.o.storageDir, job.id);
      if (!bytes) throw new AppError(422, 'job_input_missing', 'Không còn tệp đã gửi; hãy gửi lại tệp.');
      file = { name: job.fileName, bytes };
    }
    const meta: RequestMeta = { actorId: job.createdBy, actorUsername: job.actorUsername, ip: job.ip };
    const outcome = await handler(
      { db: this.o.db, actor, meta, progress, storageDir: this.o.storageDir, mailer: this.o.mailer },
      { input: job.input, file },
    );
    return outcome.status < 400
      ? { status: 'done' as const, result: outcome.body }
      : { status: 'failed' as const, error: jobErrorOf(outcome) };
  }
}
