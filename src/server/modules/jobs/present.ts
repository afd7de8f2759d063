import type { Job } from './schema';
import type { JobError } from './store';

/** A job as its poller sees it: where it stands, then the request's answer (result) or its error. */
export function presentJob(job: Job) {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: { done: job.progressDone, total: job.progressTotal, stage: job.stage },
    result: job.status === 'done' ? (job.result ?? null) : null,
    error: job.status === 'failed' ? ((job.error as JobError | null) ?? null) : null,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
