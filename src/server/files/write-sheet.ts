import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../../lib/formula-text';

/**
 * Every spreadsheet the server writes starts here and ends in `workbookBytes`, which neutralises every
 * text cell on every sheet just before writing: a writer cannot forget a column, and a name, an address
 * or a title typed as "=HYPERLINK(…)" comes out as text. A formula-like text is written as a string cell
 * with the Text number format ('@'): never a formula on opening, still text when someone edits the cell
 * and presses Enter, and shown as typed, without an apostrophe in the value (issue 12.17; ExcelJS cannot
 * write the quotePrefix style, exceljs/exceljs#2809 is unmerged).
 */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'mattran';
  return wb;
}

function neutraliseCell(cell: ExcelJS.Cell): void {
  if (cell.type === ExcelJS.ValueType.Merge) return; // the master cell holds the value
  const v = cell.value;
  const text =
    typeof v === 'string'
      ? v
      : v && typeof v === 'object' && 'richText' in v
        ? v.richText.map((r) => r.text).join('')
        : null;
  // A copy: a cell's style object may be shared with its row or column.
  if (text !== null && isFormulaLike(text)) cell.style = { ...cell.style, numFmt: '@' };
}

/** Text a spreadsheet would take for a formula if typed (see lib/formula-text). */
export const isFormulaLike = (v: string) => neutraliseFormula(v) !== v;

/** Neutralises every text cell (see newWorkbook), then the .xlsx file's bytes. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell(neutraliseCell));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
