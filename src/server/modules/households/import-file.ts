import ExcelJS from 'exceljs';
import { foldVietnamese } from '../../../lib/vi-text';
import { parseCsv } from '../funds/bank-statement';
import {
  ADDRESS_MAX,
  DECISION_MAX,
  HEAD_NAME_MAX,
  MIN_YEAR,
  maxYear,
  normaliseName,
  parseCategory,
  PHONE_RE,
} from './fields';
import type { HouseholdCategory } from './schema';

/**
 * Reading a household list (.xlsx or CSV UTF-8) into checked rows. Only the shape of each row is
 * checked here (names, numbers, year, category); villages, duplicates and the registry are checked
 * against the database by the caller. Row numbers are those the person sees in Excel (or the CSV
 * line), and every error names its row and field.
 */

export const MAX_DATA_ROWS = 20_000;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const HEADER_SCAN = 10;

export type ImportField =
  | 'villageId'
  | 'headName'
  | 'address'
  | 'members'
  | 'phone'
  | 'year'
  | 'category'
  | 'decisionRef';
export type RowError = { row: number; field: ImportField | 'file'; message: string };
export type ImportRow = {
  row: number;
  village: string;
  headName: string;
  address: string | null;
  members: number | null;
  phone: string | null;
  year: number | null;
  categories: HouseholdCategory[];
  decisionRef: string | null;
};
export type ParsedFile = { sheet: string | null; headerRow: number; rows: ImportRow[]; errors: RowError[] };

/** The file as a whole cannot be used (not a spreadsheet, no header row, too many rows): nothing to blame a row for. */
export class HouseholdFileError extends Error {
  override name = 'HouseholdFileError';
}

/** The template's headers, in order; the aliases below also accept common variants and English. */
export const TEMPLATE_HEADERS: Record<ImportField, string> = {
  villageId: 'Thôn/tổ dân phố',
  headName: 'Họ tên chủ hộ',
  address: 'Địa chỉ',
  members: 'Số nhân khẩu',
  phone: 'Điện thoại',
  year: 'Năm',
  category: 'Diện hộ',
  decisionRef: 'Số quyết định',
};
export const IMPORT_FIELDS = Object.keys(TEMPLATE_HEADERS) as ImportField[];

const ALIASES: Record<ImportField, string[]> = {
  villageId: [
    'thon/to dan pho',
    'thon to dan pho',
    'thon',
    'to dan pho',
    'thon/to',
    'khu dan cu',
    'ap',
    'ban',
    'thon/ap',
    'village',
  ],
  headName: ['ho ten chu ho', 'ho va ten chu ho', 'chu ho', 'ten chu ho', 'ho ten', 'head name', 'head of household'],
  address: ['dia chi', 'address'],
  members: ['so nhan khau', 'nhan khau', 'so khau', 'so thanh vien', 'so nguoi', 'members'],
  phone: ['dien thoai', 'so dien thoai', 'sdt', 'phone'],
  year: ['nam', 'year', 'nam xet'],
  category: ['dien ho', 'dien', 'phan loai', 'phan loai ho', 'category', 'categories'],
  decisionRef: ['so quyet dinh', 'quyet dinh', 'so qd', 'qd', 'can cu', 'decision', 'decision ref'],
};

const headerKey = (s: string) =>
  foldVietnamese(s.replace(/\([^)]*\)/g, ' '))
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
const ALIAS_KEYS = Object.fromEntries(
  IMPORT_FIELDS.map((f) => [f, [headerKey(TEMPLATE_HEADERS[f]), ...ALIASES[f].map(headerKey)]]),
) as Record<ImportField, string[]>;

/** A cell that holds a formula: refused, its value could change or hide what is imported. */
const FORMULA = Symbol('formula');
type Cell = string | number | Date | null | typeof FORMULA;
type GridRow = { row: number; cells: Cell[] };
type Columns = Partial<Record<ImportField, number>>;

const isEmpty = (c: Cell | undefined) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

function columnsOf(cells: Cell[]): Columns {
  const cols: Columns = {};
  cells.forEach((cell, i) => {
    if (typeof cell !== 'string') return;
    const key = headerKey(cell);
    if (!key) return;
    for (const f of IMPORT_FIELDS) if (cols[f] === undefined && ALIAS_KEYS[f].includes(key)) cols[f] = i;
  });
  return cols;
}

/** Among the first non-empty rows, the one naming the village and the head's name (and the most other columns). */
function findHeader(grid: GridRow[]): { index: number; cols: Columns } | null {
  let best: { index: number; cols: Columns; score: number } | null = null;
  let seen = 0;
  for (let i = 0; i < grid.length && seen < HEADER_SCAN; i++) {
    const r = grid[i];
    if (!r || r.cells.every(isEmpty)) continue;
    seen++;
    const cols = columnsOf(r.cells);
    if (cols.villageId === undefined || cols.headName === undefined) continue;
    const score = Object.keys(cols).length;
    if (!best || score > best.score) best = { index: i, cols, score };
  }
  return best;
}

const text = (c: Cell | undefined): string =>
  c === null || c === undefined || c === FORMULA
    ? ''
    : c instanceof Date
      ? c.toISOString().slice(0, 10)
      : String(c).trim();

function intOf(c: Cell | undefined): number | null | undefined {
  if (isEmpty(c)) return undefined;
  if (typeof c === 'number') return Number.isInteger(c) ? c : null;
  if (typeof c !== 'string') return null;
  const s = c.trim();
  return /^\d{1,6}$/.test(s) ? Number(s) : null;
}

/** Checks one data row's cells; returns the row or pushes its errors. */
function readRow(r: GridRow, cols: Columns, errors: RowError[]): ImportRow | null {
  const at = (f: ImportField) => (cols[f] === undefined ? undefined : r.cells[cols[f]]);
  const before = errors.length;
  const err = (field: ImportField, message: string) => errors.push({ row: r.row, field, message });
  for (const f of IMPORT_FIELDS) {
    if (at(f) === FORMULA)
      err(f, `Ô "${TEMPLATE_HEADERS[f]}" chứa công thức; hãy dán giá trị (Dán đặc biệt → Giá trị) rồi nhập lại.`);
  }
  if (errors.length > before) return null;

  const village = normaliseName(text(at('villageId')));
  if (!village) err('villageId', 'Thiếu thôn/tổ dân phố.');
  const headName = normaliseName(text(at('headName')));
  if (!headName) err('headName', 'Thiếu họ tên chủ hộ.');
  else if (headName.length > HEAD_NAME_MAX) err('headName', `Họ tên chủ hộ tối đa ${HEAD_NAME_MAX} ký tự.`);
  const address = normaliseName(text(at('address'))) || null;
  if (address && address.length > ADDRESS_MAX) err('address', `Địa chỉ tối đa ${ADDRESS_MAX} ký tự.`);

  const m = intOf(at('members'));
  if (m === null || (m !== undefined && (m < 1 || m > 100)))
    err('members', `Số nhân khẩu phải là số nguyên từ 1 đến 100 (đang là "${text(at('members'))}").`);

  const phoneCell = at('phone');
  // Excel turns 0912345678 into the number 912345678: put the leading zero back.
  let phone: string | null =
    typeof phoneCell === 'number' && Number.isInteger(phoneCell) ? String(phoneCell) : text(phoneCell) || null;
  if (phone && typeof phoneCell === 'number' && /^[1-9]\d{8,9}$/.test(phone)) phone = `0${phone}`;
  if (phone && !PHONE_RE.test(phone)) err('phone', 'Số điện thoại chỉ gồm chữ số và + ( ) . - (6–20 ký tự).');

  const yearCell = at('year');
  const y = intOf(yearCell instanceof Date ? yearCell.getUTCFullYear() : yearCell);
  const max = maxYear();
  if (y === null || (y !== undefined && (y < MIN_YEAR || y > max)))
    err('year', `Năm phải là số từ ${MIN_YEAR} đến ${max} (đang là "${text(yearCell)}").`);

  const categories: HouseholdCategory[] = [];
  const unknown: string[] = [];
  for (const part of text(at('category')).split(/[,;\n|]+/)) {
    if (!part.trim()) continue;
    const c = parseCategory(part);
    if (c) {
      if (!categories.includes(c)) categories.push(c);
    } else unknown.push(part.trim());
  }
  if (unknown.length)
    err(
      'category',
      `Diện hộ không có trong danh mục: "${unknown.join('", "')}" (hộ nghèo, cận nghèo, gia đình chính sách, hoàn cảnh khó khăn, người cao tuổi cô đơn, người khuyết tật, khác).`,
    );
  else if (categories.length && y === undefined) err('year', 'Có diện hộ thì phải có năm.');
  else if (!categories.length && y !== undefined && y !== null)
    err('category', 'Có năm thì phải có diện hộ của năm đó.');

  const decisionRef = text(at('decisionRef')) || null;
  if (decisionRef && decisionRef.length > DECISION_MAX)
    err('decisionRef', `Số quyết định tối đa ${DECISION_MAX} ký tự.`);

  if (errors.length > before) return null;
  return {
    row: r.row,
    village,
    headName,
    address,
    members: m ?? null,
    phone,
    year: y ?? null,
    categories,
    decisionRef,
  };
}

/** The data rows under the header: fully empty rows are skipped; more than MAX_DATA_ROWS is refused. */
function readGrid(grid: GridRow[], sheet: string | null): ParsedFile {
  const header = findHeader(grid);
  if (!header) {
    throw new HouseholdFileError(
      `Không tìm thấy dòng tiêu đề có cột "${TEMPLATE_HEADERS.villageId}" và "${TEMPLATE_HEADERS.headName}" (tải tệp mẫu để điền đúng cột).`,
    );
  }
  const out: ParsedFile = { sheet, headerRow: grid[header.index]?.row ?? 1, rows: [], errors: [] };
  let dataRows = 0;
  for (let i = header.index + 1; i < grid.length; i++) {
    const r = grid[i] as GridRow;
    if (r.cells.every(isEmpty)) continue;
    if (++dataRows > MAX_DATA_ROWS)
      throw new HouseholdFileError(
        `Tệp có hơn ${MAX_DATA_ROWS.toLocaleString('vi-VN')} dòng dữ liệu; hãy chia thành nhiều tệp.`,
      );
    const row = readRow(r, header.cols, out.errors);
    if (row) out.rows.push(row);
  }
  if (dataRows === 0) throw new HouseholdFileError('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');
  return out;
}

function cellOf(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v !== 'object') return null;
  if ('formula' in v || 'sharedFormula' in v) return FORMULA;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : null;
  if ('error' in v) return String(v.error);
  return null;
}

/** Too many non-empty rows in one sheet: stop reading at once (a sentinel, caught below). */
class TooManyRows extends Error {}

async function readXlsx(bytes: Uint8Array): Promise<ParsedFile> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new HouseholdFileError('Tệp không phải Excel .xlsx đọc được.');
  }
  let firstError: HouseholdFileError | null = null;
  // The list is on the first sheet that has the header row (a guide sheet may come first).
  for (const ws of wb.worksheets) {
    const grid: GridRow[] = [];
    try {
      ws.eachRow((row, n) => {
        const cells = Array.from({ length: row.cellCount }, (_, i) => cellOf(row.getCell(i + 1)));
        if (cells.every(isEmpty)) return;
        grid.push({ row: n, cells });
        if (grid.length > MAX_DATA_ROWS + HEADER_SCAN + 1) throw new TooManyRows();
      });
    } catch (e) {
      if (e instanceof TooManyRows)
        throw new HouseholdFileError(
          `Tệp có hơn ${MAX_DATA_ROWS.toLocaleString('vi-VN')} dòng dữ liệu; hãy chia thành nhiều tệp.`,
        );
      throw e;
    }
    try {
      return readGrid(grid, ws.name);
    } catch (e) {
      if (!(e instanceof HouseholdFileError)) throw e;
      // A sheet with the header but bad content is the answer; a sheet without one, try the next.
      if (findHeader(grid)) throw e;
      firstError ??= e;
    }
  }
  throw firstError ?? new HouseholdFileError('Tệp Excel không có trang tính nào.');
}

function readCsv(bytes: Uint8Array): ParsedFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a UTF-8 BOM
  } catch {
    throw new HouseholdFileError(
      'Tệp không phải Excel .xlsx hay CSV mã hóa UTF-8 (khi lưu từ Excel chọn "CSV UTF-8").',
    );
  }
  if (text.includes('\u0000')) throw new HouseholdFileError('Tệp không phải Excel .xlsx hay CSV đọc được.');
  let best: { grid: GridRow[]; score: number } | null = null;
  for (const sep of [',', ';', '\t']) {
    if (!text.includes(sep)) continue;
    let grid: GridRow[];
    try {
      grid = parseCsv(text, sep) as GridRow[];
    } catch (e) {
      throw new HouseholdFileError((e as Error).message);
    }
    const header = findHeader(grid);
    const score = header ? Object.keys(header.cols).length : 0;
    if (score > (best?.score ?? 0)) best = { grid, score };
  }
  return readGrid(best?.grid ?? [], null);
}

/** A household list by its content (a zip is .xlsx; otherwise CSV UTF-8). */
export async function parseHouseholdFile(data: ArrayBuffer | Uint8Array, fileName = ''): Promise<ParsedFile> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new HouseholdFileError('Tệp rỗng.');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return readXlsx(bytes);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new HouseholdFileError(
      'Tệp .xls (Excel 97–2003) chưa đọc được: mở bằng Excel và lưu thành .xlsx hoặc CSV UTF-8.',
    );
  }
  if (/\.xlsx$/i.test(fileName)) throw new HouseholdFileError('Tệp không phải Excel .xlsx đọc được.');
  return readCsv(bytes);
}
