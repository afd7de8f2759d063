import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../../core/command';
import type { Queryable } from '../../../db/client';
import { removeJobInput, saveJobInput } from '../files';
import type { JobFile } from '../handlers';
import type { Job } from '../schema';
import { insertJob } from '../store';

/** What a request hands over to a job: its kind, the unit whose work it is, its checked fields and its file. */
export type JobRequest = {
  kind: string;
  communeId: string | null;
  /** Unit path of the work: who reads that unit's records may follow the job (besides the person asking). */
  scopePath: string;
  input: Record<string, unknown>;
  file?: JobFile;
};

/**
 * Queues the work for a runner, as the caller (whose scope the request already checked: an unknown or
 * forbidden record is answered at once, not as a failed job). The file is stored before the row exists, so a
 * runner of any process that sees the job finds its file.
 */
export async function enqueueJob(ctx: CommandContext, storageDir: string, req: JobRequest): Promise<Job> {
  const id = randomUUID();
  if (req.file) await saveJobInput(storageDir, id, req.file.bytes);
  try {
    return await insertJob(ctx.db, {
      id,
      kind: req.kind,
      communeId: req.communeId,
      scopePath: req.scopePath,
      createdBy: ctx.actor.id,
      actorUsername: ctx.actor.username,
      ip: ctx.meta.ip,
      input: req.input,
      fileName: req.file?.name ?? null,
    });
  } catch (e) {
    if (req.file) await removeJobInput(storageDir, id);
    throw e;
  }
}

/**
 * Queues the system's own work, which nobody asked for by name (a public PDF after a ledger change): it runs with no
 * grants, so it may only read what is public.
 */
export async function enqueueSystemJob(db: Queryable, req: Omit<JobRequest, 'file'>): Promise<Job> {
  return insertJob(db, {
    kind: req.kind,
    communeId: req.communeId,
    scopePath: req.scopePath,
    createdBy: null,
    actorUsername: 'system',
    ip: null,
    input: req.input,
    fileName: null,
  });
}
