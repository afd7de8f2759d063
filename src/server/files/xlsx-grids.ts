import { Worker } from 'node:worker_threads';
import type ExcelJS from 'exceljs';
import { FORMULA, type MarkedCell, type SheetRow } from './cells';

/**
 * The worksheets of an .xlsx as rows of cells, for the spreadsheet reader (read-sheet.ts). exceljs reads a
 * workbook in one go, without letting the event loop turn: a 20,000-row file holds the process for a second or
 * more, and every other request waits. A big file is therefore read in a worker thread; a small one here.
 */

/** One worksheet: its non-empty rows; `tooMany` when it held more than the limit (its rows stop there). */
export type Grid = { name: string; rows: SheetRow<MarkedCell>[]; tooMany: boolean };
export type GridOptions = { formulas: 'result' | 'mark'; limit: number };

/** Files from this size on (about 2,000 rows) are read in a worker thread. */
export const OFF_THREAD_BYTES = 64 * 1024;

export function cellOf(v: ExcelJS.CellValue, formulas: 'result' | 'mark'): MarkedCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v !== 'object') return null;
  if ('formula' in v || 'sharedFormula' in v) {
    if (formulas === 'mark') return FORMULA;
    return 'result' in v && v.result !== undefined ? cellOf(v.result as ExcelJS.CellValue, formulas) : null;
  }
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return cellOf(v.text as ExcelJS.CellValue, formulas);
  if ('error' in v) return String(v.error);
  return null;
}

const isEmpty = (c: MarkedCell) => c === null || (typeof c === 'string' && c.trim() === '');

/** Every worksheet in workbook order, in this thread; null when the file is not a readable .xlsx. */
export async function xlsxGrids(bytes: Uint8Array, o: GridOptions): Promise<Grid[] | null> {
  // Loaded here, not with the module: stream-sheet takes cellOf for CSVs too, which need no ExcelJS.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return null;
  }
  return wb.worksheets.map((ws) => {
    const rows: SheetRow<MarkedCell>[] = [];
    let tooMany = false;
    ws.eachRow((row, n) => {
      if (tooMany) return;
      const cells = Array.from({ length: row.cellCount }, (_, i) => cellOf(row.getCell(i + 1).value, o.formulas));
      if (cells.every(isEmpty)) return;
      rows.push({ row: n, cells });
      if (rows.length > o.limit) tooMany = true;
    });
    return { name: ws.name, rows, tooMany };
  });
}

/** A formula mark crosses the thread boundary as this object (a symbol cannot be copied). */
const FORMULA_MARK = { formula: true } as const;
type WireCell = Exclude<MarkedCell, typeof FORMULA> | typeof FORMULA_MARK;
export type WireGrid = { name: string; rows: { row: number; cells: WireCell[] }[]; tooMany: boolean };

export const toWire = (grids: Grid[] | null): WireGrid[] | null =>
  grids?.map((g) => ({
    ...g,
    rows: g.rows.map((r) => ({ row: r.row, cells: r.cells.map((c) => (c === FORMULA ? FORMULA_MARK : c)) })),
  })) ?? null;

const fromWire = (grids: WireGrid[] | null): Grid[] | null =>
  grids?.map((g) => ({
    ...g,
    rows: g.rows.map((r) => ({
      row: r.row,
      cells: r.cells.map((c) => (c !== null && typeof c === 'object' && !(c instanceof Date) ? FORMULA : c)),
    })),
  })) ?? null;

/** The worker's first module (plain JavaScript: it installs tsx's loader, then runs xlsx-grid-worker.ts). */
const BOOT = new URL('./xlsx-grid-boot.mjs', import.meta.url);

type Pending = { resolve: (g: Grid[] | null) => void; reject: (e: Error) => void };
/**
 * One worker for the process, started at the first big file and kept (warm: a fresh one costs a second of
 * start-up and cold code); it reads one file at a time. It holds the process open only while it has work.
 */
let shared: { worker: Worker; pending: Map<number, Pending> } | null = null;
let nextId = 0;

function sheetWorker() {
  if (shared) return shared;
  // Not the process's own loader flags (vitest's, tsx's): the boot module installs what the worker needs.
  const worker = new Worker(BOOT, { execArgv: [] });
  const pending = new Map<number, Pending>();
  const current = { worker, pending };
  const fail = (e: Error) => {
    if (shared === current) shared = null;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on('message', (m: { id: number; grids: WireGrid[] | null }) => {
    pending.get(m.id)?.resolve(fromWire(m.grids));
    pending.delete(m.id);
    if (pending.size === 0) worker.unref();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the spreadsheet worker stopped (exit code ${code})`)));
  shared = current;
  return current;
}

/** The same, in a worker thread: the event loop here stays free for other requests meanwhile. */
export function xlsxGridsOffThread(bytes: Uint8Array, o: GridOptions): Promise<Grid[] | null> {
  const { worker, pending } = sheetWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage({ id, bytes, ...o });
  });
}

/** A workbook's grids, off this thread when the file is big (and here should the worker fail to start). */
export async function readXlsxGrids(bytes: Uint8Array, o: GridOptions): Promise<Grid[] | null> {
  if (bytes.byteLength < OFF_THREAD_BYTES) return xlsxGrids(bytes, o);
  try {
    return await xlsxGridsOffThread(bytes, o);
  } catch {
    return xlsxGrids(bytes, o);
  }
}
