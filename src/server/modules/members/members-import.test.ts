import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';

/** Issue 14.4: an organisation's member list from Excel — all or nothing, errors by row, people found across lists. */
let h: Harness;
let w: World;
const t = { standing1: '', village1: '', orglead1: '' };
const TABLES = ['people', 'memberships', 'audit_log'];
const HEADERS = [
  'Họ tên',
  'Năm sinh',
  'Giới tính',
  'Thôn/tổ dân phố',
  'Chi hội',
  'Ngày vào',
  'Số thẻ',
  'Loại (đóng phí)',
];

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  for (const u of ['standing1', 'village1', 'orglead1'] as const) t[u] = await h.login(u);
  // Known from the farmers' union list: the same woman appears in the women's union list below.
  const p = await h.request('POST', '/api/v1/people', {
    token: t.standing1,
    body: { fullName: 'Nguyễn Thị Hoa', villageId: w.V1.id, birthYear: 1975 },
  });
  await h.request('POST', '/api/v1/memberships', {
    token: t.standing1,
    body: { personId: (p.body as { id: string }).id, organizationId: w.O2.id, joinedOn: '2015-03-01' },
  });
  await h.request('POST', '/api/v1/branches', {
    token: t.standing1,
    body: { organizationId: w.O1.id, villageId: w.V1.id, name: 'Chi hội Thôn Một' },
  });
});
afterAll(async () => h?.close());

async function xlsx(rows: unknown[][]): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hội viên');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return new Blob([(await wb.xlsx.writeBuffer()) as ArrayBuffer]);
}

async function upload(token: string, file: Blob, fileName: string, organizationId: string, dryRun?: boolean) {
  const form = new FormData();
  form.set('file', new File([file], fileName));
  form.set('organizationId', organizationId);
  if (dryRun !== undefined) form.set('dryRun', String(dryRun));
  const res = await h.app.request('/api/v1/memberships/import', {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '10.9.9.9' },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('importing a member list', () => {
  it('checks first (dry run), links a person already known from another list, then writes all rows', async () => {
    const file = await xlsx([
      ['Nguyễn Thị Hoa', 1975, 'Nữ', 'Thôn Một', 'Chi hội Thôn Một', '12/03/2016', 'PN-01', ''],
      ['Trần Thị Lan', 1988, 'Nữ', 'thon mot', '', new Date(Date.UTC(2019, 4, 20)), '', ''],
      ['Lê Thị Mai', 1992, 'nu', 'Thôn Hai', '', '2021-08-01', '', 'Có lương'],
    ]);
    const before = await h.counts(TABLES);
    const dry = await upload(t.standing1, file, 'hoi-phu-nu.xlsx', w.O1.id, true);
    expect(dry.status, JSON.stringify(dry.body)).toBe(201);
    expect(dry.body).toMatchObject({ rows: 3, newPeople: 2, created: 0 });
    expect(dry.body.matchedPeople).toEqual([
      { row: 2, fullName: 'Nguyễn Thị Hoa', birthYear: 1975, village: 'Thôn Một' },
    ]);
    expect(await h.counts(TABLES)).toEqual(before);

    const done = await upload(t.orglead1, file, 'hoi-phu-nu.xlsx', w.O1.id);
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    expect(done.body).toMatchObject({ rows: 3, newPeople: 2, created: 3 });
    const after = await h.counts(TABLES);
    expect(after.people).toBe((before.people ?? 0) + 2);
    expect(after.memberships).toBe((before.memberships ?? 0) + 3);
    expect(after.audit_log).toBe((before.audit_log ?? 0) + 1);
    const counts = (
      await h.request('GET', `/api/v1/members/counts?unitId=${w.C1.id}&asOf=2026-01-01`, { token: t.standing1 })
    ).body as { people: number; memberships: number };
    expect(counts).toMatchObject({ people: 3, memberships: 4 });
  });

  it('refuses the whole file with an error per row and field, and writes nothing', async () => {
    const file = await xlsx([
      ['Phạm Thị Một', 1980, 'Nữ', 'Thôn Chín', '', '01/01/2020', '', ''],
      ['Phạm Thị Hai', 1981, 'Nữ', 'Thôn Một', 'Chi hội Không Có', '01/01/2020', '', ''],
      ['Phạm Thị Ba', 1982, 'Nữ', 'Thôn Một', '', '31/02/2020', '', ''],
      ['Phạm Thị Bốn', 1983, 'X', 'Thôn Một', '', '01/01/2020', '', ''],
      ['Phạm Thị Năm', 1984, 'Nữ', 'Thôn Một', '', '01/01/2020', '', ''],
      ['pham thi nam', 1984, 'Nữ', 'Thôn Một', '', '02/01/2020', '', ''],
      ['Trần Thị Lan', 1988, 'Nữ', 'Thôn Một', '', '01/01/2020', '', ''],
      ['', 1990, 'Nữ', 'Thôn Một', '', '01/01/2020', '', ''],
      ['Phạm Thị Sáu', { formula: '1+1', result: 2 }, 'Nữ', 'Thôn Một', '', '01/01/2020', '', ''],
    ]);
    const before = await h.counts(TABLES);
    const res = await upload(t.standing1, file, 'sai.xlsx', w.O1.id);
    expect(res.status).toBe(422);
    const errors = (res.body.errors as { row: number; field: string }[]).map((e) => `${e.row}:${e.field}`);
    expect(errors, JSON.stringify(res.body.errors)).toEqual([
      '2:village',
      '3:branch',
      '4:joinedOn',
      '5:sex',
      '7:fullName',
      '8:fullName',
      '9:fullName',
      '10:birthYear',
    ]);
    expect(Object.keys((res.body.error as { fields: Record<string, string> }).fields)).toContain('rows.2.village');
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('reads CSV; is for the standing committee and the organisation head; names a bad organisation', async () => {
    const csv = new Blob([`\uFEFF${HEADERS.join(',')}\nVõ Thị Tám,1970,Nữ,Thôn Hai,,05/06/2010,,\n`]);
    expect((await upload(t.village1, csv, 'ds.csv', w.O1.id)).status).toBe(403);
    expect((await upload(t.standing1, csv, 'ds.csv', w.O4.id)).status).toBe(404);
    const bad = await upload(t.standing1, csv, 'ds.csv', 'khong-phai-ma');
    expect(bad.status).toBe(422);
    expect(Object.keys((bad.body.error as { fields: Record<string, string> }).fields)).toEqual(['organizationId']);
    const ok = await upload(t.standing1, csv, 'ds.csv', w.O2.id);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ created: 1, newPeople: 1 });
    const template = await h.app.request('/api/v1/memberships/template.xlsx', {
      headers: { authorization: `Bearer ${t.standing1}` },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await template.arrayBuffer());
    const header = (wb.worksheets[0]?.getRow(1).values ?? []) as unknown[];
    expect(header.slice(1, 9)).toEqual(HEADERS.slice(0, 8));
  });

  it('exports the list in the template’s columns, in the reader’s scope, the export logged', async () => {
    const download = async (token: string) => {
      const res = await h.app.request(`/api/v1/memberships/export.xlsx?organizationId=${w.O1.id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const ws = wb.worksheets[0];
      return Array.from({ length: ws?.rowCount ?? 0 }, (_, i) =>
        ((ws?.getRow(i + 1).values ?? []) as unknown[]).slice(1),
      );
    };
    const before = await h.counts(TABLES);
    const [header = [], ...rows] = await download(t.standing1);
    expect((await h.counts(TABLES)).audit_log).toBe((before.audit_log ?? 0) + 1);
    expect(header).toEqual([...HEADERS, 'Điện thoại', 'Tổ chức', 'Ngày ra', 'Lý do ra']);
    expect(rows.map((r) => `${r[0]} ${r[3]} ${r[4] ?? ''} ${r[5]} ${r[9]}`)).toEqual([
      'Lê Thị Mai Thôn Hai  01/08/2021 PN1',
      'Nguyễn Thị Hoa Thôn Một Chi hội Thôn Một 12/03/2016 PN1',
      'Trần Thị Lan Thôn Một  20/05/2019 PN1',
    ]);
    // A village head gets their own village's members only.
    const [, ...own] = await download(t.village1);
    expect(own.map((r) => r[3])).toEqual(['Thôn Một', 'Thôn Một']);
  });
});
