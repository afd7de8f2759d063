import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../../lib/formula-text';

/**
 * Every spreadsheet the server writes starts here and ends in `workbookBytes`, which neutralises every
 * text cell on every sheet just before writing: a writer cannot forget a column, and a name, an address
 * or a title typed as "=HYPERLINK(…)" comes out as text.
 */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'mattran';
  return wb;
}

function neutraliseCell(cell: ExcelJS.Cell): void {
  if (cell.type === ExcelJS.ValueType.Merge) return; // the master cell holds the value
  const v = cell.value;
  if (typeof v === 'string') {
    const safe = neutraliseFormula(v);
    if (safe !== v) cell.value = safe;
  } else if (v && typeof v === 'object' && 'richText' in v && v.richText[0]) {
    const [first, ...rest] = v.richText;
    const text = v.richText.map((r) => r.text).join('');
    if (neutraliseFormula(text) !== text) cell.value = { richText: [{ ...first, text: `'${first.text}` }, ...rest] };
  }
}

/** Neutralises every text cell (see newWorkbook), then the .xlsx file's bytes. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell(neutraliseCell));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
