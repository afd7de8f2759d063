import {
  cellText,
  FORMULA,
  headerAliases,
  isEmptyCell,
  type MarkedCell,
  readTable,
  SheetFileError,
  type SheetRow,
  type TableSpec,
} from '../../files/read-sheet';
import { type Progress, progressTicker, requestProgress } from '../../core/progress';
import { hasForbiddenChars, hasSpoofingChars } from '../../http/fields';

/**
 * Reading an organisation's member list (.xlsx or CSV UTF-8) into checked rows. Only the shape of each row is checked
 * here; villages, branches, people already known and open memberships are matched by the caller. Row numbers are
 * the ones the person sees in Excel, and every error names its row and field.
 */
export const MAX_MEMBER_ROWS = 20_000;

export type MemberField =
  | 'fullName'
  | 'birthYear'
  | 'sex'
  | 'village'
  | 'branch'
  | 'joinedOn'
  | 'cardNo'
  | 'duesCategory'
  | 'phone';
export type MemberRowError = { row: number; field: MemberField | 'file'; message: string };
export type MemberRow = {
  row: number;
  fullName: string;
  birthYear: number | null;
  sex: 'male' | 'female' | null;
  village: string;
  branch: string | null;
  joinedOn: string;
  cardNo: string | null;
  duesCategory: string | null;
  phone: string | null;
};

export const MEMBER_HEADERS: Record<MemberField, string> = {
  fullName: 'Họ tên',
  birthYear: 'Năm sinh',
  sex: 'Giới tính',
  village: 'Thôn/tổ dân phố',
  branch: 'Chi hội',
  joinedOn: 'Ngày vào',
  cardNo: 'Số thẻ',
  duesCategory: 'Loại (đóng phí)',
  phone: 'Điện thoại',
};
const FIELDS = Object.keys(MEMBER_HEADERS) as MemberField[];
const ALIASES: Record<MemberField, string[]> = {
  fullName: ['ho ten', 'ho va ten', 'ten hoi vien', 'ten doan vien', 'full name'],
  birthYear: ['nam sinh', 'sinh nam', 'ngay sinh', 'birth year'],
  sex: ['gioi tinh', 'gioi', 'nam/nu', 'sex'],
  village: ['thon/to dan pho', 'thon to dan pho', 'thon', 'to dan pho', 'ap', 'ban', 'village'],
  branch: ['chi hoi', 'chi doan', 'to cong doan', 'chi hoi/chi doan', 'branch'],
  joinedOn: ['ngay vao', 'ngay vao hoi', 'ngay ket nap', 'ngay vao doan', 'joined'],
  cardNo: ['so the', 'so the hoi vien', 'so the doan vien', 'card'],
  duesCategory: ['loai (dong phi)', 'loai dong phi', 'loai hoi vien', 'doi tuong', 'category'],
  phone: ['dien thoai', 'so dien thoai', 'sdt', 'phone'],
};

const SPEC: TableSpec<MemberField> = {
  aliases: headerAliases(MEMBER_HEADERS, ALIASES),
  isHeader: (c) => c.fullName !== undefined && c.village !== undefined,
  scan: 10,
  noHeader: `Không tìm thấy dòng tiêu đề có cột "${MEMBER_HEADERS.fullName}" và "${MEMBER_HEADERS.village}" (tải tệp mẫu để điền đúng cột).`,
  maxDataRows: MAX_MEMBER_ROWS,
  formulas: 'mark',
};

export class MemberFileError extends Error {
  override name = 'MemberFileError';
}

const text = cellText;

/** 15/01/2017, 5/1/2017, 2017-01-15 or an Excel date → '2017-01-15'; null when it is not a real date after 1900. */
export function readDate(c: MarkedCell | undefined): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  const s = text(c);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s) ?? null;
  const iso = m
    ? `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`
    : /^\d{4}-\d{2}-\d{2}$/.test(s)
      ? s
      : null;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  const year = Number(iso.slice(0, 4));
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso && year >= 1900 ? iso : null;
}

function readRow(
  r: SheetRow<MarkedCell>,
  cols: Partial<Record<MemberField, number>>,
  errors: MemberRowError[],
  thisYear: number,
) {
  const at = (f: MemberField) => (cols[f] === undefined ? undefined : r.cells[cols[f] as number]);
  const before = errors.length;
  const err = (field: MemberField, message: string) => errors.push({ row: r.row, field, message });
  for (const f of FIELDS)
    if (at(f) === FORMULA) err(f, `Ô "${MEMBER_HEADERS[f]}" chứa công thức; hãy dán giá trị rồi nhập lại.`);
  if (errors.length > before) return null;
  const value = (f: MemberField, max: number) => {
    const v = text(at(f)).normalize('NFC');
    if (v.length > max) err(f, `${MEMBER_HEADERS[f]} tối đa ${max} ký tự.`);
    else if (hasForbiddenChars(v) || hasSpoofingChars(v))
      err(f, `${MEMBER_HEADERS[f]} có ký tự không gõ được từ bàn phím.`);
    return v;
  };
  const fullName = value('fullName', 200);
  if (!fullName) err('fullName', 'Nhập họ tên.');
  const village = value('village', 200);
  if (!village) err('village', 'Nhập thôn, tổ dân phố.');
  const yearText = text(at('birthYear'));
  const yearCell = at('birthYear');
  const birthYear =
    yearCell instanceof Date
      ? yearCell.getUTCFullYear()
      : yearText === ''
        ? null
        : /^\d{4}$/.test(yearText)
          ? Number(yearText)
          : Number.NaN;
  if (birthYear !== null && (Number.isNaN(birthYear) || birthYear < 1900 || birthYear > thisYear))
    err('birthYear', `Năm sinh là số có 4 chữ số, từ 1900 đến ${thisYear}.`);
  const sexText = value('sex', 10).toLowerCase();
  const sex: MemberRow['sex'] | undefined =
    sexText === ''
      ? null
      : ['nam', 'male', 'm'].includes(sexText)
        ? 'male'
        : ['nữ', 'nu', 'female', 'f'].includes(sexText)
          ? 'female'
          : undefined;
  if (sex === undefined) err('sex', 'Giới tính ghi Nam hoặc Nữ.');
  const joinedOn = readDate(at('joinedOn'));
  if (!joinedOn) err('joinedOn', 'Ngày vào là ngày có thật, dạng 15/01/2017.');
  const branch = value('branch', 200) || null;
  const cardNo = value('cardNo', 50) || null;
  const duesCategory = value('duesCategory', 50) || null;
  const phone = value('phone', 20) || null;
  if (phone && !/^[0-9+() .-]{6,20}$/.test(phone))
    err('phone', 'Số điện thoại chỉ gồm chữ số và + ( ) . - (6–20 ký tự).');
  if (errors.length > before) return null;
  return {
    row: r.row,
    fullName,
    birthYear,
    sex: sex ?? null,
    village,
    branch,
    joinedOn: joinedOn as string,
    cardNo,
    duesCategory,
    phone,
  };
}

export async function parseMemberFile(
  data: ArrayBuffer,
  fileName: string,
  thisYear = new Date().getUTCFullYear(),
  progress: Progress = requestProgress,
) {
  let table: Awaited<ReturnType<typeof readTable<MemberField>>>;
  try {
    await progress.report({ stage: 'reading', done: 0, total: 0 });
    table = await readTable(data, fileName, SPEC);
  } catch (e) {
    if (e instanceof SheetFileError) throw new MemberFileError(e.message);
    throw e;
  }
  const errors: MemberRowError[] = [];
  const rows: MemberRow[] = [];
  if (table.cols.joinedOn === undefined)
    throw new MemberFileError(`Thiếu cột "${MEMBER_HEADERS.joinedOn}" (tải tệp mẫu để điền đúng cột).`);
  const tick = progressTicker(progress, 'checking', table.rows.length);
  for (const [i, r] of table.rows.entries()) {
    await tick(i);
    if (r.cells.every(isEmptyCell)) continue;
    const row = readRow(r, table.cols, errors, thisYear);
    if (row) rows.push(row);
  }
  return { rows, errors };
}
