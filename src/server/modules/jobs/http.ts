import type { Context } from 'hono';
import type { CommandContext } from '../../core/command';
import type { AppDeps, AppEnv } from '../../http/env';
import { enqueueJob, type JobRequest } from './commands/enqueue-job';
import { presentJob } from './present';

/** The request asks to be answered at once with a job (RFC 7240 `Prefer: respond-async`, among other preferences). */
export function prefersAsync(c: Context<AppEnv>): boolean {
  const prefer = c.req.header('prefer') ?? '';
  return prefer.split(',').some((p) => p.split(';')[0]?.trim().toLowerCase() === 'respond-async');
}

/** Queues the work and answers 202 with the job and where to follow it; the runner is told at once. */
export async function respondAsync(c: Context<AppEnv>, deps: AppDeps, ctx: CommandContext, req: JobRequest) {
  const job = await enqueueJob(ctx, deps.storageDir, req);
  deps.jobs?.wake();
  c.header('Location', `/api/v1/jobs/${job.id}`);
  c.header('Preference-Applied', 'respond-async');
  return c.json(presentJob(job), 202);
}
