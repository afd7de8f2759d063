import { z } from '@hono/zod-openapi';
import { parseInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { invalid } from '../../core/errors';
import { fieldsOf } from '../../http/router';
import { calendarDate, uuid } from '../../http/fields';
import { assignedBy, checkPeriod } from './fields';
import type { Indicator } from './schema';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';
import { readTable, SheetFileError, type SheetRow, type Table, type TableSpec } from '../../files/read-sheet';

const HEADERS = ['Mã đơn vị', 'Mã tổ chức', 'Đơn vị', 'Chỉ tiêu'] as const;

/** The filled template: "Chỉ tiêu (đồng)" matches "Chỉ tiêu", the header may sit under title lines; .xlsx only. */
const TEMPLATE: TableSpec<'unitId' | 'organizationId' | 'value'> = {
  aliases: { unitId: [HEADERS[0]], organizationId: [HEADERS[1]], value: [HEADERS[3]] },
  isHeader: (cols) => cols.unitId !== undefined && cols.value !== undefined,
  scan: 10,
  noHeader: `Dòng tiêu đề phải có các cột "${HEADERS[0]}" và "${HEADERS[3]}" (tải mẫu để điền).`,
  csv: false,
};

const importFields = z
  .object({
    indicatorId: uuid('chỉ tiêu'),
    from: calendarDate('Ngày bắt đầu'),
    to: calendarDate('Ngày kết thúc'),
    assignedBy,
  })
  .superRefine(checkPeriod);

// Targets from Excel: download a template listing the units to assign to (communes of a province,
// or villages and organisations of a commune), fill the "Chỉ tiêu" column, upload it back.
// Errors name the spreadsheet row (`rows.<row>.<field>`); nothing is written unless every row is good.

/** A template row: the unit (and organisation) to assign to and the name shown. */
export type TemplateRow = { unitId: string; organizationId: string; name: string };

export async function templateWorkbook(ind: Indicator, rows: TemplateRow[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Giao chỉ tiêu');
  ws.columns = [
    { header: HEADERS[0], width: 38 },
    { header: HEADERS[1], width: 38 },
    { header: HEADERS[2], width: 32 },
    { header: `${HEADERS[3]} (${ind.unitLabel})`, width: 20 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.getColumn(4).numFmt = '#,##0';
  for (const r of rows) ws.addRow([r.unitId, r.organizationId, r.name, null]);
  return workbookBytes(wb);
}

/** The template's rows: villages and organisations of a commune, or the communes under an upper unit. */
export function templateRows(
  unit: { id: string; level: string },
  children: { id: string; name: string; kind: string }[],
  orgs: { id: string; shortName: string }[],
): TemplateRow[] {
  return [
    ...children.map((v) => ({ unitId: v.id, organizationId: '', name: unitDisplayName(v) })),
    ...orgs.map((o) => ({ unitId: unit.id, organizationId: o.id, name: o.shortName })),
  ];
}

/** The upload's other form fields: the indicator, the period and who assigned the targets. */
export function importFieldsOf(form: Record<string, unknown>) {
  const fields = importFields.safeParse({
    indicatorId: form.indicatorId,
    from: form.from,
    to: form.to,
    assignedBy:
      typeof form.assignedByUnitId === 'string' && form.assignedByUnitId
        ? { unitId: form.assignedByUnitId }
        : { body: form.assignedByBody },
  });
  if (!fields.success) throw invalid(fieldsOf(fields.error.issues));
  return fields.data;
}

/** The filled rows of an uploaded template, each with its spreadsheet row number; every bad row is reported. */
export async function readTargetSheet(file: File) {
  let table: Table<'unitId' | 'organizationId' | 'value'>;
  try {
    table = await readTable(await file.arrayBuffer(), file.name, TEMPLATE);
  } catch (e) {
    if (e instanceof SheetFileError) throw invalid({ file: e.message });
    throw e;
  }
  const { cols } = table;
  const at = (r: SheetRow, f: keyof typeof cols) => (cols[f] === undefined ? null : (r.cells[cols[f]] ?? null));

  const rows: { unitId: string; organizationId: string | null; value: number }[] = [];
  const rowNumbers: number[] = [];
  const bad: Record<string, string> = {};
  for (const r of table.rows) {
    const n = r.row;
    const raw = at(r, 'value');
    if (raw === null || String(raw).trim() === '') continue; // not assigned
    const unitId = String(at(r, 'unitId') ?? '').trim();
    const orgId = String(at(r, 'organizationId') ?? '').trim();
    const value = parseInteger(raw);
    if (!/^[0-9a-f-]{36}$/i.test(unitId)) bad[`rows.${n}.unitId`] = 'Mã đơn vị không hợp lệ.';
    else if (orgId && !/^[0-9a-f-]{36}$/i.test(orgId)) bad[`rows.${n}.organizationId`] = 'Mã tổ chức không hợp lệ.';
    else if (value === null || value < 0) bad[`rows.${n}.value`] = 'Chỉ tiêu phải là số nguyên không âm.';
    else {
      rows.push({ unitId, organizationId: orgId || null, value });
      rowNumbers.push(n);
    }
  }
  if (Object.keys(bad).length) throw invalid(bad, 'Tệp có dòng sai; chưa giao chỉ tiêu nào.');
  if (rows.length === 0) throw invalid({ file: 'Chưa điền chỉ tiêu nào trong cột "Chỉ tiêu".' });
  return { rows, rowNumbers };
}
