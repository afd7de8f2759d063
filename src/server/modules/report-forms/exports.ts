import { formatDateVi } from '../../../lib/dates';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';
import { periodLabel } from '../../../lib/report-periods';
import { addTableSheets, cellOf } from './export-tables';
import { isNumericField } from './rules';
import type { FormField, ReportForm, ReportSubmission } from './schema';

/**
 * Reports to Excel: one period across the units, or one unit across periods, a line each, with the totals of the
 * number fields on the last line; each table field on a sheet of its own (export-tables.ts).
 */
export type ExportLine = { name: string; submission: ReportSubmission | null };

const STATUS: Record<string, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi',
  accepted: 'Đã duyệt',
  returned: 'Trả lại',
  missing: 'Chưa nộp',
};

export async function exportWorkbook(
  form: ReportForm,
  fields: FormField[],
  heading: string,
  firstColumn: string,
  lines: ExportLine[],
  rowNames: Map<string, string>,
) {
  const flat = fields.filter((f) => f.type !== 'table');
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Báo cáo');
  ws.addRow([form.title]).font = { bold: true, size: 13 };
  ws.addRow([heading]);
  ws.addRow([]);
  const header = ws.addRow([firstColumn, 'Trạng thái', 'Ngày gửi', ...flat.map((f) => f.label)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  const totals = new Map<string, number>();
  for (const line of lines) {
    const s = line.submission;
    const values = s?.values ?? {};
    for (const f of flat) {
      const v = values[f.key];
      if (isNumericField(f) && typeof v === 'number') totals.set(f.key, (totals.get(f.key) ?? 0) + v);
    }
    ws.addRow([
      line.name,
      STATUS[s?.status ?? 'missing'],
      s?.submittedAt ? formatDateVi(s.submittedAt.toISOString().slice(0, 10)) : null,
      ...flat.map((f) => cellOf(f, values[f.key])),
    ]);
  }
  const total = ws.addRow([
    'Tổng cộng',
    null,
    null,
    ...flat.map((f) => (isNumericField(f) ? (totals.get(f.key) ?? 0) : null)),
  ]);
  total.font = { bold: true };
  flat.forEach((f, i) => {
    const col = ws.getColumn(i + 4);
    col.width = 16;
    if (f.type !== 'number' && isNumericField(f)) col.numFmt = '#,##0';
  });
  ws.getColumn(1).width = 32;
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 12;
  addTableSheets(wb, fields, firstColumn, lines, rowNames);
  return workbookBytes(wb);
}

export const periodHeading = (form: ReportForm, period: string) =>
  `Kỳ báo cáo: ${periodLabel(form.periodKind, period)}`;
