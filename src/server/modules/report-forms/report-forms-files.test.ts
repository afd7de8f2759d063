import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type ErrorBody, type Harness, type World } from '../../testing/harness';
import { todayVn } from '../../../lib/dates';
import { periodLabel, periodOf, previousPeriod } from '../../../lib/report-periods';
import { registerIndicatorSource, unregisterIndicatorSource } from '../targets/sources';

let h: Harness;
let w: World;
type Who = 'upper1' | 'standing1' | 'village1' | 'target_sibling' | 'orglead1';
const t = {} as Record<Who, string>;
let formId = '';

const req = <T>(method: string, token: string | undefined, path: string, body?: unknown) =>
  h.request(method, path, { token, body }) as Promise<{ status: number; body: T & ErrorBody }>;
const start = (unitId: string, period: string, values: Record<string, unknown>, token: string) =>
  req<{ id: string }>('POST', token, '/api/v1/report-submissions', { formId, unitId, period, values });
const move = (id: string, to: string, token: string, comment?: string) =>
  req('POST', token, `/api/v1/report-submissions/${id}/transitions`, { to, comment });

async function download(path: string, token: string) {
  const res = await h.app.request(path, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  const rows: unknown[][] = [];
  for (let i = 1; i <= ws.rowCount; i++) rows.push((ws.getRow(i).values as unknown[]).slice(1));
  return rows;
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  for (const u of ['upper1', 'standing1', 'village1', 'target_sibling', 'orglead1'] as const) t[u] = await h.login(u);
  registerIndicatorSource({
    key: 'test.echo',
    label: 'Nguồn thử (số ngày của kỳ)',
    params: [],
    compute: async (_db, q) => ({
      value: q.unitPath === w.C1.path ? (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1 : -1,
    }),
  });
  const form = await req<{ id: string }>('POST', t.upper1, '/api/v1/report-forms', {
    ownerUnitId: w.P1.id,
    title: 'Báo cáo tháng',
    periodKind: 'month',
    fillers: ['commune', 'village'],
    fields: [
      { key: 'days', label: 'Số ngày', type: 'count', source: 'test.echo' },
      { key: 'meetings', label: 'Số cuộc họp', type: 'count', source: 'meetings.held', sum: true },
      { key: 'raised', label: 'Số tiền vận động', type: 'money', sum: true },
      { key: 'note', label: 'Ghi chú', type: 'text' },
      {
        key: 'byVillage',
        label: 'Theo thôn',
        type: 'table',
        rows: 'village',
        columns: [
          { key: 'households', label: 'Số hộ', type: 'count' },
          { key: 'recognised', label: 'Gia đình văn hóa', type: 'count', ofKey: 'households' },
          { key: 'remark', label: 'Ghi chú', type: 'text' },
          { key: 'model', label: 'Đạt chuẩn khu dân cư văn hóa', type: 'boolean' },
        ],
      },
      {
        key: 'byOrg',
        label: 'Theo tổ chức',
        type: 'table',
        rows: 'organization',
        columns: [{ key: 'raised', label: 'Số tiền = vận động', type: 'money' }],
      },
    ],
  });
  expect(form.status, JSON.stringify(form.body)).toBe(201);
  formId = form.body.id;
});
afterAll(async () => {
  unregisterIndicatorSource('test.echo');
  await h?.close();
});

describe('prefill and roll-up', () => {
  it('prefills from the indicator sources over the unit and the period, saying where each value came from', async () => {
    const res = await req<{
      values: Record<string, number>;
      sources: Record<string, { source: string; label: string }>;
    }>('GET', t.standing1, `/api/v1/report-forms/${formId}/prefill?unitId=${w.C1.id}&period=2024-02`);
    expect(res.status).toBe(200);
    expect(res.body.values).toEqual({ days: 29, meetings: 0 });
    expect(res.body.sources.days).toEqual({ source: 'test.echo', label: 'Nguồn thử (số ngày của kỳ)' });
    expect(
      (await req('GET', t.village1, `/api/v1/report-forms/${formId}/prefill?unitId=${w.C1.id}&period=2024-02`)).status,
    ).toBe(404);
  });

  it('builds the commune’s values from its villages’ submitted reports, summing the marked fields', async () => {
    const a = await start(w.V1.id, '2025-03', { meetings: 2, raised: 1_500_000, note: 'x' }, t.village1);
    const b = await start(w.V2.id, '2025-03', { meetings: 3, raised: 500_000 }, t.target_sibling);
    await move(a.body.id, 'submitted', t.village1);
    let res = await req<{ values: Record<string, unknown>; from: { unitId: string; status: string }[] }>(
      'GET',
      t.standing1,
      `/api/v1/report-forms/${formId}/rollup?unitId=${w.C1.id}&period=2025-03`,
    );
    expect(res.body.values).toEqual({ meetings: 2, raised: 1_500_000 });
    await move(b.body.id, 'submitted', t.target_sibling);
    res = await req('GET', t.standing1, `/api/v1/report-forms/${formId}/rollup?unitId=${w.C1.id}&period=2025-03`);
    expect(res.body.values).toEqual({ meetings: 5, raised: 2_000_000 });
    expect(res.body.from.map((f) => f.status).sort()).toEqual(['submitted', 'submitted']);
    const commune = await start(
      w.C1.id,
      '2025-03',
      { ...res.body.values, byVillage: { [w.V1.id]: { households: 12 } } },
      t.standing1,
    );
    expect(commune.status, JSON.stringify(commune.body)).toBe(201);
    const foreignRow = await start(w.C1.id, '2025-04', { byVillage: { [w.V3.id]: { households: 1 } } }, t.standing1);
    expect(foreignRow.status).toBe(422);
    expect(foreignRow.body.error.fields).toHaveProperty([`values.byVillage.${w.V3.id}`]);
  });
});

describe('table fields', () => {
  it('a table cell out of range, of the wrong type or of an unknown column is a 422 naming its path', async () => {
    const draft = await start(w.C1.id, '2024-11', {}, t.standing1);
    expect(draft.status).toBe(201);
    const detail = await req<{ tableRows: { village: { id: string; name: string }[] } }>(
      'GET',
      t.standing1,
      `/api/v1/report-submissions/${draft.body.id}`,
    );
    expect(detail.body.tableRows.village).toEqual(
      [
        { id: w.V2.id, name: w.V2.name },
        { id: w.V1.id, name: w.V1.name },
      ].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    );
    const cell = `values.byVillage.${w.V1.id}.households`;
    for (const bad of [-1, 2.5, 'mười']) {
      const res = await h.expectRefused(422, ['report_submissions'], () =>
        h.request('PATCH', `/api/v1/report-submissions/${draft.body.id}`, {
          token: t.standing1,
          body: { values: { byVillage: { [w.V1.id]: { households: bad } } } },
        }),
      );
      expect(Object.keys((res as ErrorBody).error.fields ?? {})).toEqual([cell]);
    }
    const unknown = await req('PATCH', t.standing1, `/api/v1/report-submissions/${draft.body.id}`, {
      values: { byVillage: { [w.V1.id]: { cows: 3 } } },
    });
    expect(unknown.body.error.fields).toHaveProperty([`values.byVillage.${w.V1.id}.cows`]);
    const ok = await req<{ values: Record<string, unknown> }>(
      'PATCH',
      t.standing1,
      `/api/v1/report-submissions/${draft.body.id}`,
      { values: { byVillage: { [w.V1.id]: { households: 12 }, [w.V2.id]: { households: null } } } },
    );
    expect(ok.body.values.byVillage).toEqual({ [w.V1.id]: { households: 12 }, [w.V2.id]: { households: null } });
  });

  it('a row keeps each of its columns; an "of which" column above its total in the row is named at that cell', async () => {
    const draft = await start(w.C1.id, '2024-10', {}, t.standing1);
    const save = (row: Record<string, unknown>) =>
      req<{ values: Record<string, unknown> }>('PATCH', t.standing1, `/api/v1/report-submissions/${draft.body.id}`, {
        values: { byVillage: { [w.V1.id]: row } },
      });
    const ok = await save({ households: 40, recognised: 31, remark: 'Đạt 77%', model: true });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.values.byVillage).toEqual({
      [w.V1.id]: { households: 40, recognised: 31, remark: 'Đạt 77%', model: true },
    });
    const notYesNo = await save({ households: 40, model: 'có' });
    expect(notYesNo.body.error.fields).toEqual({ [`values.byVillage.${w.V1.id}.model`]: 'Chọn có hoặc không.' });
    const over = await save({ households: 40, recognised: 41 });
    expect(over.status).toBe(422);
    expect(over.body.error.fields).toEqual({
      [`values.byVillage.${w.V1.id}.recognised`]: '"Trong đó" không được lớn hơn cột "Số hộ" (40).',
    });
    const kept = await req<{ values: Record<string, unknown> }>(
      'GET',
      t.standing1,
      `/api/v1/report-submissions/${draft.body.id}`,
    );
    expect(kept.body.values.byVillage).toEqual(ok.body.values.byVillage);
  });

  it('a bad table definition names the column: repeated key, "of which" of an unknown or text column, bad key', async () => {
    const res = await req('POST', t.upper1, '/api/v1/report-forms', {
      ownerUnitId: w.P1.id,
      title: 'Bảng sai',
      periodKind: 'month',
      fillers: 'commune',
      fields: [
        { key: 'n', label: 'N', type: 'count' },
        {
          key: 'tbl',
          label: 'Theo thôn',
          type: 'table',
          columns: [
            { key: 'a', label: 'A', type: 'count' },
            { key: 'a', label: 'B', type: 'count', ofKey: 'zz' },
            { key: 'c', label: 'C', type: 'count', ofKey: 'd' },
            { key: 'd', label: 'D', type: 'text' },
            { key: 'e', label: 'E', type: 'boolean', ofKey: 'a' },
          ],
        },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toMatchObject({
      'fields.1.columns.1.key': 'Mã cột "a" đã dùng trong bảng "Theo thôn".',
      'fields.1.columns.1.ofKey': 'Cột "tổng" không có trong bảng "Theo thôn".',
      'fields.1.columns.2.ofKey': '"Trong đó" chỉ dùng cho cột số.',
      'fields.1.columns.4.ofKey': '"Trong đó" chỉ dùng cho cột số.',
    });
    const badKey = await req('POST', t.upper1, '/api/v1/report-forms', {
      ownerUnitId: w.P1.id,
      title: 'Bảng sai',
      periodKind: 'month',
      fillers: 'commune',
      fields: [{ key: 'tbl', label: 'T', type: 'table', columns: [{ key: 'số hộ', label: 'Số hộ', type: 'count' }] }],
    });
    expect(badKey.status).toBe(422);
    expect(badKey.body.error.fields).toHaveProperty(['fields.0.columns.0.key']);
  });
});

describe('completeness grid, the Zalo text, exports', () => {
  it('grid of units × periods: on time, late, returned, missing; totals', async () => {
    const v1 = await start(w.V1.id, '2025-05', { meetings: 1 }, t.village1);
    await move(v1.body.id, 'submitted', t.village1);
    await move(v1.body.id, 'returned', t.standing1, 'Sai số');
    const res = await req<{
      periods: { period: string }[];
      units: { unitId: string }[];
      cells: string[][];
      totals: Record<string, number>;
    }>('GET', t.upper1, `/api/v1/report-forms/${formId}/grid?from=2025-03&to=2025-05`);
    expect(res.status).toBe(200);
    expect(res.body.periods.map((p) => p.period)).toEqual(['2025-03', '2025-04', '2025-05']);
    const row = (id: string) => res.body.cells[res.body.units.findIndex((u) => u.unitId === id)];
    // Submitted today, long after March's due date: late. The commune's draft is not the province's to see.
    expect(row(w.V1.id)).toEqual(['late', 'missing', 'returned']);
    expect(row(w.C1.id)).toEqual(['missing', 'missing', 'missing']);
    expect(res.body.units.map((u) => u.unitId)).not.toContain(w.V4.id);
    expect(res.body.totals.returned).toBe(1);
    const bad = await req('GET', t.upper1, `/api/v1/report-forms/${formId}/grid?from=2025-W01`);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty('from');
  });

  it('the grid’s range: from alone gives 12 periods; reversed, malformed or over 60 periods is named', async () => {
    const grid = (q: string) =>
      req<{ periods: { period: string }[] }>('GET', t.upper1, `/api/v1/report-forms/${formId}/grid?${q}`);
    const fromOnly = await grid('from=2024-01');
    expect(fromOnly.body.periods.map((p) => p.period)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    );
    expect((await grid('from=2020-01&to=2024-12')).body.periods).toHaveLength(60);
    for (const [q, field] of [
      ['from=2025-05&to=2025-03', 'to'],
      ['to=2025-13', 'to'],
      ['from=2019-12&to=2024-12', 'from'],
    ] as const) {
      const res = await grid(q);
      expect(res.status, q).toBe(422);
      expect(Object.keys(res.body.error.fields ?? {}), q).toEqual([field]);
    }
  });

  it('the late list reads as a message for the Zalo group', async () => {
    const res = await req<{ text: string; late: number }>(
      'GET',
      t.standing1,
      `/api/v1/report-forms/${formId}/late-text?period=2025-05`,
    );
    expect(res.status).toBe(200);
    const lines = res.body.text.split('\n');
    expect(lines[0]).toBe('Báo cáo "Báo cáo tháng" tháng 05/2025 — hạn nộp 05/06/2025.');
    expect(lines).toContain('Đã trả lại, chờ nộp lại (1):');
    expect(lines).toContain(`1. ${w.V1.name}`);
    expect(res.body.text).toContain(w.V2.name);
    expect(res.body.text).not.toContain(w.V3.name);
  });

  it('one period across units and one unit across periods as .xlsx, with totals', async () => {
    const rows = await download(`/api/v1/report-forms/${formId}/export.xlsx?period=2025-03`, t.standing1);
    expect(rows[0]).toEqual(['Báo cáo tháng']);
    expect(rows[3]).toEqual([
      'Đơn vị',
      'Trạng thái',
      'Ngày gửi',
      'Số ngày',
      'Số cuộc họp',
      'Số tiền vận động',
      'Ghi chú',
    ]);
    const v1 = rows.find((r) => r[0] === w.V1.name);
    expect(v1?.slice(1, 2)).toEqual(['Đã gửi']);
    expect(v1?.slice(4, 6)).toEqual([2, 1_500_000]);
    expect(rows.find((r) => r[0] === w.C1.name)?.[1]).toBe('Nháp');
    expect(rows.at(-1)?.slice(0, 1)).toEqual(['Tổng cộng']);
    expect(rows.at(-1)?.slice(4, 6)).toEqual([10, 4_000_000]);
    const byUnit = await download(`/api/v1/report-forms/${formId}/export.xlsx?unitId=${w.V1.id}`, t.village1);
    expect(byUnit[1]).toEqual([`Đơn vị: ${w.V1.name}`]);
    expect(byUnit.length).toBe(4 + 12 + 1);
    const other = await req('GET', t.village1, `/api/v1/report-forms/${formId}/export.xlsx?unitId=${w.V2.id}`);
    expect(other.status).toBe(422);
    // One unit across the grid's range.
    const ranged = await download(
      `/api/v1/report-forms/${formId}/export.xlsx?unitId=${w.V1.id}&from=2025-03&to=2025-05`,
      t.village1,
    );
    expect(ranged.slice(4, 7).map((r) => r[0])).toEqual(['tháng 03/2025', 'tháng 04/2025', 'tháng 05/2025']);
    expect(ranged.length).toBe(4 + 3 + 1);
    const reversed = await req(
      'GET',
      t.village1,
      `/api/v1/report-forms/${formId}/export.xlsx?unitId=${w.V1.id}&from=2025-05&to=2025-03`,
    );
    expect(reversed.status).toBe(422);
    expect(reversed.body.error.fields).toHaveProperty('to');
  });

  it('each table field goes out on its own sheet: a line per unit and village or organisation, with totals', async () => {
    const byVillage = {
      [w.V1.id]: { households: 40, recognised: 31, remark: 'Khá', model: true },
      [w.V2.id]: { households: 25, recognised: 20, model: false },
    };
    const made = await start(
      w.C1.id,
      '2025-06',
      { byVillage, byOrg: { [w.O1.id]: { raised: 2_500_000 } } },
      t.standing1,
    );
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const res = await h.app.request(`/api/v1/report-forms/${formId}/export.xlsx?period=2025-06`, {
      headers: { authorization: `Bearer ${t.standing1}` },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Báo cáo', '2. Theo thôn', '3. Theo tổ chức']);
    const sheet = (i: number) => {
      const ws = wb.worksheets[i];
      if (!ws) throw new Error(`no sheet ${i}`);
      const rows: unknown[][] = [];
      for (let r = 1; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as unknown[]).slice(1));
      return rows;
    };
    const villages = sheet(1);
    expect(villages[2]).toEqual([
      'Đơn vị',
      'Thôn, tổ dân phố',
      'Số hộ',
      'Gia đình văn hóa',
      'Ghi chú',
      'Đạt chuẩn khu dân cư văn hóa',
    ]);
    expect(villages.slice(3, 5)).toEqual(
      [
        [w.C1.name, w.V1.name, 40, 31, 'Khá', 'Có'],
        [w.C1.name, w.V2.name, 25, 20, undefined, 'Không'],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]), 'vi')),
    );
    expect(villages.at(-1)?.slice(0, 4)).toEqual(['Tổng cộng', undefined, 65, 51]);
    const orgs = sheet(2);
    expect(orgs[3]).toEqual([w.C1.name, w.O1.name, 2_500_000]);
    expect(orgs.at(-1)).toEqual(['Tổng cộng', undefined, 2_500_000]);
  });

  it('a form out as an Excel template and back in gives the same fields', async () => {
    const res = await h.app.request(`/api/v1/report-forms/${formId}/template.xlsx`, {
      headers: { authorization: `Bearer ${t.standing1}` },
    });
    expect(res.status).toBe(200);
    const bytes = await res.arrayBuffer();
    const body = new FormData();
    body.set('file', new File([bytes], 'bieu-mau.xlsx'));
    const back = await h.app.request('/api/v1/report-forms/template', {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${t.upper1}` },
    });
    expect(back.status).toBe(200);
    type Field = { key: string; type: string; source?: string; rows?: string; columns?: { key: string }[] };
    const { fields } = (await back.json()) as { fields: Field[] };
    const form = await req<{ fields: Field[] }>('GET', t.upper1, `/api/v1/report-forms/${formId}`);
    expect(fields.map((f) => [f.key, f.type, f.source ?? null])).toEqual(
      form.body.fields.map((f) => [f.key, f.type, f.source ?? null]),
    );
    // The tables come back with all their columns (types, "of which") and their rows.
    const tables = (list: typeof fields) =>
      list.filter((f) => f.type === 'table').map((f) => ({ key: f.key, rows: f.rows, columns: f.columns }));
    expect(tables(fields)).toEqual(tables(form.body.fields));
    expect(tables(fields).map((f) => [f.rows, f.columns?.length])).toEqual([
      ['village', 4],
      ['organization', 1],
    ]);
    // A line with a bad type is named by its row.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu mẫu');
    ws.addRow(['Mã', 'Tên trường', 'Kiểu']);
    ws.addRow(['a', 'A', 'số']);
    const bad = new FormData();
    bad.set('file', new File([(await wb.xlsx.writeBuffer()) as ArrayBuffer], 'x.xlsx'));
    const refused = await h.app.request('/api/v1/report-forms/template', {
      method: 'POST',
      body: bad,
      headers: { authorization: `Bearer ${t.upper1}` },
    });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as ErrorBody).error.fields).toHaveProperty(['rows.2.type']);
  });
});

describe('the start page', () => {
  it('shows the village head the report they owe and the commune the report waiting for review', async () => {
    const owed = await req<{ groups: { key: string; items: { title: string }[] }[] }>(
      'GET',
      t.village1,
      '/api/v1/today',
    );
    expect(owed.status).toBe(200);
    const g = owed.body.groups.find((x) => x.key === 'reports.owed');
    const last = previousPeriod('month', periodOf('month', todayVn()));
    expect(g?.items[0]?.title).toBe(`Báo cáo tháng — ${periodLabel('month', last)}`);
    const review = await req<{ groups: { key: string; count: number }[] }>('GET', t.standing1, '/api/v1/today');
    expect(review.body.groups.find((x) => x.key === 'reports.review')?.count).toBeGreaterThan(0);
  });
});
