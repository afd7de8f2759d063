import type ExcelJS from 'exceljs';
import { amountInWords } from '../../../lib/amount-in-words';
import { formatDateVi } from '../../../lib/dates';
import { formatInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { placeDateLine, type OfficialDocument, type TableCell } from '../documents/model';
import { kindText } from './labels';
import type { SupportRow } from './queries';
import type { ReliefProgram } from './schema';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';

type Commune = { name: string; kind: string };
const upper = (s: string) => s.toLocaleUpperCase('vi');

export const SIGN_OFF_COLUMNS = ['STT', 'Họ tên chủ hộ', 'Thôn', 'Hình thức', 'Giá trị (đồng)', 'Ký nhận'] as const;

/** Supports grouped by village, in the order of `rows` (already sorted by village, then name). */
export function byVillage(rows: SupportRow[]) {
  const groups: { villageId: string; name: string; rows: SupportRow[]; value: number }[] = [];
  for (const r of rows) {
    let g = groups.find((x) => x.villageId === r.villageId);
    if (!g) {
      g = { villageId: r.villageId, name: r.villageName, rows: [], value: 0 };
      groups.push(g);
    }
    g.rows.push(r);
    g.value += r.support.value;
  }
  return groups;
}

const households = (rows: SupportRow[]) => new Set(rows.map((r) => r.support.householdId)).size;

/** The programme line under the title: name, partner, date. */
function programLine(p: ReliefProgram) {
  return `${p.partner ? `Đơn vị phối hợp: ${p.partner}; ` : ''}ngày trao: ${formatDateVi(p.date)}`;
}

/**
 * Danh sách ký nhận (A4, Decree 30 header): one section per village with a subtotal, the grand total
 * in figures and in words, an empty "Ký nhận" column for each household head to sign on receipt, and
 * the signatures of the person who drew up the list and of the standing committee.
 */
export function signOffDocument(
  program: ReliefProgram,
  commune: Commune,
  rows: SupportRow[],
  today: string,
): OfficialDocument {
  const groups = byVillage(rows);
  const total = rows.reduce((s, r) => s + r.support.value, 0);
  const table: TableCell[][] = [];
  let stt = 0;
  for (const g of groups) {
    table.push([{ text: g.name, bold: true, colSpan: 6, align: 'left' }]);
    for (const r of g.rows)
      table.push([
        ++stt,
        r.headName,
        r.villageName,
        kindText(r.support.kind, r.support.description),
        r.support.value,
        '',
      ]);
    table.push([
      { text: `Cộng ${g.name} (${households(g.rows)} hộ)`, bold: true, italic: true, colSpan: 4, align: 'right' },
      { text: g.value, bold: true },
      '',
    ]);
  }
  return {
    page: 'A4',
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(unitDisplayName(commune))], body: 'BAN THƯỜNG TRỰC' },
    placeDate: placeDateLine(commune.name, today),
    title: 'DANH SÁCH KÝ NHẬN',
    subtitle: `Nhận quà, hỗ trợ chương trình “${program.name}”`,
    titleNotes: [`(${programLine(program)})`],
    body: [
      {
        kind: 'table',
        unit: 'Đơn vị tính: đồng',
        fontSize: 12,
        columns: [
          { header: SIGN_OFF_COLUMNS[0], type: 'index', width: 7 },
          { header: SIGN_OFF_COLUMNS[1], width: 25 },
          { header: SIGN_OFF_COLUMNS[2], width: 15 },
          { header: SIGN_OFF_COLUMNS[3], width: 20 },
          { header: SIGN_OFF_COLUMNS[4], type: 'money', width: 15 },
          { header: SIGN_OFF_COLUMNS[5], width: 18 },
        ],
        rows: table,
        total: [{ text: `Tổng cộng (${households(rows)} hộ)`, colSpan: 4, align: 'right' }, total, ''],
      },
      {
        kind: 'paragraph',
        content: [
          { text: 'Tổng giá trị: ' },
          { text: `${formatInteger(total)} đồng`, bold: true },
          { text: ` (Bằng chữ: ${amountInWords(total)}).`, italic: true },
        ],
      },
    ],
    closing: {
      signatures: [
        { position: 'Người lập biểu', note: '(Ký, ghi rõ họ tên)' },
        { authority: 'TM. BAN THƯỜNG TRỰC', position: 'CHỦ TỊCH' },
      ],
    },
    meta: { description: `Danh sách ký nhận — ${program.name}` },
  };
}

/** The same list as a spreadsheet, for printing from Excel or adding rows by hand. */
export async function signOffXlsx(
  program: ReliefProgram,
  commune: Commune,
  rows: SupportRow[],
  today: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Danh sách ký nhận', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [6, 30, 16, 26, 16, 20].map((width) => ({ width }));
  const line = (text: string, opts: Partial<ExcelJS.Font> = {}, align: 'left' | 'center' | 'right' = 'center') => {
    const r = ws.addRow([text]);
    ws.mergeCells(r.number, 1, r.number, 6);
    r.getCell(1).font = { name: 'Times New Roman', size: 12, ...opts };
    r.getCell(1).alignment = { horizontal: align, wrapText: true };
    return r;
  };
  const head = ws.addRow(['ỦY BAN MTTQ VIỆT NAM', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  ws.mergeCells(head.number, 1, head.number, 3);
  ws.mergeCells(head.number, 4, head.number, 6);
  const head2 = ws.addRow([upper(unitDisplayName(commune)), '', '', 'Độc lập - Tự do - Hạnh phúc']);
  ws.mergeCells(head2.number, 1, head2.number, 3);
  ws.mergeCells(head2.number, 4, head2.number, 6);
  for (const r of [head, head2]) {
    r.getCell(1).font = { name: 'Times New Roman', size: 12, bold: true };
    r.getCell(4).font = { name: 'Times New Roman', size: 12, bold: true };
    r.getCell(1).alignment = { horizontal: 'center' };
    r.getCell(4).alignment = { horizontal: 'center' };
  }
  const btt = ws.addRow(['BAN THƯỜNG TRỰC', '', '', placeDateLine(commune.name, today)]);
  ws.mergeCells(btt.number, 1, btt.number, 3);
  ws.mergeCells(btt.number, 4, btt.number, 6);
  btt.getCell(1).font = { name: 'Times New Roman', size: 12, bold: true };
  btt.getCell(4).font = { name: 'Times New Roman', size: 12, italic: true };
  btt.getCell(1).alignment = { horizontal: 'center' };
  btt.getCell(4).alignment = { horizontal: 'center' };
  ws.addRow([]);
  line('DANH SÁCH KÝ NHẬN', { bold: true, size: 14 });
  line(`Nhận quà, hỗ trợ chương trình “${program.name}”`, { bold: true });
  line(`(${programLine(program)})`, { italic: true });
  line('Đơn vị tính: đồng', { italic: true }, 'right');
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    bottom: { style: 'thin' },
    left: { style: 'thin' },
    right: { style: 'thin' },
  };
  const grid = (r: ExcelJS.Row) => {
    for (let c = 1; c <= 6; c++) {
      const cell = r.getCell(c);
      cell.border = border;
      cell.font = { name: 'Times New Roman', size: 12, ...(cell.font ?? {}) };
      cell.alignment = { vertical: 'middle', wrapText: true, ...(cell.alignment ?? {}) };
    }
  };
  const th = ws.addRow([...SIGN_OFF_COLUMNS]);
  th.eachCell((c) => {
    c.font = { name: 'Times New Roman', size: 12, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  grid(th);
  let stt = 0;
  for (const g of byVillage(rows)) {
    const vr = ws.addRow([g.name]);
    ws.mergeCells(vr.number, 1, vr.number, 6);
    vr.getCell(1).font = { name: 'Times New Roman', size: 12, bold: true };
    grid(vr);
    for (const r of g.rows) {
      const row = ws.addRow([
        ++stt,
        r.headName,
        r.villageName,
        kindText(r.support.kind, r.support.description),
        r.support.value,
        '',
      ]);
      row.height = 24;
      row.getCell(1).alignment = { horizontal: 'center' };
      grid(row);
    }
    const sub = ws.addRow([`Cộng ${g.name} (${households(g.rows)} hộ)`, '', '', '', g.value, '']);
    ws.mergeCells(sub.number, 1, sub.number, 4);
    sub.getCell(1).alignment = { horizontal: 'right' };
    sub.getCell(1).font = { name: 'Times New Roman', size: 12, bold: true, italic: true };
    sub.getCell(5).font = { name: 'Times New Roman', size: 12, bold: true };
    grid(sub);
  }
  const total = rows.reduce((s, r) => s + r.support.value, 0);
  const tr = ws.addRow([`Tổng cộng (${households(rows)} hộ)`, '', '', '', total, '']);
  ws.mergeCells(tr.number, 1, tr.number, 4);
  tr.getCell(1).alignment = { horizontal: 'right' };
  tr.getCell(1).font = { name: 'Times New Roman', size: 12, bold: true };
  tr.getCell(5).font = { name: 'Times New Roman', size: 12, bold: true };
  grid(tr);
  ws.getColumn(5).numFmt = '#,##0';
  ws.addRow([]);
  line(`Tổng giá trị: ${formatInteger(total)} đồng (Bằng chữ: ${amountInWords(total)}).`, { italic: true }, 'left');
  ws.addRow([]);
  const sig = ws.addRow(['Người lập biểu', '', '', 'TM. BAN THƯỜNG TRỰC']);
  ws.mergeCells(sig.number, 1, sig.number, 3);
  ws.mergeCells(sig.number, 4, sig.number, 6);
  const sig2 = ws.addRow(['(Ký, ghi rõ họ tên)', '', '', 'CHỦ TỊCH']);
  ws.mergeCells(sig2.number, 1, sig2.number, 3);
  ws.mergeCells(sig2.number, 4, sig2.number, 6);
  for (const r of [sig, sig2]) for (const c of [1, 4]) r.getCell(c).alignment = { horizontal: 'center' };
  sig.getCell(1).font = { name: 'Times New Roman', size: 12, bold: true };
  sig.getCell(4).font = { name: 'Times New Roman', size: 12, bold: true };
  sig2.getCell(1).font = { name: 'Times New Roman', size: 12, italic: true };
  sig2.getCell(4).font = { name: 'Times New Roman', size: 12, bold: true };
  return workbookBytes(wb);
}
