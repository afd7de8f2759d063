import {
  cellText,
  FORMULA,
  headerAliases,
  isEmptyCell,
  type MarkedCell,
  readTable,
  SheetFileError,
  type SheetRow,
  type Table,
  type TableSpec,
} from '../../files/read-sheet';
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
import { type Progress, progressTicker, requestProgress } from '../../core/progress';
import type { HouseholdCategory } from './schema';

/**
 * Reading a household list (.xlsx or CSV UTF-8) into checked rows. Only the shape of each row is
 * checked here (names, numbers, year, category); villages, duplicates and the registry are checked
 * against the database by the caller. Row numbers are those the person sees in Excel (or the CSV
 * line), and every error names its row and field.
 */

export const MAX_DATA_ROWS = 20_000;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

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

/** The header row is among the first 10 non-empty rows and names the village and the head's name. */
const LIST: TableSpec<ImportField> = {
  aliases: headerAliases(TEMPLATE_HEADERS, ALIASES),
  isHeader: (cols) => cols.villageId !== undefined && cols.headName !== undefined,
  scan: 10,
  noHeader: `Không tìm thấy dòng tiêu đề có cột "${TEMPLATE_HEADERS.villageId}" và "${TEMPLATE_HEADERS.headName}" (tải tệp mẫu để điền đúng cột).`,
  maxDataRows: MAX_DATA_ROWS,
  formulas: 'mark',
};

type Cell = MarkedCell;
type GridRow = SheetRow<MarkedCell>;
type Columns = Table<ImportField>['cols'];
const isEmpty = isEmptyCell;

const text = cellText;

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

/** The data rows under the header (fully empty rows skipped), checked one by one. */
async function readRows(table: Table<ImportField, MarkedCell>, progress: Progress): Promise<ParsedFile> {
  if (table.rows.length === 0) throw new HouseholdFileError('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');
  const out: ParsedFile = { sheet: table.sheet, headerRow: table.headerRow, rows: [], errors: [] };
  const tick = progressTicker(progress, 'checking', table.rows.length);
  for (const [i, r] of table.rows.entries()) {
    await tick(i);
    const row = readRow(r, table.cols, out.errors);
    if (row) out.rows.push(row);
  }
  return out;
}

/** A household list (.xlsx or CSV, see files/read-sheet). */
export async function parseHouseholdFile(
  data: ArrayBuffer | Uint8Array,
  fileName = '',
  progress: Progress = requestProgress,
): Promise<ParsedFile> {
  let table: Table<ImportField, MarkedCell>;
  try {
    await progress.report({ stage: 'reading', done: 0, total: 0 });
    table = await readTable(data, fileName, LIST);
  } catch (e) {
    throw e instanceof SheetFileError ? new HouseholdFileError(e.message) : e;
  }
  return readRows(table, progress);
}
