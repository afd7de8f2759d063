import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import {
  type Cell,
  findHeader,
  isEmptyCell,
  parseCsv,
  SheetFileError,
  type SheetRow,
  type TableSpec,
} from './read-sheet';
import { cellOf } from './xlsx-grids';

/**
 * The same tables as read-sheet.ts, read as a stream: a 100 MB statement is never held as a grid of cells, only
 * row by row (csv-parse's stream parser for CSV, exceljs's streaming WorkbookReader for .xlsx). The header is
 * found among the first `scan` non-empty rows as there; the rows under it are handed to `onRow` one at a time.
 * `onRow` is awaited, so the caller may yield to the event loop (progress) between rows.
 */

export type StreamedTable<F extends string> = {
  sheet: string | null;
  headerRow: number;
  cols: Partial<Record<F, number>>;
};

type RowSink<F extends string> = {
  /** Called once, when the header is known, before the first row. */
  onHeader?: (t: StreamedTable<F>) => void | Promise<void>;
  onRow: (r: SheetRow) => void | Promise<void>;
  /** Bytes of the file consumed so far, for progress. */
  onBytes?: (done: number, total: number) => void;
};

const isEmptyRow = (r: SheetRow) => r.cells.every(isEmptyCell);

/** Buffers the first rows until the header is known, then passes every non-empty row under it on. */
function headerGate<F extends string>(spec: TableSpec<F>, sheet: string | null, sink: RowSink<F>) {
  const head: SheetRow[] = [];
  let nonEmpty = 0;
  let table: StreamedTable<F> | null = null;
  let failed: SheetFileError | null = null;
  const settle = async () => {
    const header = findHeader(head, spec);
    if (!header) {
      failed = new SheetFileError(spec.noHeader);
      return;
    }
    const missing = spec.missing?.(header.cols);
    if (missing) {
      failed = new SheetFileError(missing);
      return;
    }
    table = { sheet, headerRow: head[header.index]?.row ?? 1, cols: header.cols };
    await sink.onHeader?.(table);
    for (const r of head.slice(header.index + 1)) await sink.onRow(r);
    head.length = 0;
  };
  return {
    async push(r: SheetRow) {
      if (failed) return;
      if (table) {
        if (!isEmptyRow(r)) await sink.onRow(r);
        return;
      }
      if (isEmptyRow(r)) return;
      head.push(r);
      if (++nonEmpty >= spec.scan) await settle();
    },
    /** The end of the rows: settles a short file; the table, or the error that the file has none. */
    async end(): Promise<StreamedTable<F> | SheetFileError> {
      if (!table && !failed) await settle();
      return table ?? (failed as SheetFileError | null) ?? new SheetFileError(spec.noHeader);
    },
    found: () => table !== null,
  };
}

type Gate<F extends string> = ReturnType<typeof headerGate<F>>;

const HEAD_BYTES = 256 * 1024;
const CHUNK_BYTES = 64 * 1024;

/** UTF-16 (with its BOM) or UTF-8, checked on the file's head: a binary file is refused before it is parsed. */
function encodingOf(bytes: Uint8Array): 'utf16le' | 'utf8' {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  const head = bytes.subarray(0, HEAD_BYTES);
  let text: string;
  try {
    text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    throw new SheetFileError('Tệp không phải Excel .xlsx hay CSV mã hóa UTF-8 (khi lưu từ Excel chọn "CSV UTF-8").');
  }
  if (text.includes('\u0000')) throw new SheetFileError('Tệp không phải Excel .xlsx hay CSV đọc được.');
  return utf16 ? 'utf16le' : 'utf8';
}

/** Comma, semicolon or tab: the one whose header row (in the file's head) names the most columns. */
function separatorOf<F extends string>(bytes: Uint8Array, encoding: 'utf16le' | 'utf8', spec: TableSpec<F>): string {
  const text = new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-8').decode(bytes.subarray(0, HEAD_BYTES));
  // Up to the last line break: the head's last line may be cut.
  const head = bytes.length > HEAD_BYTES ? text.slice(0, Math.max(text.lastIndexOf('\n'), 0)) : text;
  let best = { sep: ',', score: 0 };
  for (const sep of [',', ';', '\t']) {
    if (!head.includes(sep)) continue;
    let grid: SheetRow[];
    try {
      grid = parseCsv(head, sep);
    } catch {
      continue;
    }
    const header = findHeader(grid, spec);
    const score = header ? Object.keys(header.cols).length : 0;
    if (score > best.score) best = { sep, score };
  }
  return best.sep;
}

/** The file's bytes as a stream of 64 KB chunks (a Buffer view, no copy). */
function chunks(bytes: Uint8Array, onBytes?: (done: number, total: number) => void) {
  return Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += CHUNK_BYTES) {
        onBytes?.(Math.min(i + CHUNK_BYTES, bytes.length), bytes.length);
        yield Buffer.from(bytes.buffer, bytes.byteOffset + i, Math.min(CHUNK_BYTES, bytes.length - i));
      }
    })(),
  );
}

async function streamCsv<F extends string>(bytes: Uint8Array, spec: TableSpec<F>, sink: RowSink<F>) {
  const encoding = encodingOf(bytes);
  const gate = headerGate(spec, null, sink);
  const parser = chunks(bytes, sink.onBytes).pipe(
    parse({
      delimiter: separatorOf(bytes, encoding, spec),
      encoding,
      record_delimiter: ['\r\n', '\n', '\r'],
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      ltrim: true,
      rtrim: true,
      info: true,
    }),
  );
  let lastEnd = 0;
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const row = lastEnd + 1;
      lastEnd = rec.info.lines;
      await gate.push({ row, cells: rec.record.map((v) => v.trim() || null) });
    }
  } catch (e) {
    if (e instanceof SheetFileError) throw e;
    if ((e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED')
      throw new SheetFileError(`Tệp CSV có dấu ngoặc kép (") mở ở dòng ${lastEnd + 1} mà không đóng.`);
    throw new SheetFileError(`Tệp CSV không đọc được: ${(e as Error).message}`);
  }
  const t = await gate.end();
  if (t instanceof SheetFileError) throw t;
  return t;
}

async function streamXlsx<F extends string>(bytes: Uint8Array, spec: TableSpec<F>, sink: RowSink<F>) {
  // Loaded here, not with the module: a CSV statement's worker starts 220 ms sooner without it.
  const { default: Excel } = await import('exceljs');
  // Styles are needed to tell a date cell from a number.
  const reader = new Excel.stream.xlsx.WorkbookReader(chunks(bytes, sink.onBytes), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let firstError: SheetFileError | null = null;
  let found: StreamedTable<F> | null = null;
  try {
    for await (const ws of reader) {
      const sheet = (ws as unknown as { name?: string }).name ?? null;
      // The table is on the first sheet that has the header row: a cover sheet may come first; later sheets are read
      // through (the stream must be consumed) but not used.
      const gate: Gate<F> | null = found ? null : headerGate(spec, sheet, sink);
      for await (const row of ws) {
        if (!gate) continue;
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        const cells: Cell[] = values.map((v) => cellOf(v, 'result') as Cell);
        await gate.push({ row: row.number, cells });
      }
      if (gate) {
        const t: StreamedTable<F> | SheetFileError = await gate.end();
        if (t instanceof SheetFileError) firstError ??= t;
        else found = t;
      }
    }
  } catch (e) {
    if (e instanceof SheetFileError) throw e;
    throw new SheetFileError('Tệp không phải Excel .xlsx đọc được.');
  }
  if (found) return found;
  throw firstError ?? new SheetFileError('Tệp Excel không có trang tính nào.');
}

/**
 * Streams the table of an uploaded file (a zip is .xlsx, otherwise CSV) into `sink`; throws SheetFileError when the
 * file as a whole cannot be used (rows already handed over stay the caller's to drop).
 */
export async function streamTable<F extends string>(
  bytes: Uint8Array,
  fileName: string,
  spec: TableSpec<F>,
  sink: RowSink<F>,
): Promise<StreamedTable<F>> {
  if (bytes.length === 0) throw new SheetFileError('Tệp rỗng.');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return streamXlsx(bytes, spec, sink);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new SheetFileError(
      'Tệp .xls (Excel 97–2003) chưa đọc được: mở bằng Excel và lưu thành .xlsx hoặc CSV UTF-8.',
    );
  if (spec.csv === false || /\.xlsx$/i.test(fileName)) throw new SheetFileError('Tệp không phải Excel .xlsx đọc được.');
  return streamCsv(bytes, spec, sink);
}
