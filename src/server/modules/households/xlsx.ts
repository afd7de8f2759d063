import type ExcelJS from 'exceljs';
import { formatDateTimeVi } from '../../../lib/dates';
import { unitDisplayName } from '../../../lib/units';
import type { Unit } from '../units/schema';
import { categoryLabels } from './fields';
import { IMPORT_FIELDS, TEMPLATE_HEADERS } from './import-file';
import type { HouseholdWithCategories } from './queries';
import { householdCategories } from './schema';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';

export const LIST_SHEET = 'Danh sách hộ';

const WIDTHS: Record<(typeof IMPORT_FIELDS)[number], number> = {
  villageId: 22,
  headName: 28,
  address: 30,
  members: 14,
  phone: 16,
  year: 8,
  category: 30,
  decisionRef: 24,
};

function listSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(LIST_SHEET);
  ws.columns = IMPORT_FIELDS.map((f) => ({ header: TEMPLATE_HEADERS[f], width: WIDTHS[f] }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}

/** The import template: the list sheet with one example row, and a guide sheet with the villages and categories. */
export async function templateXlsx(villages: Unit[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = newWorkbook();
  const ws = listSheet(wb);
  const year = new Date().getUTCFullYear();
  const example = villages[0] ? unitDisplayName(villages[0]) : 'Thôn Một';
  ws.addRow([
    example,
    'Nguyễn Văn An',
    'Xóm 2',
    4,
    '0912345678',
    year,
    categoryLabels.near_poor,
    `15/QĐ-UBND ngày 10/01/${year}`,
  ]);
  ws.getColumn(5).numFmt = '@'; // phone numbers keep their leading zero
  const guide = wb.addWorksheet('Hướng dẫn');
  guide.columns = [{ width: 34 }, { width: 60 }];
  const lines: [string, string][] = [
    ['Cột', 'Cách điền'],
    [
      TEMPLATE_HEADERS.villageId,
      'Tên thôn/tổ dân phố đúng như trong hệ thống (xem danh sách dưới); gõ không dấu cũng được.',
    ],
    [
      TEMPLATE_HEADERS.headName,
      'Bắt buộc. Hộ đã có (cùng họ tên chủ hộ, cùng thôn) sẽ được cập nhật, không tạo hộ mới.',
    ],
    [TEMPLATE_HEADERS.address, 'Không bắt buộc. Ô trống giữ nguyên địa chỉ đã có.'],
    [TEMPLATE_HEADERS.members, 'Không bắt buộc; số nguyên từ 1 đến 100.'],
    [TEMPLATE_HEADERS.phone, 'Không bắt buộc.'],
    [TEMPLATE_HEADERS.year, 'Năm xét diện hộ; bắt buộc khi có diện hộ.'],
    [
      TEMPLATE_HEADERS.category,
      'Một hoặc nhiều diện, cách nhau bằng dấu phẩy hoặc chấm phẩy. Diện của năm này thay cho diện cũ cùng năm.',
    ],
    [TEMPLATE_HEADERS.decisionRef, 'Quyết định công nhận (không bắt buộc).'],
    ['', ''],
    ['Lưu ý', 'Không dùng công thức; tối đa 20.000 dòng, 10 MB. Có dòng sai thì không nhập dòng nào.'],
    ['', ''],
    ['Diện hộ', 'Mã'],
    ...householdCategories.map((c): [string, string] => [categoryLabels[c], c]),
    ['', ''],
    ['Thôn/tổ dân phố', 'Mã'],
    ...villages.map((v): [string, string] => [unitDisplayName(v), v.id]),
  ];
  for (const l of lines) guide.addRow(l);
  for (const n of [1, 13, 15 + householdCategories.length]) guide.getRow(n).font = { bold: true };
  return workbookBytes(wb);
}

/**
 * The registry as a spreadsheet in the template's columns (so it can be edited and imported back):
 * one row per household, with the categories of `year` (or of its latest year), and a last column
 * listing every year. Every text cell is neutralised (workbookBytes).
 */
export async function exportXlsx(
  items: HouseholdWithCategories[],
  opts: { year?: number; actor: string; filter: string },
): Promise<Uint8Array<ArrayBuffer>> {
  const wb = newWorkbook();
  const ws = listSheet(wb);
  ws.getColumn(IMPORT_FIELDS.length + 1).header = 'Diện hộ các năm';
  ws.getColumn(IMPORT_FIELDS.length + 1).width = 50;
  ws.getRow(1).font = { bold: true };
  for (const h of items) {
    const year = opts.year ?? h.categories[0]?.year ?? null;
    const cats = year === null ? [] : h.categories.filter((c) => c.year === year);
    const refs = [...new Set(cats.map((c) => c.decisionRef).filter((r): r is string => !!r))];
    const allYears = [...new Set(h.categories.map((c) => c.year))]
      .map(
        (y) =>
          `${y}: ${h.categories
            .filter((c) => c.year === y)
            .map((c) => categoryLabels[c.category])
            .join(', ')}`,
      )
      .join('; ');
    ws.addRow([
      unitDisplayName({ kind: h.villageKind, name: h.villageName }),
      h.headName,
      h.address,
      h.members,
      h.phone,
      cats.length ? year : null,
      cats.map((c) => categoryLabels[c.category]).join(', '),
      refs.join('; '),
      allYears,
    ]);
  }
  ws.getColumn(5).numFmt = '@';
  const note = wb.addWorksheet('Thông tin');
  note.columns = [{ width: 24 }, { width: 70 }];
  note.addRow([
    'Dữ liệu cá nhân',
    'Danh sách có thông tin cá nhân; chỉ dùng cho công tác Mặt trận, không chia sẻ ra ngoài (Luật 91/2025/QH15).',
  ]);
  note.addRow(['Người xuất', opts.actor]);
  note.addRow(['Thời gian', formatDateTimeVi(new Date())]);
  note.addRow(['Bộ lọc', opts.filter]);
  note.addRow(['Số hộ', items.length]);
  return workbookBytes(wb);
}
