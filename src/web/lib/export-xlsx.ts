import { neutraliseFormula } from '../../lib/formula-text';

/** Every table can be downloaded as .xlsx: money and counts stay numbers, formatted with thousands separators. */
export type XlsxColumn<T> = {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /**
   * 'money' → #,##0 "đồng"; 'integer' → #,##0; 'percent' → a number shown with 2 decimals and %; 'date' → text
   * dd/mm/yyyy.
   */
  format?: 'money' | 'integer' | 'percent' | 'text';
  width?: number;
};

const NUM_FMT = { money: '#,##0 "đồng"', integer: '#,##0', percent: '0.00"%"', text: '@' } as const;

export async function exportXlsx<T>(
  fileName: string,
  sheetName: string,
  columns: XlsxColumn<T>[],
  rows: T[],
): Promise<void> {
  const { default: ExcelJS } = await import('exceljs'); // loaded only when someone exports
  const wb = new ExcelJS.Workbook();
  wb.creator = 'mattran';
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length + 2) }));
  ws.getRow(1).font = { bold: true };
  // Text a user typed ("=HYPERLINK(…)", "+84…") must open as text, never as a formula.
  const cell = (v: string | number | null | undefined) => (typeof v === 'string' ? neutraliseFormula(v) : (v ?? null));
  for (const r of rows) ws.addRow(columns.map((c) => cell(c.value(r))));
  columns.forEach((c, i) => {
    if (c.format && c.format !== 'text') ws.getColumn(i + 1).numFmt = NUM_FMT[c.format];
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const buf = await wb.xlsx.writeBuffer();
  const url = URL.createObjectURL(
    new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`;
  a.click();
  URL.revokeObjectURL(url);
}
