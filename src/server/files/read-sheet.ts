import { parse } from 'csv-parse/sync';
import { foldVietnamese } from '../../lib/vi-text';
import { FORMULA, type Cell, type MarkedCell, type SheetRow } from './cells';
import { readXlsxGrids } from './xlsx-grids';

/**
 * The one spreadsheet reader behind every import (bank statements, household lists, targets): an .xlsx
 * (the first sheet that has the header row) or a CSV (RFC 4180, UTF-8 or UTF-16 with a BOM, separated by
 * commas, semicolons — Excel in a Vietnamese locale — or tabs). The header row is found by its names, in
 * Vietnamese with or without diacritics or in English, among the first rows: banks and people put title
 * lines above it. Row numbers are those the person sees in Excel (or the CSV line where the row starts).
 */

export { FORMULA, type Cell, type MarkedCell, type SheetRow };
export type Columns<F extends string> = Partial<Record<F, number>>;

/** The file cannot be read as a table at all; no row to blame. Callers turn it into their own error. */
export class SheetFileError extends Error {
  override name = 'SheetFileError';
}

export type TableSpec<F extends string> = {
  /** Header names per field, most specific first: when two columns match, the earlier alias wins. */
  aliases: Record<F, readonly string[]>;
  /** Whether a row naming these columns is the header (it names the columns that make the table). */
  isHeader: (cols: Columns<F>) => boolean;
  /** A last word on the matched columns (e.g. a signed amount column only counts without a credit one). */
  adjust?: (cols: Columns<F>) => Columns<F>;
  /** A header that lacks a column the import needs: the message, or null. */
  missing?: (cols: Columns<F>) => string | null;
  /** How many non-empty rows to search for the header. */
  scan: number;
  /** The message when no row is the header. */
  noHeader: string;
  /** More non-empty rows under the header than this is refused. */
  maxDataRows?: number;
  /** Formulas: their cached result (default), or `FORMULA` so the caller can refuse the cell. */
  formulas?: 'result' | 'mark';
  /** False: only .xlsx is accepted. */
  csv?: boolean;
};

export type Table<F extends string, C extends MarkedCell = Cell> = {
  /** The worksheet's name; null for a CSV. */
  sheet: string | null;
  headerRow: number;
  cols: Columns<F>;
  /** The non-empty rows under the header. */
  rows: SheetRow<C>[];
};

/** A cell as trimmed text: a date as YYYY-MM-DD, a formula or an empty cell as ''. */
export const cellText = (c: MarkedCell | undefined): string =>
  c === null || c === undefined || c === FORMULA
    ? ''
    : c instanceof Date
      ? c.toISOString().slice(0, 10)
      : String(c).trim();

/** A spec's aliases: each field's template header first, then the variants people write. */
export function headerAliases<F extends string>(
  headers: Record<F, string>,
  variants: Record<F, readonly string[]>,
): Record<F, string[]> {
  return Object.fromEntries((Object.keys(headers) as F[]).map((f) => [f, [headers[f], ...variants[f]]])) as Record<
    F,
    string[]
  >;
}

export const isEmptyCell = (c: MarkedCell | undefined) =>
  c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
const isEmptyRow = (r: SheetRow<MarkedCell>) => r.cells.every(isEmptyCell);

/** "Số tiền ghi có (VND)" → "so tien ghi co": diacritics, case, units in brackets and punctuation do not matter. */
export function headerKey(s: string): string {
  return foldVietnamese(s.replace(/\([^)]*\)/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const aliasKeys = new WeakMap<object, Record<string, string[]>>();
function keysOf<F extends string>(aliases: Record<F, readonly string[]>): Record<F, string[]> {
  let keys = aliasKeys.get(aliases);
  if (!keys) {
    keys = Object.fromEntries(
      Object.entries<readonly string[]>(aliases).map(([f, names]) => [f, names.map(headerKey)]),
    );
    aliasKeys.set(aliases, keys);
  }
  return keys as Record<F, string[]>;
}

/** Which column holds which field in a candidate header row; bilingual headers ("Ngày / Date") match by either part. */
export function columnsOf<F extends string>(cells: readonly MarkedCell[], spec: TableSpec<F>): Columns<F> {
  const keys = keysOf(spec.aliases);
  const fields = Object.keys(spec.aliases) as F[];
  const best: Partial<Record<F, { col: number; rank: number }>> = {};
  cells.forEach((cell, col) => {
    if (typeof cell !== 'string') return;
    const parts = [cell, ...cell.split(/[/\n|]/)].map(headerKey).filter(Boolean);
    for (const field of fields) {
      const rank = Math.min(...parts.map((p) => keys[field].indexOf(p)).filter((r) => r >= 0));
      if (Number.isFinite(rank) && rank < (best[field]?.rank ?? Number.POSITIVE_INFINITY)) best[field] = { col, rank };
    }
  });
  const cols: Columns<F> = {};
  for (const f of fields) if (best[f]) cols[f] = best[f].col;
  return spec.adjust ? spec.adjust(cols) : cols;
}

/** The header: among the first `scan` non-empty rows, the one naming the most known columns (first on a tie). */
export function findHeader<F extends string>(
  grid: readonly SheetRow<MarkedCell>[],
  spec: TableSpec<F>,
): { index: number; cols: Columns<F> } | null {
  let found: { index: number; cols: Columns<F>; score: number } | null = null;
  let seen = 0;
  for (let index = 0; index < grid.length && seen < spec.scan; index++) {
    const r = grid[index] as SheetRow<MarkedCell>;
    if (isEmptyRow(r)) continue;
    seen++;
    const cols = columnsOf(r.cells, spec);
    if (!spec.isHeader(cols)) continue;
    const score = Object.keys(cols).length;
    if (!found || score > found.score) found = { index, cols, score };
  }
  return found && { index: found.index, cols: found.cols };
}

const tooMany = (max: number) =>
  new SheetFileError(`Tệp có hơn ${max.toLocaleString('vi-VN')} dòng dữ liệu; hãy chia thành nhiều tệp.`);

/** The table of one grid: its header and the non-empty rows under it; throws SheetFileError. */
export function locateTable<F extends string, C extends MarkedCell>(
  grid: readonly SheetRow<C>[],
  spec: TableSpec<F>,
  sheet: string | null = null,
): Table<F, C> {
  const header = findHeader(grid, spec);
  if (!header) throw new SheetFileError(spec.noHeader);
  const missing = spec.missing?.(header.cols);
  if (missing) throw new SheetFileError(missing);
  const rows = grid.slice(header.index + 1).filter((r) => !isEmptyRow(r));
  if (spec.maxDataRows !== undefined && rows.length > spec.maxDataRows) throw tooMany(spec.maxDataRows);
  return { sheet, headerRow: grid[header.index]?.row ?? 1, cols: header.cols, rows };
}

/**
 * RFC 4180 CSV: quoted fields may hold the separator, doubled quotes and line breaks; rows keep their first
 * line's number; cells are trimmed, an empty one is null.
 */
export function parseCsv(text: string, separator: string): SheetRow[] {
  const ends: number[] = []; // the line each record ends on
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: separator,
      record_delimiter: ['\r\n', '\n', '\r'],
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      ltrim: true,
      rtrim: true,
      on_record: (record, context) => {
        ends.push(context.lines);
        return record;
      },
    });
  } catch (e) {
    if ((e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED')
      throw new SheetFileError(`Tệp CSV có dấu ngoặc kép (") mở ở dòng ${(ends.at(-1) ?? 0) + 1} mà không đóng.`);
    throw new SheetFileError(`Tệp CSV không đọc được: ${(e as Error).message}`);
  }
  return records.map((record, i) => ({ row: (ends[i - 1] ?? 0) + 1, cells: record.map((v) => v.trim() || null) }));
}

function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    // UTF-16 with a BOM is what Excel's "Unicode text" saves; everything else must be UTF-8 (its BOM is dropped).
    text =
      bytes[0] === 0xff && bytes[1] === 0xfe
        ? new TextDecoder('utf-16le', { fatal: true }).decode(bytes)
        : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SheetFileError('Tệp không phải Excel .xlsx hay CSV mã hóa UTF-8 (khi lưu từ Excel chọn "CSV UTF-8").');
  }
  if (text.includes('\u0000')) throw new SheetFileError('Tệp không phải Excel .xlsx hay CSV đọc được.');
  return text;
}

/** Comma, semicolon or tab: the one whose header row names the most columns. */
function readCsv<F extends string>(bytes: Uint8Array, spec: TableSpec<F>): Table<F> {
  const text = decodeText(bytes);
  let best: { grid: SheetRow[]; score: number } | null = null;
  for (const sep of [',', ';', '\t']) {
    if (!text.includes(sep)) continue;
    const grid = parseCsv(text, sep);
    const header = findHeader(grid, spec);
    const score = header ? Object.keys(header.cols).length : 0;
    if (score > (best?.score ?? 0)) best = { grid, score };
  }
  return locateTable(best?.grid ?? [], spec);
}

async function readXlsx<F extends string>(bytes: Uint8Array, spec: TableSpec<F>): Promise<Table<F, MarkedCell>> {
  const formulas = spec.formulas ?? 'result';
  const limit = spec.maxDataRows === undefined ? Number.POSITIVE_INFINITY : spec.maxDataRows + spec.scan + 1;
  const sheets = await readXlsxGrids(bytes, { formulas, limit });
  if (!sheets) throw new SheetFileError('Tệp không phải Excel .xlsx đọc được.');
  let firstError: SheetFileError | null = null;
  // The table is on the first sheet that has the header row: a cover or guide sheet may come first.
  for (const { name, rows: grid, tooMany: over } of sheets) {
    if (over) throw tooMany(spec.maxDataRows ?? 0);
    try {
      return locateTable(grid, spec, name);
    } catch (e) {
      if (!(e instanceof SheetFileError)) throw e;
      // No header (or one lacking a needed column): try the next sheet. A sheet with the table is the answer.
      const header = findHeader(grid, spec);
      if (header && !spec.missing?.(header.cols)) throw e;
      firstError ??= e;
    }
  }
  throw firstError ?? new SheetFileError('Tệp Excel không có trang tính nào.');
}

/**
 * The table in an uploaded file, by its content (a zip is .xlsx; otherwise CSV), the name serving only
 * for the message. Throws SheetFileError when the file as a whole cannot be used.
 */
export async function readTable<F extends string>(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  spec: TableSpec<F> & { formulas: 'mark' },
): Promise<Table<F, MarkedCell>>;
export async function readTable<F extends string>(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  spec: TableSpec<F>,
): Promise<Table<F>>;
export async function readTable<F extends string>(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  spec: TableSpec<F>,
): Promise<Table<F, MarkedCell>> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new SheetFileError('Tệp rỗng.');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return readXlsx(bytes, spec);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new SheetFileError(
      'Tệp .xls (Excel 97–2003) chưa đọc được: mở bằng Excel và lưu thành .xlsx hoặc CSV UTF-8.',
    );
  }
  if (spec.csv === false || /\.xlsx$/i.test(fileName)) throw new SheetFileError('Tệp không phải Excel .xlsx đọc được.');
  return readCsv(bytes, spec);
}
