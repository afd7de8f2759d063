import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemMeta } from '../../core/actor';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type Items,
  type World,
} from '../../testing/harness';
import { takeNumber } from './commands/take-number';

let h: Harness;
let w: World;
const t: Record<string, string> = {};
const TABLES = ['outgoing_documents', 'register_counters'];
type Entry = {
  id: string;
  number: string;
  seq: number;
  typeCode: string;
  year: number;
  summary: string;
  issuerId: string;
};

const post = async (token: string | undefined, body: Record<string, unknown>) =>
  (await h.request('POST', '/api/v1/outgoing-documents', { token, body })) as {
    status: number;
    body: Entry & ErrorBody;
  };
const list = async (token: string | undefined, query = '') =>
  (await h.request('GET', `/api/v1/outgoing-documents${query}`, { token })) as {
    status: number;
    body: Items<Entry> & ErrorBody;
  };
const entry = (extra: Record<string, unknown> = {}) => ({
  issuerId: w.C1.id,
  typeCode: 'BC',
  date: '2023-07-06',
  summary: 'Báo cáo sơ kết 6 tháng đầu năm 2023',
  signer: 'Nguyễn Văn Luyện',
  recipients: ['BTT UBMTTQ huyện', 'Lưu: VT'],
  ...extra,
});

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1']) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('numbers of the outgoing-document register', () => {
  it('runs per issuer, year and type code, printed as "01/BC-MTTQ-BTT"', async () => {
    const a = await post(t.standing1, entry());
    const b = await post(t.standing1, entry({ summary: 'Báo cáo kết quả vận động Quỹ vì người nghèo' }));
    const gm = await post(t.standing1, entry({ typeCode: 'GM', summary: 'Giấy mời dự hội nghị sơ kết' }));
    const next = await post(t.standing1, entry({ date: '2024-01-05', summary: 'Báo cáo tháng 1/2024' }));
    expect([a.status, b.status, gm.status, next.status]).toEqual([201, 201, 201, 201]);
    expect([a.body.number, b.body.number, gm.body.number, next.body.number]).toEqual([
      '01/BC-MTTQ-BTT',
      '02/BC-MTTQ-BTT',
      '01/GM-MTTQ-BTT',
      '01/BC-MTTQ-BTT',
    ]);
    expect(next.body.year).toBe(2024);
  });

  it('gives 12 concurrent entries the numbers 1…12 once each', async () => {
    const res = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        post(t.standing1, entry({ typeCode: 'TB', date: '2023-09-01', summary: `Thông báo số thứ ${i}` })),
      ),
    );
    expect(res.every((r) => r.status === 201)).toBe(true);
    expect(res.map((r) => r.body.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('gives a number back when the document that took it is rolled back', async () => {
    await expect(
      h.db.transaction(async (tx) => {
        await takeNumber(tx, systemMeta, {
          issuer: w.C1,
          typeCode: 'KH',
          date: '2023-03-01',
          summary: 'Kế hoạch bị hủy',
        });
        throw new Error('the document failed');
      }),
    ).rejects.toThrow('the document failed');
    const kept = await post(t.standing1, entry({ typeCode: 'KH', date: '2023-03-02', summary: 'Kế hoạch giám sát' }));
    expect(kept.body.number).toBe('01/KH-MTTQ-BTT');
  });
});

describe('bad input writes nothing', () => {
  const cases: [string, Record<string, unknown>, number, string][] = [
    ['unknown type code', { typeCode: 'XX' }, 422, 'typeCode'],
    ['missing summary', { summary: undefined }, 422, 'summary'],
    ['summary of 2 characters', { summary: 'ab' }, 422, 'summary'],
    ['impossible date', { date: '2023-02-30' }, 422, 'date'],
    ['a date after today', { date: '2099-01-01' }, 422, 'date'],
    ['recipients not a list', { recipients: 'UBND xã' }, 422, 'recipients'],
    ['an empty recipient', { recipients: [''] }, 422, 'recipients.0'],
    ['another province’s commune', { issuerId: undefined }, 404, 'issuerId'],
    ['a village as issuer', { issuerId: undefined }, 404, 'issuerId'],
    ['not a uuid', { issuerId: 'abc' }, 422, 'issuerId'],
  ];
  it.each(cases)('%s → %i naming %s', async (name, patch, status, field) => {
    const body = entry(patch);
    if (name === 'another province’s commune') body.issuerId = w.C3.id;
    if (name === 'a village as issuer') body.issuerId = w.V1.id;
    const before = await h.counts(TABLES);
    const res = await post(t.standing1, body);
    expect(res.status).toBe(status);
    expect(res.body.error.fields?.[field]).toBeTruthy();
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('scope', () => {
  it('reads: the commune and the level above; not a village or organisation head, not another commune', async () => {
    await post(t.admin, entry({ issuerId: w.C2.id, summary: 'Báo cáo của xã Hai' }));
    await post(t.admin, entry({ issuerId: w.C3.id, summary: 'Báo cáo của xã Ba' }));
    const issuers = async (token: string | undefined) => new Set((await list(token)).body.items.map((e) => e.issuerId));
    expect(await issuers(t.standing1)).toEqual(new Set([w.C1.id]));
    expect(await issuers(t.viewer1)).toEqual(new Set([w.C1.id]));
    expect(await issuers(t.upper1)).toEqual(new Set([w.C1.id, w.C2.id]));
    expect(await issuers(t.village1)).toEqual(new Set());
    expect(await issuers(t.orglead1)).toEqual(new Set());
    expect(await issuers(t.admin)).toEqual(new Set([w.C1.id, w.C2.id, w.C3.id]));
    expect((await list(t.standing1, `?issuerId=${w.C2.id}`)).status).toBe(404);
    expect((await list(t.village1, `?issuerId=${w.C1.id}`)).status).toBe(404);
  });

  it('writes: the commune’s standing committee; a viewer or the level above gets 403, another commune 404', async () => {
    const before = await h.counts(TABLES);
    expect((await post(t.viewer1, entry())).status).toBe(403);
    expect((await post(t.upper1, entry())).status).toBe(403);
    expect((await post(t.village1, entry())).status).toBe(404);
    expect((await post(t.standing1, entry({ issuerId: w.C2.id }))).status).toBe(404);
    expect((await post(undefined, entry())).status).toBe(401);
    expect(await h.counts(TABLES)).toEqual(before);
    const province = await post(t.upper1, entry({ issuerId: w.P1.id, summary: 'Công văn của tỉnh' }));
    expect(province.status).toBe(201);
    expect(province.body.number).toBe('01/BC-MTTQ-BTT');
  });

  it('writes an audit row with each number', async () => {
    const res = await post(t.standing1, entry({ typeCode: 'CV', summary: 'Công văn đề nghị' }));
    const audit = (await h.request('GET', `/api/v1/audit?entity=outgoing_document`, { token: t.admin })) as {
      body: Items<{ entityId: string; action: string }>;
    };
    expect(audit.body.items.some((a) => a.entityId === res.body.id && a.action === 'outgoing_document.number')).toBe(
      true,
    );
  });
});

describe('search and the book as Excel', () => {
  it('finds entries ignoring diacritics and exports the year’s book, oldest first', async () => {
    const found = await list(t.standing1, `?issuerId=${w.C1.id}&q=${encodeURIComponent('so ket 6 thang')}`);
    expect(found.body.items.map((e) => e.summary)).toContain('Báo cáo sơ kết 6 tháng đầu năm 2023');
    expect(found.body.items.every((e) => e.summary.includes('sơ kết'))).toBe(true);
    const res = await h.app.request(`/api/v1/outgoing-documents.xlsx?issuerId=${w.C1.id}&year=2023`, {
      headers: { authorization: `Bearer ${t.standing1}` },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    expect(ws?.getCell('A1').value).toBe('SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023');
    const rows: string[][] = [];
    ws?.eachRow(
      (r, n) =>
        n > 4 && rows.push([String(r.getCell(2).value), String(r.getCell(3).value), String(r.getCell(4).value)]),
    );
    expect(rows[0]).toEqual(['01/KH-MTTQ-BTT', '02/03/2023', 'Kế hoạch: Kế hoạch giám sát']);
    expect(rows.some((r) => r[0] === '01/BC-MTTQ-BTT' && r[1] === '06/07/2023')).toBe(true);
    expect(rows.every((r) => r[1]?.endsWith('2023'))).toBe(true);
  });
});
