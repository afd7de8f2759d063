import type ExcelJS from 'exceljs';
import { unitDisplayName } from '../../../lib/units';
import type { ReportCell, ReportColumn, ReportModel } from './types';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';

const FONT = { name: 'Times New Roman', size: 12 };
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

/** Excel refuses sheet names over 31 characters and some punctuation. */
const sheetName = (s: string, used: Set<string>) => {
  const base =
    s
      .replace(/[\\/?*[\]:]/g, ' ')
      .slice(0, 31)
      .trim() || 'Biểu';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 25)} (${i})`;
  used.add(name);
  return name;
};

/** One titled, bordered table on a sheet: title lines, header row, rows, an optional total row. */
export function writeTable(
  ws: ExcelJS.Worksheet,
  lines: string[],
  columns: ReportColumn[],
  rows: ReportCell[][],
  total?: ReportCell[],
) {
  ws.columns = columns.map((c) => ({ width: Math.max(8, Math.round((c.width ?? 1) * 11)) }));
  for (const [i, text] of lines.entries()) {
    const r = ws.addRow([text]);
    ws.mergeCells(r.number, 1, r.number, columns.length);
    r.getCell(1).font = { ...FONT, bold: i === 0, italic: i > 0 };
    r.getCell(1).alignment = { horizontal: 'center', wrapText: true };
  }
  ws.addRow([]);
  const head = ws.addRow(columns.map((c) => c.header));
  head.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  const add = (cells: ReportCell[], bold: boolean) => {
    const r = ws.addRow(cells);
    for (let c = 1; c <= columns.length; c++) {
      const cell = r.getCell(c);
      cell.font = { ...FONT, bold };
      cell.border = BORDER;
      cell.alignment = {
        vertical: 'middle',
        wrapText: true,
        horizontal: columns[c - 1]?.type === 'index' ? 'center' : undefined,
      };
      if (typeof cell.value === 'number' && columns[c - 1]?.type !== 'index') cell.numFmt = '#,##0';
    }
  };
  for (const row of rows) add(row, false);
  if (total) add(total, true);
}

/** The Excel annex of a report: every table of the model, one sheet each (the indicators first). */
export async function reportXlsx(m: ReportModel): Promise<Uint8Array<ArrayBuffer>> {
  const wb = newWorkbook();
  const used = new Set<string>();
  const heading = [
    `Ủy ban MTTQ Việt Nam ${unitDisplayName(m.unit)}`,
    `Phụ lục kèm theo ${m.number ? `Báo cáo số ${m.number}` : 'báo cáo (dự thảo)'} — ${m.periodLabel}`,
  ];
  const tables = m.sections.flatMap((s) => s.tables);
  if (!tables.length) {
    const ws = wb.addWorksheet('Biểu');
    writeTable(ws, [heading[0] as string, 'Không có số liệu trong kỳ.'], [{ header: 'Ghi chú' }], []);
  }
  tables.forEach((t, i) => {
    const ws = wb.addWorksheet(sheetName(t.caption, used), {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    writeTable(
      ws,
      [`Biểu ${i + 1}: ${t.caption.toLocaleUpperCase('vi')}`, ...heading, ...(t.unit ? [t.unit] : [])],
      t.columns,
      t.rows,
      t.total,
    );
  });
  return workbookBytes(wb);
}
