import type { Tx } from '../db/client';

/**
 * Where a long piece of work stands, for the person waiting: a stage code the staff app names
 * (`reading` the file, `checking` its rows, `writing` them) and how many items of how many are done
 * (`total` 0 while not known yet).
 */
export type ProgressReport = { stage: string; done: number; total: number };

/**
 * What long work (a big import) calls between chunks. `report` records where it stands (a job keeps it for
 * the person polling; a plain request keeps nothing) and gives the event loop a turn, so other requests are
 * answered meanwhile. `written` is called inside the work's write transaction: a job marks there, atomically
 * with the rows, that its writes are committed (so a job interrupted after that is never run twice).
 */
export type Progress = {
  report(p: ProgressReport): Promise<void>;
  written(tx: Tx): Promise<void>;
};

/** Lets timers and I/O (other requests) run before the work continues. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Progress of work done inside a request: nobody polls it, but it still lets other requests through. */
export const requestProgress: Progress = { report: yieldToEventLoop, written: async () => {} };

/** Rows between two progress reports (and two turns of the event loop) in a loop over a file's rows. */
export const PROGRESS_EVERY = 500;

/** Reports every PROGRESS_EVERY items of a loop (and at its first): `await tick(i)` before item i. */
export function progressTicker(progress: Progress, stage: string, total: number, every = PROGRESS_EVERY) {
  return async (done: number) => {
    if (done % every === 0) await progress.report({ stage, done, total });
  };
}
