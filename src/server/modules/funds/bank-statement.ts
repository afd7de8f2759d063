import { foldVietnamese } from '../../../lib/vi-text';
import {
  type Cell,
  isEmptyCell,
  locateTable,
  SheetFileError,
  type SheetRow,
  type Table,
  type TableSpec,
} from '../../files/read-sheet';
import { PROGRESS_EVERY, type Progress, requestProgress } from '../../core/progress';
import { MAX_AMOUNT } from '../../http/amount-limit';
import { streamTable } from '../../files/stream-sheet';
import { maskAccount } from './account-mask';
import { readTransferText } from './transfer-text';

/**
 * Bank statements as the banks export them (.xlsx or .csv): a few title lines, a header row in
 * Vietnamese or English, then one line per transaction. Only credits (money in) are read; debits and
 * total/balance lines are reported as ignored, and a line that cannot be read is an error naming its
 * row, so nothing is dropped without the person seeing it.
 */

export type StatementRow = {
  /** Spreadsheet row or CSV line number, as the person sees it in Excel or a text editor. */
  row: number;
  /** The bank's reference: the statement's column, else the one in the transfer text. */
  txnId: string;
  date: string;
  /** Integer đồng, > 0 (credits only). */
  amount: number;
  description: string;
  payerName: string | null;
  /** The payer's account as the statement masks it (from the transfer text), or null. */
  payerAccount: string | null;
  /** The transfer says the donor wants no name shown ("ủng hộ ẩn danh"). */
  anonymous: boolean;
};
/** A credit line that cannot be stored: one per row, the first field at fault, every reason in the message. */
export type StatementError = {
  row: number;
  field: 'txnId' | 'date' | 'amount' | 'description' | 'payerName';
  message: string;
  /** The credit it holds when that much was readable (the summary's amounts add up), else null. */
  amount: number | null;
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
const ALIASES: Record<Field, readonly string[]> = {
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

/** The header row is among the first 15 non-empty rows and names a date and an amount column at least. */
const STATEMENT: TableSpec<Field> = {
  aliases: ALIASES,
  // A "Số tiền" column only counts as signed when there is no credit column beside it.
  adjust: (cols) => {
    if (cols.credit !== undefined) delete cols.signed;
    return cols;
  },
  isHeader: (cols) => cols.date !== undefined && (cols.credit !== undefined || cols.signed !== undefined),
  missing: (cols) => {
    const missing: string[] = [];
    if (cols.description === undefined) missing.push('nội dung ("Nội dung", "Diễn giải", "Description")');
    return missing.length ? `Dòng tiêu đề thiếu cột ${missing.join(' và cột ')}.` : null;
  },
  scan: 15,
  noHeader:
    'Không tìm thấy dòng tiêu đề trong 15 dòng đầu: cần ít nhất cột ngày ("Ngày giao dịch", "Date") và cột số tiền ("Số tiền ghi có", "Credit", "Số tiền").',
};

/** The shared reader's complaint about the file, as this module's error. */
function statementError(e: unknown): unknown {
  return e instanceof SheetFileError ? new StatementFileError(e.message) : e;
}

const isEmpty = isEmptyCell;
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
  // The common case first: plain digits.
  if (/^\d{1,15}$/.test(c)) return Number(c);
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

/** A time after the day, as banks print it (made once: a statement has 100,000 dates). */
const TIME = String.raw`(?:[ T,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AP]M)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const DMY = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})${TIME}$`, 'i');
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, 'i');

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
  const dmy = DMY.exec(s);
  if (dmy) {
    const y = Number(dmy[3]);
    return isoDate(y < 100 ? 2000 + y : y, Number(dmy[2]), Number(dmy[1]));
  }
  const ymd = YMD.exec(s);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}

/** A summary line of the statement (opening/closing balance, totals), not a transaction. */
const SUMMARY =
  /^(tong cong|tong so|tong phat sinh|tong ghi|tong tien|total|so du|opening|closing|ending balance|balance|cong phat sinh|phat sinh trong ky|doanh so)\b/;

const MAX_TXN_ID = 100;
const MAX_DESCRIPTION = 2000;
const MAX_PAYER = 200;

/** Reads transaction rows one at a time (a caller may pause between two), into `out`. */
function statementReader(cols: Partial<Record<Field, number>>, headerRow: number, today?: string) {
  const limit = today
    ? new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)) + 1))
        .toISOString()
        .slice(0, 10)
    : null;
  const at = (r: SheetRow, f: Field) => (cols[f] === undefined ? undefined : r.cells[cols[f]]);
  const out: ParsedStatement = { headerRow, rows: [], ignored: [], errors: [] };

  const read = (r: SheetRow) => {
    const txnCell = at(r, 'txnId');
    // Only without a transaction id and without a date or an amount: a real transaction missing its id stays an error.
    const bare = isEmpty(at(r, 'date')) || (isEmpty(at(r, 'credit')) && isEmpty(at(r, 'signed')));
    if (isEmpty(txnCell) && bare && r.cells.some((c) => typeof c === 'string' && SUMMARY.test(foldVietnamese(c)))) {
      out.ignored.push({ row: r.row, reason: 'Dòng số dư/tổng cộng, không phải giao dịch.' });
      return;
    }
    const faults: { field: StatementError['field']; message: string }[] = [];
    const err = (field: StatementError['field'], message: string) => faults.push({ field, message });
    const fail = (amount: number | null) => {
      const [first] = faults;
      if (first)
        out.errors.push({ row: r.row, field: first.field, message: faults.map((f) => f.message).join(' '), amount });
    };

    // Money in or out first: a debit line is ignored whatever else it holds.
    const credit = parseStatementAmount(at(r, 'credit'));
    const signed = parseStatementAmount(at(r, 'signed'));
    const debit = parseStatementAmount(at(r, 'debit'));
    let amount: number | undefined;
    if (credit === null) err('amount', `Không đọc được số tiền ghi có "${textOf(at(r, 'credit'))}" (ví dụ 1.000.000).`);
    else if (credit !== undefined && credit !== 0) amount = credit;
    else if (signed === null) err('amount', `Không đọc được số tiền "${textOf(at(r, 'signed'))}" (ví dụ 1.000.000).`);
    else if (signed !== undefined && signed !== 0) amount = signed;
    else if (debit === null) err('amount', `Không đọc được số tiền ghi nợ "${textOf(at(r, 'debit'))}".`);
    else if (debit !== undefined && debit !== 0) amount = -Math.abs(debit);
    else err('amount', 'Dòng không có số tiền ghi có.');
    if (amount === undefined) return fail(null);
    if (amount < 0) {
      out.ignored.push({ row: r.row, reason: 'Giao dịch ghi nợ (tiền ra), không nhập.' });
      return;
    }
    if (amount > MAX_AMOUNT) err('amount', 'Số tiền vượt quá 10.000 tỷ đồng.');

    const description = textOf(at(r, 'description')).replace(/\s+/g, ' ');
    if (description.length > MAX_DESCRIPTION) err('description', `Nội dung tối đa ${MAX_DESCRIPTION} ký tự.`);
    const text = readTransferText(description);
    const fromColumn = typeof txnCell === 'number' ? String(txnCell) : textOf(txnCell);
    const txnId = txnCell instanceof Date ? '' : fromColumn || text.bankRef || '';
    if (!txnId) err('txnId', 'Thiếu mã giao dịch của ngân hàng (không có cột mã giao dịch, nội dung cũng không ghi).');
    else if (txnId.length > MAX_TXN_ID) err('txnId', `Mã giao dịch tối đa ${MAX_TXN_ID} ký tự.`);

    const date = parseStatementDate(at(r, 'date'));
    if (!date) err('date', `Không đọc được ngày "${textOf(at(r, 'date'))}" (dạng 26/03/2023 hoặc 2023-03-26).`);
    else if (limit && date > limit) err('date', 'Ngày giao dịch sau hôm nay.');

    const payerName = textOf(at(r, 'payer')).replace(/\s+/g, ' ') || text.payerName || null;
    if (payerName && payerName.length > MAX_PAYER) err('payerName', `Tên người chuyển tối đa ${MAX_PAYER} ký tự.`);

    if (faults.length || !date) return fail(amount > MAX_AMOUNT ? null : amount);
    out.rows.push({
      row: r.row,
      txnId,
      date,
      amount,
      description,
      payerName,
      payerAccount: text.payerAccount ? maskAccount(text.payerAccount) : null,
      anonymous: text.anonymous,
    });
  };
  return { out, read };
}

/** Reads the transaction rows under the header; today bounds dates ('YYYY-MM-DD', a day of clock skew allowed). */
export function readStatementGrid(grid: SheetRow[], today?: string): ParsedStatement {
  let table: Table<Field>;
  try {
    table = locateTable(grid, STATEMENT);
  } catch (e) {
    throw statementError(e);
  }
  const reader = statementReader(table.cols, table.headerRow, today);
  for (const r of table.rows) reader.read(r);
  return reader.out;
}

/** More credit lines than this in one file are refused (the largest statement is 500,000 rows). */
export const MAX_STATEMENT_ROWS = 500_000;

/**
 * A statement file (.xlsx or CSV), read as a stream (files/stream-sheet.ts); today bounds dates as in
 * readStatementGrid. Progress: `reading`, done/total in bytes of the file, with a turn of the event loop every
 * PROGRESS_EVERY rows.
 */
export async function parseBankStatement(
  data: ArrayBuffer | Uint8Array,
  fileName = '',
  today?: string,
  progress: Progress = requestProgress,
  /** Takes the rows read so far at each progress turn (they are then not in the result): a worker sends them on. */
  onRows?: (rows: StatementRow[]) => void,
): Promise<ParsedStatement> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let reader: ReturnType<typeof statementReader> | null = null;
  let seen = 0;
  let bytesDone = 0;
  try {
    await streamTable(bytes, fileName, STATEMENT, {
      onHeader: (t) => {
        reader = statementReader(t.cols, t.headerRow, today);
      },
      onBytes: (done) => {
        bytesDone = done;
      },
      onRow: async (r) => {
        if (++seen > MAX_STATEMENT_ROWS)
          throw new SheetFileError(
            `Tệp có hơn ${MAX_STATEMENT_ROWS.toLocaleString('vi-VN')} dòng dữ liệu; hãy chia thành nhiều tệp.`,
          );
        if (seen % PROGRESS_EVERY === 0) {
          if (onRows && reader) onRows(reader.out.rows.splice(0));
          await progress.report({ stage: 'reading', done: bytesDone, total: bytes.length });
        }
        reader?.read(r);
      },
    });
  } catch (e) {
    throw statementError(e);
  }
  const done = reader as ReturnType<typeof statementReader> | null;
  if (!done) throw new StatementFileError(STATEMENT.noHeader);
  return done.out;
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
