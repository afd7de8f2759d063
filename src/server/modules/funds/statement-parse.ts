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

/** What follows a statement's rows: its header row, the lines that are no transfer, and the rows in error. */
export type StatementTail = Omit<ParsedStatement, 'rows'>;

/**
 * A statement as it is read: the rows in file order, in batches as they come, then the tail. The importer writes
 * each batch while the rest of the file is still being read (on another thread), so reading and writing overlap.
 */
export type StatementStream = {
  batches: AsyncGenerator<StatementRow[], StatementTail>;
  /** How much of the file has been read, 0 to 1 (for an estimate of the rows to come). */
  readFraction(): number;
};

function streamOffThread(
  bytes: Uint8Array,
  name: string,
  today: string | undefined,
  onRead?: (r: ProgressReport) => void,
): StatementStream {
  const { worker, pending } = statementWorker();
  const id = nextId++;
  const inbox: ParseMessage[] = [];
  let failure: WorkerFailed | null = null;
  let wake: (() => void) | null = null;
  let fraction = 0;
  pending.set(id, {
    onMessage: (m) => {
      if (m.kind === 'progress') {
        fraction = m.report.total > 0 ? m.report.done / m.report.total : 0;
        onRead?.(m.report);
      } else inbox.push(m);
      wake?.();
    },
    fail: (e) => {
      failure = new WorkerFailed(e.message);
      wake?.();
    },
  });
  worker.ref();
  // A copy: the caller keeps its bytes.
  worker.postMessage({ id, bytes: bytes.slice(), name, today } satisfies ParseTask);
  async function* batches(): AsyncGenerator<StatementRow[], StatementTail> {
    try {
      for (;;) {
        const m = inbox.shift();
        if (!m) {
          if (failure) throw failure;
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = null;
        } else if (m.kind === 'rows') yield m.rows;
        else if (m.kind === 'done') {
          fraction = 1;
          return { headerRow: m.headerRow, ignored: m.ignored, errors: m.errors };
        } else if (m.kind === 'fileError') throw new StatementFileError(m.message);
        else if (m.kind === 'failed') throw new WorkerFailed(m.message);
      }
    } finally {
      // Also when the importer stops early: later messages about this file are dropped.
      pending.delete(id);
      if (pending.size === 0) worker.unref();
    }
  }
  return { batches: batches(), readFraction: () => fraction };
}

/** parseBankStatement as a stream of one batch (a small file, or the worker's fallback). */
function streamInThread(
  bytes: Uint8Array,
  name: string,
  today: string | undefined,
  progress: Progress,
  skip = 0,
): StatementStream {
  let fraction = 0;
  async function* batches(): AsyncGenerator<StatementRow[], StatementTail> {
    const { rows, ...tail } = await parseBankStatement(bytes, name, today, progress);
    fraction = 1;
    if (rows.length > skip) yield skip ? rows.slice(skip) : rows;
    return tail;
  }
  return { batches: batches(), readFraction: () => fraction };
}

/**
 * A statement file as a stream of rows: read in the worker when the file is big, here when it is small. Should the
 * worker fail for a reason of its own, the file is read here and the rows the worker had already given are skipped.
 */
export function streamStatementFile(
  data: ArrayBuffer | Uint8Array,
  name: string,
  today: string | undefined,
  progress: Progress,
  /** Takes the worker's reports of its reading (an importer reports its writing instead). */
  onRead?: (r: ProgressReport) => void,
): StatementStream {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength < OFF_THREAD_BYTES) return streamInThread(bytes, name, today, progress);
  const off = streamOffThread(bytes, name, today, onRead);
  let fallback: StatementStream | null = null;
  async function* batches(): AsyncGenerator<StatementRow[], StatementTail> {
    let given = 0;
    try {
      for (;;) {
        const r = await off.batches.next();
        if (r.done) return r.value;
        given += r.value.length;
        yield r.value;
      }
    } catch (e) {
      if (!(e instanceof WorkerFailed)) throw e;
    }
    fallback = streamInThread(bytes, name, today, progress, given);
    return yield* fallback.batches;
  }
  return { batches: batches(), readFraction: () => (fallback ?? off).readFraction() };
}

/** The whole statement at once (a stream collected). */
export async function parseStatementFile(
  data: ArrayBuffer | Uint8Array,
  name: string,
  today: string | undefined,
  progress: Progress,
): Promise<ParsedStatement> {
  const { batches } = streamStatementFile(data, name, today, progress, (r) => void progress.report(r));
  const rows: StatementRow[] = [];
  for (;;) {
    const r = await batches.next();
    if (r.done) return { ...r.value, rows };
    for (const row of r.value) rows.push(row);
  }
}
