import { formatDateTimeVi } from '../../../lib/dates';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';
import type { presentAuditRow } from './present';

/** At most this many rows in one file: months of a province's log, well below a spreadsheet's limits. */
export const MAX_AUDIT_EXPORT_ROWS = 20_000;

export const AUDIT_HEADERS = [
  'Thời gian',
  'Người thực hiện',
  'Địa chỉ IP',
  'Hành động',
  'Loại bản ghi',
  'Bản ghi',
  'Mã bản ghi',
  'Thay đổi',
] as const;

type Row = ReturnType<typeof presentAuditRow>;

/**
 * The audit log for an inspection: one row an action, newest first, the action and the record in Vietnamese and
 * the change field by field, one "Trường: trước → sau" a line in the last column. Formula-like text is neutralised
 * by workbookBytes.
 */
export async function auditXlsx(rows: Row[], filterText: string) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Nhật ký');
  ws.addRow([`Nhật ký thay đổi${filterText ? ` — ${filterText}` : ''} (${rows.length} dòng)`]).font = { bold: true };
  ws.addRow([...AUDIT_HEADERS]).font = { bold: true };
  for (const r of rows) {
    const changes = r.changes.map((c) => `${c.label ?? c.field}: ${c.before ?? '—'} → ${c.after ?? '—'}`).join('\n');
    const row = ws.addRow([
      formatDateTimeVi(r.at),
      r.actorUsername ?? '',
      r.ip ?? '',
      r.actionLabel,
      r.entityLabel,
      r.entityName ?? '',
      r.entityId ?? '',
      changes,
    ]);
    row.getCell(8).alignment = { wrapText: true, vertical: 'top' };
  }
  const widths = [18, 16, 14, 30, 18, 28, 38, 70];
  ws.columns.forEach((c, i) => {
    c.width = widths[i] ?? 16;
  });
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return workbookBytes(wb);
}
