import ExcelJS from 'exceljs';
import { foldVietnamese } from '../../../lib/vi-text';
import { MAX_AMOUNT } from './fields';

/**
 * Bank statements as the banks export them (.xlsx or .csv): a few title lines, a header row in
 * Vietnamese or English, then one line per transaction. Only credits (money in) are read; debits and
 * total/balance lines are reported as ignored, and a line that cannot be read is an error naming its
 * row, so nothing is dropped without the person seeing it.
 */

export type Cell = string | number | Date | null;
export type GridRow = { row: number; cells: Cell[] };

export type StatementRow = {
  /** Spreadsheet row or CSV line number, as the person sees it in Excel or a text editor. */
  row: number;
  txnId: string;
  date: string;
  /** Integer đồng, > 0 (credits only). */
  amount: number;
  description: string;
  payerName: string | null;
};
export type StatementError = {
  row: number;
  field: 'txnId' | 'date' | 'amount' | 'description' | 'payerName';
  message: string;
};
export type StatementNote = { row: number; reason: string };
export type ParsedStatement = {
  headerRow: number;
  rows: StatementRow[];
  ignored: StatementNote[];
  errors: StatementError[];
};

/** The file as a whole cannot be read (not a spreadsheet, no header row…): no row to blame. */
export class StatementFileError extends Error {
  override name = 'StatementFileError';
}

type Field = 'txnId' | 'date' | 'credit' | 'signed' | 'debit' | 'description' | 'payer';

/** Header names per column, most specific first: when two columns match, the earlier alias wins. */
const ALIASES: Record<Field, string[]> = {
  txnId: [
    'Mã giao dịch',
    'Số tham chiếu',
    'Số bút toán',
    'Reference',
    'Transaction ID',
    'Ref',
    'Mã GD',
    'Số GD',
    'Reference No',
    'Ref No',
    'Transaction No',
    'Số chứng từ',
    'Số CT',
  ],
  date: [
    'Ngày giao dịch',
    'Ngày',
    'Ngày hiệu lực',
    'Transaction date',
    'Date',
    'Ngày GD',
    'Ngày hạch toán',
    'Posting date',
    'Value date',
  ],
  credit: ['Số tiền ghi có', 'Ghi có', 'Có', 'Credit', 'Credit amount', 'Số tiền có', 'Phát sinh có', 'PS có'],
  signed: ['Số tiền', 'Amount', 'Số tiền giao dịch', 'Transaction amount'],
  debit: ['Số tiền ghi nợ', 'Ghi nợ', 'Nợ', 'Debit', 'Debit amount', 'Số tiền nợ', 'Phát sinh nợ', 'PS nợ'],
  description: [
    'Nội dung',
    'Diễn giải',
    'Mô tả',
    'Description',
    'Details',
    'Nội dung giao dịch',
    'Nội dung chuyển khoản',
    'Transaction details',
    'Narrative',
    'Remarks',
  ],
  payer: [
    'Tên người chuyển',
    'Người chuyển',
    'Đối ứng',
    'Payer',
    'Remitter',
    'Tên đối ứng',
    'Tên tài khoản đối ứng',
    'Người chuyển tiền',
    'Tên người gửi',
    'Sender',
    'Payer name',
    'Remitter name',
  ],
};

/** "Số tiền ghi có (VND)" → "so tien ghi co": diacritics, case, units in brackets and punctuation do not matter. */
function headerKey(s: string): string {
  return foldVietnamese(s.replace(/\([^)]*\)/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ALIAS_KEYS = Object.fromEntries(Object.entries(ALIASES).map(([f, names]) => [f, names.map(headerKey)])) as Record<
  Field,
  string[]
>;
const FIELDS = Object.keys(ALIASES) as Field[];

type Columns = Partial<Record<Field, number>>;

/** Which column holds which field in a candidate header row; bilingual headers ("Ngày / Date") match by either part. */
function columnsOf(cells: Cell[]): Columns {
  const best: Partial<Record<Field, { col: number; rank: number }>> = {};
  cells.forEach((cell, col) => {
    if (typeof cell !== 'string') return;
    const parts = [cell, ...cell.split(/[/\n|]/)].map(headerKey).filter(Boolean);
    for (const field of FIELDS) {
      const rank = Math.min(...parts.map((p) => ALIAS_KEYS[field].indexOf(p)).filter((r) => r >= 0));
      if (Number.isFinite(rank) && (best[field] === undefined || rank < (best[field]?.rank ?? Infinity)))
        best[field] = { col, rank };
    }
  });
  const cols: Columns = {};
  for (const f of FIELDS) if (best[f]) cols[f] = best[f].col;
  // A "Số tiền" column only counts as signed when there is no credit column beside it.
  if (cols.credit !== undefined) delete cols.signed;
  return cols;
}

const HEADER_SCAN = 15;

/** The header row: among the first 15 non-empty rows, the one naming the most known columns (a date and an amount at least). */
function findHeader(grid: GridRow[]): { index: number; cols: Columns } | null {
  let found: { index: number; cols: Columns; score: number } | null = null;
  grid.slice(0, HEADER_SCAN).forEach((r, index) => {
    const cols = columnsOf(r.cells);
    if (cols.date === undefined || (cols.credit === undefined && cols.signed === undefined)) return;
    const score = Object.keys(cols).length;
    if (!found || score > found.score) found = { index, cols, score };
  });
  return found;
}

const isEmpty = (c: Cell | undefined) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
const textOf = (c: Cell | undefined): string =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString() : String(c).trim();

/**
 * Money as banks print it: 1000000, "1.000.000", "1,000,000", "1 000 000 VND", "1,000,000.00",
 * "-500.000", "(500.000)". Null when it is not a whole number of đồng; undefined when empty.
 */
export function parseStatementAmount(c: Cell | undefined): number | null | undefined {
  if (isEmpty(c)) return undefined;
  if (typeof c === 'number')
    return Number.isSafeInteger(c)
      ? c
      : Number.isFinite(c) && Math.abs(c - Math.round(c)) < 1e-6
        ? Math.round(c)
        : null;
  if (typeof c !== 'string') return null;
  let s = foldVietnamese(c)
    .replace(/\s+/g, '')
    .replace(/^(vnd|dong)/, '')
    .replace(/(vnd|vn|dong|d)$/, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) negative = !negative;
  s = s.replace(/^[+-]/, '');
  let digits: string | null = null;
  if (/^\d+$/.test(s)) digits = s;
  else if (/^\d{1,3}(\.\d{3})+$/.test(s) || /^\d{1,3}(,\d{3})+$/.test(s)) digits = s.replace(/[.,]/g, '');
  else {
    // A decimal part is allowed only when it is zero: đồng have no minor unit.
    const m = /^(\d{1,3}(?:,\d{3})*|\d+)\.(\d{1,2})$/.exec(s) ?? /^(\d{1,3}(?:\.\d{3})*|\d+),(\d{1,2})$/.exec(s);
    if (m?.[1] && /^0+$/.test(m[2] ?? '')) digits = m[1].replace(/[.,]/g, '');
  }
  if (digits === null) return null;
  const n = Number(digits);
  if (!Number.isSafeInteger(n)) return null;
  return negative ? -n : n;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Dates as banks print them: 26/03/2023, 26-03-2023 10:15:00, 2023-03-26, 2023-03-26T10:15:00,
 * an Excel date cell, or an Excel serial number. Day first: Vietnamese banks never write month first.
 */
export function parseStatementDate(c: Cell | undefined): string | null {
  if (isEmpty(c) || c === null || c === undefined) return null;
  // exceljs hands date cells over as the wall-clock time in UTC.
  if (c instanceof Date)
    return Number.isNaN(c.getTime()) ? null : isoDate(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate());
  if (typeof c === 'number') {
    if (Number.isInteger(c) && c >= 19_900_101 && c <= 21_001_231)
      return isoDate(Math.floor(c / 10_000), Math.floor(c / 100) % 100, c % 100);
    if (c < 1 || c > 80_000) return null;
    const t = new Date(Math.round((c - 25_569) * 86_400_000)); // Excel's day 25569 is 1970-01-01
    return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  const s = c.trim();
  const time = String.raw`(?:[ T,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AP]M)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
  const dmy = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})${time}$`, 'i').exec(s);
  if (dmy) {
    const y = Number(dmy[3]);
    return isoDate(y < 100 ? 2000 + y : y, Number(dmy[2]), Number(dmy[1]));
  }
  const ymd = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${time}$`, 'i').exec(s);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}

/** A summary line of the statement (opening/closing balance, totals), not a transaction. */
const SUMMARY =
  /^(tong cong|tong so|tong phat sinh|tong ghi|tong tien|total|so du|opening|closing|ending balance|balance|cong phat sinh|phat sinh trong ky|doanh so)\b/;

const MAX_TXN_ID = 100;
const MAX_DESCRIPTION = 2000;
const MAX_PAYER = 200;

/** Reads the transaction rows under the header; today bounds dates ('YYYY-MM-DD', a day of clock skew allowed). */
export function readStatementGrid(grid: GridRow[], today?: string): ParsedStatement {
  const rowsWithData = grid.filter((r) => r.cells.some((c) => !isEmpty(c)));
  const header = findHeader(rowsWithData);
  if (!header) {
    throw new StatementFileError(
      'Không tìm thấy dòng tiêu đề trong 15 dòng đầu: cần ít nhất cột ngày ("Ngày giao dịch", "Date") và cột số tiền ("Số tiền ghi có", "Credit", "Số tiền").',
    );
  }
  const { cols } = header;
  const missing: string[] = [];
  if (cols.txnId === undefined) missing.push('mã giao dịch ("Mã giao dịch", "Số tham chiếu", "Reference")');
  if (cols.description === undefined) missing.push('nội dung ("Nội dung", "Diễn giải", "Description")');
  if (missing.length) throw new StatementFileError(`Dòng tiêu đề thiếu cột ${missing.join(' và cột ')}.`);

  const limit = today
    ? new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)) + 1))
        .toISOString()
        .slice(0, 10)
    : null;
  const at = (r: GridRow, f: Field) => (cols[f] === undefined ? undefined : r.cells[cols[f]]);
  const out: ParsedStatement = { headerRow: rowsWithData[header.index]?.row ?? 0, rows: [], ignored: [], errors: [] };
  const seen = new Map<string, number>();

  for (const r of rowsWithData.slice(header.index + 1)) {
    const txnCell = at(r, 'txnId');
    // Only without a transaction id and without a date or an amount: a real transaction missing its id stays an error.
    const bare = isEmpty(at(r, 'date')) || (isEmpty(at(r, 'credit')) && isEmpty(at(r, 'signed')));
    if (isEmpty(txnCell) && bare && r.cells.some((c) => typeof c === 'string' && SUMMARY.test(foldVietnamese(c)))) {
      out.ignored.push({ row: r.row, reason: 'Dòng số dư/tổng cộng, không phải giao dịch.' });
      continue;
    }
    const err = (field: StatementError['field'], message: string) => out.errors.push({ row: r.row, field, message });

    // Money in or out first: a debit line is ignored whatever else it holds.
    const credit = parseStatementAmount(at(r, 'credit'));
    const signed = parseStatementAmount(at(r, 'signed'));
    const debit = parseStatementAmount(at(r, 'debit'));
    let amount: number | undefined;
    if (credit === null) {
      err('amount', `Không đọc được số tiền ghi có "${textOf(at(r, 'credit'))}" (ví dụ 1.000.000).`);
      continue;
    } else if (credit !== undefined && credit !== 0) amount = credit;
    else if (signed === null) {
      err('amount', `Không đọc được số tiền "${textOf(at(r, 'signed'))}" (ví dụ 1.000.000).`);
      continue;
    } else if (signed !== undefined && signed !== 0) amount = signed;
    else if (debit === null) {
      err('amount', `Không đọc được số tiền ghi nợ "${textOf(at(r, 'debit'))}".`);
      continue;
    } else if (debit !== undefined && debit !== 0) amount = -Math.abs(debit);
    if (amount === undefined) {
      err('amount', 'Dòng không có số tiền ghi có.');
      continue;
    }
    if (amount < 0) {
      out.ignored.push({ row: r.row, reason: 'Giao dịch ghi nợ (tiền ra), không nhập.' });
      continue;
    }
    const before = out.errors.length;
    if (amount > MAX_AMOUNT) err('amount', 'Số tiền vượt quá 10.000 tỷ đồng.');

    const txnId = typeof txnCell === 'number' ? String(txnCell) : textOf(txnCell);
    if (!txnId || txnCell instanceof Date) err('txnId', 'Thiếu mã giao dịch của ngân hàng.');
    else if (txnId.length > MAX_TXN_ID) err('txnId', `Mã giao dịch tối đa ${MAX_TXN_ID} ký tự.`);
    else if (seen.has(txnId)) err('txnId', `Mã giao dịch ${txnId} trùng với dòng ${seen.get(txnId)}.`);

    const date = parseStatementDate(at(r, 'date'));
    if (!date) err('date', `Không đọc được ngày "${textOf(at(r, 'date'))}" (dạng 26/03/2023 hoặc 2023-03-26).`);
    else if (limit && date > limit) err('date', 'Ngày giao dịch sau hôm nay.');

    const description = textOf(at(r, 'description')).replace(/\s+/g, ' ');
    if (description.length > MAX_DESCRIPTION) err('description', `Nội dung tối đa ${MAX_DESCRIPTION} ký tự.`);
    const payerName = textOf(at(r, 'payer')).replace(/\s+/g, ' ') || null;
    if (payerName && payerName.length > MAX_PAYER) err('payerName', `Tên người chuyển tối đa ${MAX_PAYER} ký tự.`);

    if (out.errors.length > before || !date) continue;
    seen.set(txnId, r.row);
    out.rows.push({ row: r.row, txnId, date, amount, description, payerName });
  }
  return out;
}

/** RFC 4180 CSV: quoted fields may hold the separator, doubled quotes and line breaks; rows keep their first line's number. */
export function parseCsv(text: string, separator: string): GridRow[] {
  const rows: GridRow[] = [];
  let cells: Cell[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let line = 1;
  let start = 1;
  const endField = () => {
    const v = field.trim();
    cells.push(v === '' ? null : v);
    field = '';
    quoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '' && !quoted) {
      inQuotes = true;
      quoted = true;
      field = '';
    } else if (ch === separator) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push({ row: start, cells });
      cells = [];
      line++;
      start = line;
    } else field += ch;
  }
  if (inQuotes) throw new StatementFileError(`Tệp CSV có dấu ngoặc kép (") mở ở dòng ${start} mà không đóng.`);
  if (field !== '' || quoted || cells.length) {
    endField();
    rows.push({ row: start, cells });
  }
  return rows;
}

function decodeText(bytes: Uint8Array): string {
  try {
    // UTF-16 with a BOM is what Excel's "Unicode text" saves; everything else must be UTF-8 (its BOM is dropped).
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new StatementFileError('Tệp CSV phải mã hóa UTF-8 (khi lưu từ Excel chọn "CSV UTF-8").');
  }
}

/** Comma, semicolon (Excel in Vietnamese locale) or tab: the one whose header row names the most columns. */
function readCsv(bytes: Uint8Array, today?: string): ParsedStatement {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw new StatementFileError('Tệp không phải CSV hay Excel .xlsx đọc được.');
  let best: { grid: GridRow[]; score: number } | null = null;
  for (const sep of [',', ';', '\t']) {
    if (!text.includes(sep)) continue;
    const grid = parseCsv(text, sep);
    const header = findHeader(grid.filter((r) => r.cells.some((c) => !isEmpty(c))));
    const score = header ? Object.keys(header.cols).length : 0;
    if (score > (best?.score ?? 0)) best = { grid, score };
  }
  return readStatementGrid(best?.grid ?? [], today);
}

function cellOf(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v)
    return 'result' in v && v.result !== undefined ? cellOf(v.result as ExcelJS.CellValue) : null;
  if ('hyperlink' in v) return cellOf(v.text as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return null;
}

async function readXlsx(bytes: Uint8Array, today?: string): Promise<ParsedStatement> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new StatementFileError('Tệp không phải Excel .xlsx đọc được.');
  }
  let firstError: StatementFileError | null = null;
  // The statement is on the first sheet that has a header row; banks sometimes put a cover sheet first.
  for (const ws of wb.worksheets) {
    const grid: GridRow[] = [];
    ws.eachRow((row, n) => {
      grid.push({ row: n, cells: Array.from({ length: row.cellCount }, (_, i) => cellOf(row.getCell(i + 1).value)) });
    });
    try {
      return readStatementGrid(grid, today);
    } catch (e) {
      if (!(e instanceof StatementFileError)) throw e;
      firstError ??= e;
    }
  }
  throw firstError ?? new StatementFileError('Tệp Excel không có trang tính nào.');
}

/** A statement file by its content (a zip is .xlsx), falling back to the name only for the message. */
export async function parseBankStatement(
  data: ArrayBuffer | Uint8Array,
  fileName = '',
  today?: string,
): Promise<ParsedStatement> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new StatementFileError('Tệp rỗng.');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return readXlsx(bytes, today);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new StatementFileError(
      'Tệp .xls (Excel 97–2003) chưa đọc được: mở bằng Excel và lưu thành .xlsx hoặc CSV UTF-8.',
    );
  }
  if (/\.xlsx$/i.test(fileName)) throw new StatementFileError('Tệp không phải Excel .xlsx đọc được.');
  return readCsv(bytes, today);
}

/** Every drive code that stands as a whole word in the transfer text, compared folded and upper-cased. */
export function findDriveCodes(description: string, codes: readonly string[]): string[] {
  const text = foldVietnamese(description).toUpperCase();
  const found: string[] = [];
  const seen = new Set<string>();
  for (const code of codes) {
    const key = foldVietnamese(code).toUpperCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Letters and digits around the code would make it another word: VNN20261 is not VNN2026.
    if (new RegExp(`(?:^|[^A-Z0-9])${escaped}(?![A-Z0-9])`).test(text)) found.push(code);
  }
  return found;
}

/** The one drive code in the transfer text, or null when there is none or more than one (a person decides). */
export function matchDriveCode(description: string, codes: readonly string[]): string | null {
  const found = findDriveCodes(description, codes);
  return found.length === 1 ? (found[0] ?? null) : null;
}
