import { z } from '@hono/zod-openapi';
import { parseInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { metaOf } from '../../core/actor';
import { AppError, invalid } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, fieldsOf } from '../../http/router';
import { assignTargets } from './commands/assign-targets';
import { assignedBy, calendarDate, checkPeriod, uuidField } from './fields';
import { presentTarget } from './present';
import { childUnits, communesUnder, organizationsOf } from './queries';
import { readableIndicatorOr404, readableUnitOr404 } from './resolve';
import { validateTargets } from './validate-targets';
import { fileResponse } from '../../http/files';
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
    indicatorId: uuidField('chỉ tiêu'),
    from: calendarDate('Ngày bắt đầu'),
    to: calendarDate('Ngày kết thúc'),
    assignedBy,
  })
  .superRefine(checkPeriod);

/**
 * Targets from Excel: download a template listing the units to assign to (communes of a province,
 * or villages and organisations of a commune), fill the "Chỉ tiêu" column, upload it back.
 * Errors name the spreadsheet row (`rows.<row>.<field>`); nothing is written unless every row is good.
 */
export function targetImportRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.get('/api/v1/targets/template.xlsx', async (c) => {
    const actor = actorOf(c);
    const q = z.object({ indicatorId: uuidField('chỉ tiêu'), unitId: uuidField('đơn vị') }).safeParse(c.req.query());
    if (!q.success) throw invalid(fieldsOf(q.error.issues));
    const ind = await readableIndicatorOr404(db, actor, q.data.indicatorId);
    const unit = await readableUnitOr404(db, actor, q.data.unitId, 'unitId');
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
    if (unit.level === 'commune') {
      for (const v of await childUnits(db, unit.id)) ws.addRow([v.id, '', unitDisplayName(v), null]);
      for (const o of await organizationsOf(db, unit.id)) ws.addRow([unit.id, o.id, o.shortName, null]);
    } else {
      for (const cm of await communesUnder(db, unit.path)) ws.addRow([cm.id, '', unitDisplayName(cm), null]);
    }
    return fileResponse(c, await workbookBytes(wb), `giao-chi-tieu-${ind.code}.xlsx`);
  });

  app.post('/api/v1/targets/import', async (c) => {
    const actor = actorOf(c);
    const form = await c.req.parseBody().catch(() => {
      throw new AppError(400, 'bad_request', 'Cần gửi tệp dạng multipart/form-data.');
    });
    const file = form.file;
    if (!(file instanceof File)) throw invalid({ file: 'Chọn tệp Excel (.xlsx).' });
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
    const input = await validateTargets(db, actor, { ...fields.data, rows }, (i, f) => `rows.${rowNumbers[i]}.${f}`);
    const written = await assignTargets(db, metaOf(actor, c.get('ip')), input);
    return c.json({ created: written.length, items: written.map(presentTarget) }, 201);
  });

  return app;
}
