import type ExcelJS from 'exceljs';
import { formatDateVi } from '../../../lib/dates';
import { TYPE_NAMES } from './present';
import type { OutgoingDocument } from './schema';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';

const COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Số, ký hiệu', width: 18 },
  { header: 'Ngày tháng', width: 12 },
  { header: 'Tên loại và trích yếu nội dung', width: 50 },
  { header: 'Người ký', width: 20 },
  { header: 'Nơi nhận', width: 30 },
];

/** Sổ đăng ký văn bản đi as a spreadsheet, oldest entry first as the paper book is kept. */
export async function registerXlsx(
  issuerName: string,
  year: number | null,
  rows: OutgoingDocument[],
): Promise<Uint8Array<ArrayBuffer>> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Sổ văn bản đi', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  const title = ws.addRow([`SỔ ĐĂNG KÝ VĂN BẢN ĐI${year ? ` NĂM ${year}` : ''}`]);
  ws.mergeCells(title.number, 1, title.number, COLUMNS.length);
  title.getCell(1).font = { name: 'Times New Roman', size: 14, bold: true };
  title.getCell(1).alignment = { horizontal: 'center' };
  const sub = ws.addRow([issuerName]);
  ws.mergeCells(sub.number, 1, sub.number, COLUMNS.length);
  sub.getCell(1).font = { name: 'Times New Roman', size: 12, italic: true };
  sub.getCell(1).alignment = { horizontal: 'center' };
  ws.addRow([]);
  const head = ws.addRow(COLUMNS.map((c) => c.header));
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    bottom: { style: 'thin' },
    left: { style: 'thin' },
    right: { style: 'thin' },
  };
  head.eachCell((c) => {
    c.font = { name: 'Times New Roman', size: 12, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = border;
  });
  const ordered = [...rows].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.getTime() - b.createdAt.getTime(),
  );
  ordered.forEach((r, i) => {
    const row = ws.addRow([
      i + 1,
      r.number,
      formatDateVi(r.date),
      `${TYPE_NAMES[r.typeCode]}: ${r.summary}`,
      r.signer ?? '',
      r.recipients.join('; '),
    ]);
    row.eachCell({ includeEmpty: true }, (c, col) => {
      c.font = { name: 'Times New Roman', size: 12 };
      c.alignment = { vertical: 'top', wrapText: true, horizontal: col === 1 ? 'center' : 'left' };
      c.border = border;
    });
  });
  ws.views = [{ state: 'frozen', ySplit: head.number }];
  return workbookBytes(wb);
}
