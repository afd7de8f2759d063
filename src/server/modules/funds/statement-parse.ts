import { Worker } from 'node:worker_threads';
import type { Progress, ProgressReport } from '../../core/progress';
import {
  type ParsedStatement,
  parseBankStatement,
  type StatementError,
  type StatementNote,
  type StatementRow,
  StatementFileError,
} from './bank-statement';

/**
 * A statement file read in a worker thread: a 100,000-row CSV or .xlsx takes seconds of parsing, which on the
 * server's own thread would hold up every other request (and, on PGlite, the database) in slices between two
 * progress turns. Small files are read here (starting the worker costs more than they do), and here again should
 * the worker fail to start. The result is the same as parseBankStatement's.
 */

export type ParseTask = { id: number; bytes: Uint8Array; name: string; today: string | undefined };
export type ParseMessage = { id: number } & (
  | { kind: 'progress'; report: ProgressReport }
  | { kind: 'rows'; rows: StatementRow[] }
  | { kind: 'done'; headerRow: number; ignored: StatementNote[]; errors: StatementError[] }
  | { kind: 'fileError'; message: string }
  | { kind: 'failed'; message: string }
);

/** Files from this size on (a few thousand rows) are read in the worker. */
const OFF_THREAD_BYTES = 256 * 1024;
const BOOT = new URL('./statement-parse-boot.mjs', import.meta.url);

type Pending = { onMessage: (m: ParseMessage) => void; fail: (e: Error) => void };
/** One worker for the process, started at the first big file and kept warm; it holds the process open only while busy. */
let shared: { worker: Worker; pending: Map<number, Pending> } | null = null;
let nextId = 0;

function statementWorker() {
  if (shared) return shared;
  // Not the process's own loader flags (vitest's, tsx's): the boot module installs what the worker needs.
  // A small young generation: parsing makes short-lived strings by the million, and a large nursery only adds to
  // the process's peak memory (rows leave as they are read; 100,000 rows: +130 MB peak at 16 MB, +70–100 MB at 8).
  const worker = new Worker(BOOT, { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  const pending = new Map<number, Pending>();
  const current = { worker, pending };
  const fail = (e: Error) => {
    if (shared === current) shared = null;
    for (const p of pending.values()) p.fail(e);
    pending.clear();
  };
  worker.on('message', (m: ParseMessage) => pending.get(m.id)?.onMessage(m));
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the statement worker stopped (exit code ${code})`)));
  shared = current;
  return current;
}

/** Thrown when the worker could not read the file for a reason of its own (not the file's): read it here instead. */
class WorkerFailed extends Error {}

function parseOffThread(bytes: Uint8Array, name: string, today: string | undefined, progress: Progress) {
  const { worker, pending } = statementWorker();
  const id = nextId++;
  const rows: StatementRow[] = [];
  return new Promise<ParsedStatement>((resolve, reject) => {
    const settle = () => {
      pending.delete(id);
      if (pending.size === 0) worker.unref();
    };
    pending.set(id, {
      onMessage: (m) => {
        if (m.kind === 'progress') void progress.report(m.report);
        else if (m.kind === 'rows') for (const r of m.rows) rows.push(r);
        else {
          settle();
          if (m.kind === 'done') resolve({ headerRow: m.headerRow, rows, ignored: m.ignored, errors: m.errors });
          else if (m.kind === 'fileError') reject(new StatementFileError(m.message));
          else reject(new WorkerFailed(m.message));
        }
      },
      fail: (e) => reject(new WorkerFailed(e.message)),
    });
    worker.ref();
    // A copy: the caller keeps its bytes.
    worker.postMessage({ id, bytes: bytes.slice(), name, today } satisfies ParseTask);
  });
}

/** parseBankStatement, off this thread when the file is big. */
export async function parseStatementFile(
  data: ArrayBuffer | Uint8Array,
  name: string,
  today: string | undefined,
  progress: Progress,
): Promise<ParsedStatement> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength < OFF_THREAD_BYTES) return parseBankStatement(bytes, name, today, progress);
  try {
    return await parseOffThread(bytes, name, today, progress);
  } catch (e) {
    if (e instanceof WorkerFailed) return parseBankStatement(bytes, name, today, progress);
    throw e;
  }
}
