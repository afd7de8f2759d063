import type { CommandContext } from '../../core/command';
import type { Progress } from '../../core/progress';
import type { Mailer } from '../../mail/mailer';

/**
 * What a request would have answered: a job's result is `body` when `status` is 2xx, else its error. One
 * function gives both the synchronous answer and the job's, so the two cannot drift apart.
 */
export type JobOutcome = { status: number; body: unknown };

/** The uploaded file a job was given, read back from the storage directory. */
export type JobFile = { name: string; bytes: ArrayBuffer };

/**
 * A kind of job, registered by the module that owns the work in its manifest (`jobs`), so this module never
 * imports a domain module. It runs as the person who asked (their current roles), with the request's
 * fields it stored (`input`, to be checked again: it is data from the database) and its file.
 */
export type JobHandler = (
  ctx: CommandContext & {
    progress: Progress;
    /** Where the work may keep the files it makes. */
    storageDir: string;
    /** Outgoing mail, when configured (SMTP_URL). */
    mailer: Mailer | null;
  },
  job: { input: unknown; file: JobFile | null },
) => Promise<JobOutcome>;

/** kind (`<module>.<work>`) → handler. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;
