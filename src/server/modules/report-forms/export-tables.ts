import type ExcelJS from 'exceljs';
import { compareVi } from '../../../lib/vi-text';
import { isNumericField } from './rules';
import type { Cell, FormField, TableColumn } from './schema';
import type { ExportLine } from './exports';

/** A cell as Excel shows it: numbers stay numbers (they add up there), yes/no in words. */
export const cellOf = (f: Pick<FormField | TableColumn, 'type'>, v: unknown) =>
  v === null || v === undefined ? null : f.type === 'boolean' ? (v ? 'Có' : 'Không') : (v as string | number);

// Excel refuses these in a sheet's name, and names longer than 31 characters.
const sheetName = (n: number, label: string) => `${n}. ${label}`.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * Each table field on a sheet of its own: a line per unit and table row (village or organisation, by name), the
 * columns as the form defines them, the numeric columns totalled on the last line. Its rows are not summed into the
 * flat sheet, where a total of villages' rows per unit would read as one figure.
 */
export function addTableSheets(
  wb: ExcelJS.Workbook,
  fields: FormField[],
  firstColumn: string,
  lines: ExportLine[],
  rowNames: Map<string, string>,
) {
  fields
    .filter((f) => f.type === 'table')
    .forEach((f, i) => {
      const columns = f.columns ?? [];
      const ws = wb.addWorksheet(sheetName(i + 2, f.label));
      ws.addRow([f.label]).font = { bold: true, size: 13 };
      ws.addRow([]);
      const rowKind = f.rows === 'organization' ? 'Tổ chức' : 'Thôn, tổ dân phố';
      const header = ws.addRow([firstColumn, rowKind, ...columns.map((c) => c.label)]);
      header.font = { bold: true };
      header.alignment = { wrapText: true, vertical: 'top' };
      const totals = new Map<string, number>();
      for (const line of lines) {
        const table = line.submission?.values[f.key];
        if (!table || typeof table !== 'object') continue;
        const rows = Object.entries(table as Record<string, Record<string, Cell>>)
          .map(([id, cells]) => ({ name: rowNames.get(id) ?? id, cells }))
          .sort((a, b) => compareVi(a.name, b.name));
        for (const { name, cells } of rows) {
          for (const c of columns) {
            const v = cells[c.key];
            if (isNumericField(c) && typeof v === 'number') totals.set(c.key, (totals.get(c.key) ?? 0) + v);
          }
          ws.addRow([line.name, name, ...columns.map((c) => cellOf(c, cells[c.key]))]);
        }
      }
      const total = ws.addRow([
        'Tổng cộng',
        null,
        ...columns.map((c) => (isNumericField(c) ? (totals.get(c.key) ?? 0) : null)),
      ]);
      total.font = { bold: true };
      ws.getColumn(1).width = 28;
      ws.getColumn(2).width = 24;
      columns.forEach((c, j) => {
        const col = ws.getColumn(j + 3);
        col.width = 16;
        if (c.type !== 'number' && isNumericField(c)) col.numFmt = '#,##0';
      });
    });
}
