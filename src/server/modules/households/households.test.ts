import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type World,
} from '../../testing/harness';

type Category = { year: number; category: string; decisionRef: string | null };
type HouseholdDto = {
  id: string;
  communeId: string;
  villageId: string;
  villageName: string;
  headName: string;
  address: string | null;
  members: number | null;
  phone: string | null;
  categories: Category[];
  erased: boolean;
};
type ListDto = { items: HouseholdDto[]; total: number };
type AuditRow = {
  action: string;
  entity: string;
  entityId: string | null;
  actorUsername: string;
  before: unknown;
  after: unknown;
};
type ImportDto = { created: number; updated: number; errors: { row: number; field: string; message: string }[] };
type ImportFail = ImportDto & ErrorBody;

const TABLES = ['households', 'household_categories'];
const HEADERS = [
  'Thôn/tổ dân phố',
  'Họ tên chủ hộ',
  'Địa chỉ',
  'Số nhân khẩu',
  'Điện thoại',
  'Năm',
  'Diện hộ',
  'Số quyết định',
];
const YEAR = new Date().getUTCFullYear();

let h: Harness;
let w: World;
let admin: string;
const tok: Record<string, string> = {};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1']) tok[u] = await h.login(u);
});
afterAll(async () => h?.close());

/** The audit rows of changes and exports (the reads of one household, household.read, are checked in http/security-personal-data.test.ts). */
async function audit(query: string): Promise<AuditRow[]> {
  const res = await h.request('GET', `/api/v1/audit?${query}`, { token: admin });
  expect(res.status).toBe(200);
  return (res.body as { items: AuditRow[] }).items.filter((r) => r.action !== 'household.read');
}

async function create(token: string, body: Record<string, unknown>) {
  return h.request('POST', '/api/v1/households', { token, body });
}

async function xlsxOf(
  rows: unknown[][],
  opts: { sheet?: string; headers?: string[] | null; before?: (wb: ExcelJS.Workbook) => void } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  opts.before?.(wb);
  const ws = wb.addWorksheet(opts.sheet ?? 'Danh sách hộ');
  if (opts.headers !== null) ws.addRow(opts.headers ?? HEADERS);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function upload(token: string, data: Uint8Array | string, name: string, extra: Record<string, string> = {}) {
  const form = new FormData();
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)]);
  form.append('file', new File([blob], name));
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  const res = await h.app.request('/api/v1/households/import', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body };
}

async function download(token: string, path: string) {
  const res = await h.app.request(path, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** An import that must be refused with row/field errors and write nothing. */
async function expectRefused(
  token: string,
  data: Uint8Array | string,
  name: string,
  expected: { row?: number; field: string }[],
  status = 422,
) {
  const before = await h.counts(TABLES);
  const res = await upload(token, data, name);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const body = res.body as ImportFail;
  expect(body.error.code).toBeTruthy();
  for (const e of expected) {
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining(e.row === undefined ? { field: e.field } : { row: e.row, field: e.field }),
      ]),
    );
    const key = e.field === 'file' ? 'file' : `rows.${e.row}.${e.field}`;
    expect(body.error.fields).toHaveProperty(key);
  }
  const after = await h.counts(TABLES);
  expect({ households: after.households, household_categories: after.household_categories }).toEqual({
    households: before.households,
    household_categories: before.household_categories,
  });
  return body;
}

describe('household registry', () => {
  let id: string;

  it('creates a household with categories per year, audited', async () => {
    const res = await create(tok.standing1 as string, {
      villageId: w.V1.id,
      headName: '  Nguyễn   Văn An ',
      members: 4,
      address: 'Xóm 2',
      phone: '0912 345 678',
      categories: [
        { year: YEAR, category: 'near_poor', decisionRef: '15/QĐ-UBND' },
        { year: YEAR - 1, category: 'poor' },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const hh = res.body as HouseholdDto;
    id = hh.id;
    expect(hh).toMatchObject({
      villageId: w.V1.id,
      communeId: w.C1.id,
      headName: 'Nguyễn Văn An',
      members: 4,
      address: 'Xóm 2',
      erased: false,
    });
    expect(hh.categories).toEqual(
      expect.arrayContaining([
        { year: YEAR, category: 'near_poor', decisionRef: '15/QĐ-UBND' },
        { year: YEAR - 1, category: 'poor', decisionRef: null },
      ]),
    );
    const [row] = await audit(`entityId=${id}`);
    expect(row).toMatchObject({
      action: 'household.create',
      entity: 'household',
      actorUsername: 'standing1',
      after: { headName: 'Nguyễn Văn An' },
    });
  });

  it('refuses bad input naming the field: unknown category, bad year, duplicate category, members out of range', async () => {
    const bad = await create(tok.standing1 as string, {
      villageId: w.V1.id,
      headName: 'Lê Thị Bình',
      members: 0,
      categories: [{ year: 1990, category: 'rich' }],
    });
    expect(bad.status).toBe(422);
    const fields = (bad.body as ErrorBody).error.fields ?? {};
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(['members', 'categories.0.year', 'categories.0.category']),
    );
    const dup = await create(tok.standing1 as string, {
      villageId: w.V1.id,
      headName: 'Lê Thị Bình',
      categories: [
        { year: YEAR, category: 'poor' },
        { year: YEAR, category: 'poor' },
      ],
    });
    expect(dup.status).toBe(422);
    expect((dup.body as ErrorBody).error.fields).toHaveProperty('categories.1.category');
    const noVillage = await create(tok.standing1 as string, { villageId: w.C1.id, headName: 'X' });
    expect(noVillage.status).toBe(404);
    expect((noVillage.body as ErrorBody).error.fields).toHaveProperty('villageId');
  });

  it('gets and patches, auditing before and after', async () => {
    const got = await h.request('GET', `/api/v1/households/${id}`, { token: tok.village1 });
    expect(got.status).toBe(200);
    const res = await h.request('PATCH', `/api/v1/households/${id}`, {
      token: tok.village1,
      body: { members: 5, phone: null, villageId: w.V1.id },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ members: 5, phone: null });
    const [row] = await audit(`entityId=${id}`);
    expect(row).toMatchObject({
      action: 'household.update',
      actorUsername: 'village1',
      before: { members: 4, phone: '0912 345 678' },
      after: { members: 5, phone: null },
    });
    // Moving to another commune's village is refused.
    const move = await h.request('PATCH', `/api/v1/households/${id}`, { token: admin, body: { villageId: w.V3.id } });
    expect(move.status).toBe(422);
    expect((move.body as ErrorBody).error.fields).toHaveProperty('villageId');
  });

  it('replaces one year of categories, keeping the others', async () => {
    const res = await h.request('PUT', `/api/v1/households/${id}/categories`, {
      token: tok.standing1,
      body: { year: YEAR, categories: [{ category: 'poor', decisionRef: '20/QĐ-UBND' }, { category: 'disability' }] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const cats = (res.body as HouseholdDto).categories;
    expect(
      cats
        .filter((c) => c.year === YEAR)
        .map((c) => c.category)
        .sort(),
    ).toEqual(['disability', 'poor']);
    expect(cats.filter((c) => c.year === YEAR - 1).map((c) => c.category)).toEqual(['poor']);
    const [row] = await audit(`entityId=${id}`);
    expect(row).toMatchObject({
      action: 'household.categories',
      before: { year: YEAR, categories: [{ category: 'near_poor' }] },
    });
    const cleared = await h.request('PUT', `/api/v1/households/${id}/categories`, {
      token: tok.standing1,
      body: { year: YEAR - 1, categories: [] },
    });
    expect((cleared.body as HouseholdDto).categories.every((c) => c.year === YEAR)).toBe(true);
  });

  it('lists by village, year, category and a search without diacritics; each list view is logged', async () => {
    await create(tok.standing1 as string, {
      villageId: w.V2.id,
      headName: 'Đỗ Thị Hồng',
      categories: [{ year: YEAR, category: 'lonely_elderly' }],
    });
    const search = await h.request('GET', '/api/v1/households?q=do%20thi%20hong', { token: tok.standing1 });
    expect(search.status).toBe(200);
    expect((search.body as ListDto).items.map((x) => x.headName)).toEqual(['Đỗ Thị Hồng']);
    const byCat = await h.request('GET', `/api/v1/households?year=${YEAR}&category=poor`, { token: tok.standing1 });
    expect((byCat.body as ListDto).items.map((x) => x.id)).toEqual([id]);
    const byVillage = await h.request('GET', `/api/v1/households?villageId=${w.V2.id}`, { token: tok.standing1 });
    expect((byVillage.body as ListDto).items.every((x) => x.villageId === w.V2.id)).toBe(true);
    const bad = await h.request('GET', '/api/v1/households?category=rich', { token: tok.standing1 });
    expect(bad.status).toBe(422);

    const rows = await audit('entity=household_list');
    expect(rows[0]).toMatchObject({
      action: 'household.list',
      actorUsername: 'standing1',
      after: { filter: { villageId: w.V2.id }, count: 1 },
    });
    expect(rows.some((r) => (r.after as { filter: { q?: string } }).filter.q === 'do thi hong')).toBe(true);
  });
});

describe('scope', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    for (const [k, v] of Object.entries({ V1: w.V1, V2: w.V2, V3: w.V3, V4: w.V4 })) {
      const res = await create(admin, { villageId: v.id, headName: `Hộ phạm vi ${k}` });
      expect(res.status).toBe(201);
      ids[k] = (res.body as HouseholdDto).id;
    }
  });

  // read: which villages each role sees; write: which it may edit (others readable → 403, unreadable → 404).
  const matrix: Record<string, { read: string[]; write: string[] }> = {
    admin: { read: ['V1', 'V2', 'V3', 'V4'], write: ['V1', 'V2', 'V3', 'V4'] },
    upper1: { read: ['V1', 'V2', 'V3'], write: [] },
    standing1: { read: ['V1', 'V2'], write: ['V1', 'V2'] },
    orglead1: { read: [], write: [] },
    village1: { read: ['V1'], write: ['V1'] },
    viewer1: { read: ['V1', 'V2'], write: [] },
  };

  for (const [user, m] of Object.entries(matrix)) {
    it(`${user}: list, GET and PATCH across V1–V4`, async () => {
      const token = user === 'admin' ? admin : (tok[user] as string);
      const list = await h.request('GET', '/api/v1/households?q=ho%20pham%20vi', { token });
      expect(list.status).toBe(200);
      const seen = (list.body as ListDto).items.map((x) => Object.keys(ids).find((k) => ids[k] === x.id)).sort();
      expect(seen).toEqual(m.read);
      for (const v of ['V1', 'V2', 'V3', 'V4']) {
        const get = await h.request('GET', `/api/v1/households/${ids[v]}`, { token });
        expect(get.status, `${user} GET ${v}`).toBe(m.read.includes(v) ? 200 : 404);
        const patch = await h.request('PATCH', `/api/v1/households/${ids[v]}`, { token, body: { members: 3 } });
        expect(patch.status, `${user} PATCH ${v}`).toBe(m.write.includes(v) ? 200 : m.read.includes(v) ? 403 : 404);
        const cats = await h.request('PUT', `/api/v1/households/${ids[v]}/categories`, {
          token,
          body: { year: YEAR, categories: [{ category: 'hardship' }] },
        });
        expect(cats.status, `${user} PUT categories ${v}`).toBe(
          m.write.includes(v) ? 200 : m.read.includes(v) ? 403 : 404,
        );
      }
    });
  }

  it('a village head adds households only in their village', async () => {
    expect((await create(tok.village1 as string, { villageId: w.V1.id, headName: 'Hộ thôn một' })).status).toBe(201);
    const sibling = await create(tok.village1 as string, { villageId: w.V2.id, headName: 'Hộ thôn hai' });
    expect(sibling.status).toBe(404);
    expect((sibling.body as ErrorBody).error.fields).toHaveProperty('villageId');
    const viewer = await create(tok.viewer1 as string, { villageId: w.V1.id, headName: 'Hộ người xem' });
    expect(viewer.status).toBe(403);
    const other = await create(tok.standing1 as string, { villageId: w.V3.id, headName: 'Hộ xã khác' });
    expect(other.status).toBe(404);
  });
});

describe('export, personal data and erasure', () => {
  it('exports .xlsx with formula-like cells neutralised, and logs the export', async () => {
    const evil = '=HYPERLINK("http://evil.example","bấm")';
    const made = await create(tok.standing1 as string, {
      villageId: w.V1.id,
      headName: evil,
      address: '+84 phố',
      phone: '+84912345678',
      categories: [{ year: YEAR, category: 'poor', decisionRef: '@ref' }],
    });
    expect(made.status).toBe(201);
    const res = await download(tok.standing1 as string, `/api/v1/households/export.xlsx?villageId=${w.V1.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.bytes.buffer as ArrayBuffer);
    const ws = wb.getWorksheet('Danh sách hộ');
    expect(ws).toBeDefined();
    const values: unknown[] = [];
    ws?.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    // 12.17: the value as typed, without a literal apostrophe, in a Text-formatted string cell.
    expect(values).toContain(evil);
    expect(values).toContain('+84 phố');
    expect(values).toContain('@ref');
    expect(values.filter((v) => typeof v === 'string' && v.startsWith("'"))).toEqual([]);
    // No cell is a formula, and every formula-like text is a string cell formatted as Text.
    ws?.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula).toBeFalsy();
        if (typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value)) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.numFmt).toBe('@');
        }
      }),
    );
    const [row] = await audit('entity=household_list');
    expect(row).toMatchObject({
      action: 'household.export',
      actorUsername: 'standing1',
      after: { filter: { villageId: w.V1.id } },
    });
    expect(((row?.after ?? {}) as { count?: number }).count).toBeGreaterThan(0);
  });

  it('exports a household personal data (logged) and erases it on request (standing only); categories stay', async () => {
    const res = await create(tok.village1 as string, {
      villageId: w.V1.id,
      headName: 'Trần Văn Cường',
      address: 'Xóm 5',
      phone: '0987654321',
      members: 3,
      categories: [{ year: YEAR, category: 'poor' }],
    });
    const hid = (res.body as HouseholdDto).id;
    const pd = await h.request('GET', `/api/v1/households/${hid}/personal-data`, { token: tok.village1 });
    expect(pd.status).toBe(200);
    expect(pd.body).toMatchObject({
      household: { id: hid, headName: 'Trần Văn Cường', phone: '0987654321' },
      categories: [{ year: YEAR, category: 'poor' }],
      supports: [],
    });
    expect((await audit(`entityId=${hid}`))[0]).toMatchObject({
      action: 'household.personal_data',
      actorUsername: 'village1',
    });
    expect((await h.request('GET', `/api/v1/households/${hid}/personal-data`, { token: tok.viewer1 })).status).toBe(
      403,
    );

    expect(
      (
        await h.request('POST', `/api/v1/households/${hid}/erase`, {
          token: tok.village1,
          body: { reason: 'Người dân yêu cầu' },
        })
      ).status,
    ).toBe(403);
    const noReason = await h.request('POST', `/api/v1/households/${hid}/erase`, { token: tok.standing1, body: {} });
    expect(noReason.status).toBe(422);
    expect((noReason.body as ErrorBody).error.fields).toHaveProperty('reason');

    const erased = await h.request('POST', `/api/v1/households/${hid}/erase`, {
      token: tok.standing1,
      body: { reason: 'Người dân yêu cầu theo Luật 91/2025' },
    });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(erased.body).toMatchObject({
      id: hid,
      headName: 'Hộ đã xóa thông tin',
      address: null,
      phone: null,
      members: 3,
      erased: true,
      villageId: w.V1.id,
    });
    expect((erased.body as HouseholdDto).categories).toEqual([{ year: YEAR, category: 'poor', decisionRef: null }]);
    const got = await h.request('GET', `/api/v1/households/${hid}`, { token: tok.standing1 });
    expect(got.body).toMatchObject({ id: hid, headName: 'Hộ đã xóa thông tin', erased: true });

    // The audit trail keeps the erase, and no longer the name.
    const rows = await audit(`entityId=${hid}`);
    expect(rows[0]).toMatchObject({ action: 'household.erase', actorUsername: 'standing1', after: { erased: true } });
    expect(JSON.stringify(rows)).not.toContain('Trần Văn Cường');
    expect(JSON.stringify(rows)).not.toContain('0987654321');
    // Gone from the default list and from search; still counted with includeErased.
    const list = await h.request('GET', '/api/v1/households?q=tran%20van%20cuong', { token: tok.standing1 });
    expect((list.body as ListDto).total).toBe(0);
    const all = await h.request('GET', `/api/v1/households?includeErased=true&villageId=${w.V1.id}`, {
      token: tok.standing1,
    });
    expect((all.body as ListDto).items.some((x) => x.id === hid)).toBe(true);
    // An erased household is not edited any more.
    expect(
      (
        await h.request('PATCH', `/api/v1/households/${hid}`, {
          token: tok.standing1,
          body: { headName: 'Trần Văn Cường' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await h.request('POST', `/api/v1/households/${hid}/erase`, {
          token: tok.standing1,
          body: { reason: 'lần hai' },
        })
      ).status,
    ).toBe(409);
  });
});

describe('import', () => {
  it('downloads a template that imports back', async () => {
    const res = await download(tok.standing1 as string, '/api/v1/households/template.xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Danh sách hộ', 'Hướng dẫn']);
    expect(((wb.worksheets[0]?.getRow(1).values ?? []) as unknown[]).slice(1)).toEqual(HEADERS);
  });

  it('imports a good .xlsx: creates, and updates a household the registry has (same folded name + village)', async () => {
    const existing = await create(tok.standing1 as string, {
      villageId: w.V2.id,
      headName: 'Phạm Thị Dung',
      address: 'Xóm cũ',
      categories: [
        { year: YEAR, category: 'poor' },
        { year: YEAR - 1, category: 'poor' },
      ],
    });
    const existingId = (existing.body as HouseholdDto).id;
    const before = await h.counts(TABLES);
    const file = await xlsxOf([
      ['Thôn Một', 'Hoàng Văn Em', 'Xóm 1', 5, 912345678, YEAR, 'Hộ nghèo; khuyết tật', '12/QĐ-UBND'],
      ['thon hai', 'PHAM THI DUNG', null, 2, null, YEAR, 'cận nghèo', null],
      ['Thôn Hai', 'Vũ Văn Giang', null, null, null, null, null, null],
    ]);
    const res = await upload(tok.standing1 as string, file, 'ho.xlsx');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ created: 2, updated: 1, errors: [] });
    const after = await h.counts(TABLES);
    expect(after.households).toBe((before.households ?? 0) + 2);

    const em = (await h.request('GET', '/api/v1/households?q=hoang%20van%20em', { token: tok.standing1 }))
      .body as ListDto;
    expect(em.items[0]).toMatchObject({ villageId: w.V1.id, members: 5, phone: '0912345678', address: 'Xóm 1' });
    expect(em.items[0]?.categories.map((c) => c.category).sort()).toEqual(['disability', 'poor']);
    const dung = (await h.request('GET', `/api/v1/households/${existingId}`, { token: tok.standing1 }))
      .body as HouseholdDto;
    // The row's year replaced; the other year kept; empty cells kept the address; members updated.
    expect(dung).toMatchObject({ headName: 'Phạm Thị Dung', address: 'Xóm cũ', members: 2 });
    expect(dung.categories.filter((c) => c.year === YEAR).map((c) => c.category)).toEqual(['near_poor']);
    expect(dung.categories.filter((c) => c.year === YEAR - 1).map((c) => c.category)).toEqual(['poor']);
    const [row] = await audit(`entityId=${existingId}`);
    expect(row).toMatchObject({
      action: 'household.import_update',
      before: { categories: [{ category: 'poor' }] },
      after: { members: 2 },
    });
    const [summary] = await audit('entity=household_import');
    expect(summary).toMatchObject({
      action: 'household.import',
      after: { created: 2, updated: 1, fileName: 'ho.xlsx' },
    });
  });

  it('imports a CSV in UTF-8 with a BOM (semicolons, as Excel in Vietnamese saves it)', async () => {
    const csv = `\uFEFF${HEADERS.join(';')}\r\nThôn Một;Lý Thị Hạnh;"Xóm 3; ngõ 2";3;;${YEAR};Gia đình chính sách;\r\n;;;;;;;\r\nThôn Hai;Mai Văn Khoa;;;;;;\r\n`;
    const res = await upload(tok.standing1 as string, csv, 'ho.csv');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ created: 2, updated: 0 });
    const hanh = (await h.request('GET', '/api/v1/households?q=ly%20thi%20hanh', { token: tok.standing1 }))
      .body as ListDto;
    expect(hanh.items[0]).toMatchObject({ address: 'Xóm 3; ngõ 2', categories: [{ year: YEAR, category: 'policy' }] });
  });

  it('refuses a file with an unknown village, unknown category, bad year (errors per row and field, nothing written)', async () => {
    const file = await xlsxOf([
      ['Thôn Không Có', 'Người Một', null, null, null, YEAR, 'Hộ nghèo', null],
      ['Thôn Một', 'Người Hai', null, null, null, YEAR, 'Hộ giàu', null],
      ['Thôn Một', 'Người Ba', null, null, null, 1899, 'Hộ nghèo', null],
      ['Thôn Một', 'Người Bốn', null, null, null, 'năm nay', 'Hộ nghèo', null],
      ['Thôn Một', 'Người Năm', null, 500, null, null, null, null],
      ['Thôn Một', 'Người Sáu', null, null, null, null, null, null],
    ]);
    const body = await expectRefused(tok.standing1 as string, file, 'sai.xlsx', [
      { row: 2, field: 'villageId' },
      { row: 3, field: 'category' },
      { row: 4, field: 'year' },
      { row: 5, field: 'year' },
      { row: 6, field: 'members' },
    ]);
    expect(body.errors.some((e) => e.row === 7)).toBe(false);
  });

  it('refuses duplicates within the file, naming both rows', async () => {
    const file = await xlsxOf([
      ['Thôn Một', 'Đinh Văn Long', null, null, null, null, null, null],
      ['Thôn Hai', 'Đinh Văn Long', null, null, null, null, null, null],
      ['thon mot', 'dinh van  LONG', null, null, null, null, null, null],
    ]);
    const body = await expectRefused(tok.standing1 as string, file, 'trung.xlsx', [
      { row: 2, field: 'headName' },
      { row: 4, field: 'headName' },
    ]);
    expect(body.errors.find((e) => e.row === 4)?.message).toContain('2');
    expect(body.errors.find((e) => e.row === 2)?.message).toContain('4');
    expect(body.errors.some((e) => e.row === 3)).toBe(false);
  });

  it('refuses a cell holding a formula', async () => {
    const file = await xlsxOf([
      ['Thôn Một', 'Người Công Thức', null, null, null, null, null, null],
      ['Thôn Một', { formula: 'CONCATENATE("A","B")', result: 'AB' }, null, null, null, null, null, null],
      ['Thôn Một', 'Người Khác', null, { formula: '1+1', result: 2 }, null, null, null, null],
    ]);
    await expectRefused(tok.standing1 as string, file, 'congthuc.xlsx', [
      { row: 3, field: 'headName' },
      { row: 4, field: 'members' },
    ]);
  });

  it('refuses a file that is not a spreadsheet, a .xls, an empty file, and a CSV not in UTF-8', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00,
    ]);
    await expectRefused(tok.standing1 as string, png, 'anh.png', [{ field: 'file' }]);
    await expectRefused(tok.standing1 as string, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'cu.xls', [
      { field: 'file' },
    ]);
    await expectRefused(tok.standing1 as string, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'hong.xlsx', [
      { field: 'file' },
    ]);
    await expectRefused(tok.standing1 as string, '', 'rong.csv', [{ field: 'file' }]);
    const latin1 = new Uint8Array([...Buffer.from('Th\xf4n;H\xf7 t\xean ch\xfa h\xf4\n', 'latin1')]);
    await expectRefused(tok.standing1 as string, latin1, 'latin1.csv', [{ field: 'file' }]);
  });

  it('refuses a wrong sheet (no header row) with a clear message', async () => {
    const file = await xlsxOf(
      [
        ['Báo cáo tháng', 'abc'],
        [1, 2, 3],
      ],
      { sheet: 'Sheet1', headers: ['STT', 'Nội dung'] },
    );
    const body = await expectRefused(tok.standing1 as string, file, 'sai-trang.xlsx', [{ field: 'file' }]);
    expect(body.error.fields?.file).toContain('Họ tên chủ hộ');
  });

  it('finds the list on a later sheet when the first is a cover', async () => {
    const file = await xlsxOf([['Thôn Hai', 'Chu Văn Minh', null, null, null, null, null, null]], {
      before: (wb) => wb.addWorksheet('Bìa').addRow(['Danh sách hộ nghèo năm nay']),
    });
    const res = await upload(tok.standing1 as string, file, 'bia.xlsx');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it('50,000 empty rows: skipped quickly, and a file with nothing else is refused clearly', async () => {
    const empty = Array.from({ length: 50_000 }, () => ['', '', '', '', '', '', '', '']);
    const file = await xlsxOf(empty);
    const started = Date.now();
    const body = await expectRefused(tok.standing1 as string, file, 'rong.xlsx', [{ field: 'file' }]);
    expect(body.error.fields?.file).toMatch(/không có dòng dữ liệu/);
    const csv = `${HEADERS.join(',')}\n${',,,,,,,\n'.repeat(50_000)}Thôn Một,Người Sau Dòng Trống,,,,,,\n`;
    const res = await upload(tok.standing1 as string, csv, 'rong.csv');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ created: 1 });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('refuses a 20 MB file (413 naming file) and more than 20,000 rows', async () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x41);
    const before = await h.counts(TABLES);
    const res = await upload(tok.standing1 as string, big, 'to.csv');
    expect(res.status).toBe(413);
    expect((res.body as ImportFail).error.fields).toHaveProperty('file');
    expect(await h.counts(TABLES)).toEqual(before);
    const many = `${HEADERS.join(',')}\n${Array.from({ length: 20_001 }, (_, i) => `Thôn Một,Người ${i},,,,,,`).join('\n')}`;
    const body = await expectRefused(tok.standing1 as string, many, 'nhieu.csv', [{ field: 'file' }]);
    expect(body.error.fields?.file).toMatch(/20\.000/);
  });

  it('a village head imports only into their village', async () => {
    const file = await xlsxOf([
      ['Thôn Một', 'Hộ Trưởng Thôn Nhập', null, null, null, null, null, null],
      ['Thôn Hai', 'Hộ Thôn Bên', null, null, null, null, null, null],
    ]);
    await expectRefused(tok.village1 as string, file, 'thon.xlsx', [{ row: 3, field: 'villageId' }]);
    const ok = await upload(
      tok.village1 as string,
      await xlsxOf([['Thôn Một', 'Hộ Trưởng Thôn Nhập', null, null, null, null, null, null]]),
      'thon.xlsx',
    );
    expect(ok.status).toBe(201);
    expect(
      (
        await upload(
          tok.viewer1 as string,
          await xlsxOf([['Thôn Một', 'X', null, null, null, null, null, null]]),
          'x.xlsx',
        )
      ).status,
    ).toBe(403);
    // The administrator spans communes: must name one.
    const adminRes = await upload(
      admin,
      await xlsxOf([['Thôn Bốn', 'Hộ Xã Ba', null, null, null, null, null, null]]),
      'x.xlsx',
    );
    expect(adminRes.status).toBe(422);
    expect((adminRes.body as ErrorBody).error.fields).toHaveProperty('communeId');
    const inC3 = await upload(
      admin,
      await xlsxOf([['Thôn Bốn', 'Hộ Xã Ba', null, null, null, null, null, null]]),
      'x.xlsx',
      { communeId: w.C3.id },
    );
    expect(inC3.status, JSON.stringify(inC3.body)).toBe(201);
  });

  it('imports 10,000 households in one go', async () => {
    const cats = ['Hộ nghèo', 'Hộ cận nghèo', 'Gia đình chính sách', 'Hoàn cảnh khó khăn'];
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      i % 2 ? 'Thôn Một' : 'Thôn Hai',
      `Nguyễn Văn Số ${i}`,
      `Xóm ${i % 12}`,
      (i % 6) + 1,
      null,
      YEAR,
      cats[i % 4],
      `${i % 50}/QĐ-UBND`,
    ]);
    const file = await xlsxOf(rows);
    const before = await h.counts(TABLES);
    const started = performance.now();
    const res = await upload(tok.standing1 as string, file, 'muoi-nghin.xlsx');
    const ms = Math.round(performance.now() - started);
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(201);
    expect(res.body).toMatchObject({ created: 10_000, updated: 0 });
    const after = await h.counts(TABLES);
    expect(after.households).toBe((before.households ?? 0) + 10_000);
    expect(after.household_categories).toBe((before.household_categories ?? 0) + 10_000);
    console.log(`[households] import of 10,000 households (${file.byteLength} bytes .xlsx) on ${h.kind}: ${ms} ms`);
    // Importing the same file again updates every one of them.
    const again = await upload(tok.standing1 as string, file, 'muoi-nghin.xlsx');
    expect(again.body).toMatchObject({ created: 0, updated: 10_000 });
    expect((await h.counts(TABLES)).household_categories).toBe(after.household_categories);
  }, 120_000);
});
