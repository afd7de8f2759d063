import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../core/command';
import { createHousehold } from '../households/commands/create-household';
import type { HouseholdCategory } from '../households/schema';
import { docxParagraphTexts } from '../documents/zip-read';
import { pdfAvailable, pdfToPngPages, popplerAvailable } from '../documents/render-pdf';
import { indicatorSource } from '../targets/sources';
import type { Unit } from '../units/schema';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type World,
} from '../../testing/harness';

let h: Harness;
let w: World;
const t: Record<string, string> = {};
const TABLES = ['relief_programs', 'relief_supports', 'disbursements', 'document_counters'];

type Program = { id: string; name: string; households: number; value: number };
type Support = {
  id: string;
  householdId: string;
  headName: string;
  villageName: string;
  value: number;
  sourceKind: string;
  payoutNo: string | null;
  disbursementId: string | null;
  handedOverAt: string | null;
  handedOverBy: string | null;
};

async function post<T>(token: string | undefined, path: string, body: unknown) {
  return (await h.request('POST', path, { token, body })) as { status: number; body: T & ErrorBody; headers: Headers };
}
async function get<T>(token: string | undefined, path: string) {
  return (await h.request('GET', path, { token })) as { status: number; body: T & ErrorBody };
}

/** A household with its categories for the year, created through the households module's command (as the system). */
async function household(village: Unit, headName: string, categories: HouseholdCategory[] = [], year = 2023) {
  const row = await createHousehold(systemContext(h.db), {
    villageId: village.id,
    headName,
    categories: categories.map((category) => ({ year, category })),
  });
  return row.id;
}

async function program(name: string, extra: Record<string, unknown> = {}, token = t.standing1, communeId = w.C1.id) {
  const res = await post<Program>(token, '/api/v1/relief-programs', {
    communeId,
    name,
    date: '2023-01-18',
    partner: 'UBND xã',
    targetCategories: ['near_poor', 'poor'],
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

const give = (programId: string, body: Record<string, unknown>, token = t.standing1) =>
  post<Support>(token, `/api/v1/relief-programs/${programId}/supports`, {
    kind: 'cash',
    value: 500_000,
    donorName: 'Công ty Hồng Phát',
    ...body,
  });

let fundId = '';
const hh: Record<string, string> = {};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1']) t[u] = await h.login(u);
  hh.an = await household(w.V1, 'Nguyễn Văn An', ['near_poor']);
  hh.binh = await household(w.V1, 'Trần Thị Bình', ['poor', 'policy']);
  hh.cuong = await household(w.V2, 'Lê Văn Cường', ['near_poor']);
  hh.dung = await household(w.V2, 'Phạm Thị Dung', ['hardship']);
  hh.em = await household(w.V2, 'Đỗ Văn Em', ['near_poor']);
  hh.other = await household(w.V4, 'Hoàng Văn Ba', ['near_poor']);
  const f = await post<{ id: string }>(t.standing1, '/api/v1/funds', {
    communeId: w.C1.id,
    name: 'Quỹ "Vì người nghèo"',
  });
  expect(f.status).toBe(201);
  fundId = f.body.id;
  const d = await post(t.standing1, '/api/v1/donations', {
    fundId,
    donorKind: 'business',
    donorName: 'Công ty TNHH Hồng Phát',
    amount: 1_000_000,
    date: '2023-01-10',
  });
  expect(d.status).toBe(201);
});
afterAll(async () => h?.close());

describe('programmes', () => {
  it('are opened by the standing committee, listed for the commune, hidden from another commune', async () => {
    const id = await program('Chung tay Tết Quý Mão 2023');
    const list = await get<{ items: Program[] }>(t.viewer1, `/api/v1/relief-programs?communeId=${w.C1.id}`);
    expect(list.body.items.map((p) => p.id)).toContain(id);
    expect(
      (await post(t.viewer1, '/api/v1/relief-programs', { communeId: w.C1.id, name: 'X', date: '2023-01-01' })).status,
    ).toBe(403);
    expect(
      (await post(t.village1, '/api/v1/relief-programs', { communeId: w.C1.id, name: 'X', date: '2023-01-01' })).status,
    ).toBe(403);
    const foreign = await post(t.standing1, '/api/v1/relief-programs', {
      communeId: w.C3.id,
      name: 'X',
      date: '2023-01-01',
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.fields).toHaveProperty('communeId');
    const bad = await post(t.standing1, '/api/v1/relief-programs', {
      communeId: w.C1.id,
      name: 'X',
      date: '2023-01-01',
      targetCategories: ['rich'],
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields ?? {})[0]).toMatch(/^targetCategories/);
  });
});

describe('supports: one per household per programme', () => {
  it('a second support without a reason is 409 and writes nothing; with a reason it is allowed', async () => {
    const p = await program('Tết vì người nghèo 2023');
    const first = await give(p, { householdId: hh.an });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      headName: 'Nguyễn Văn An',
      villageName: 'Thôn Một',
      value: 500_000,
      sourceKind: 'donor',
    });
    const before = await h.counts(TABLES);
    const again = await give(p, { householdId: hh.an, kind: 'goods', value: 300_000, description: '10 kg gạo' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_supported');
    expect(again.body.error.fields).toHaveProperty('householdId');
    expect(await h.counts(TABLES)).toEqual(before);
    const over = await give(p, {
      householdId: hh.an,
      kind: 'goods',
      value: 300_000,
      description: '10 kg gạo',
      overrideReason: 'Hộ có người ốm nặng, BTT đồng ý trao thêm',
    });
    expect(over.status).toBe(201);
    const s = await get<{ households: number; value: number }>(t.standing1, `/api/v1/relief-programs/${p}/summary`);
    expect(s.body).toMatchObject({ households: 1, value: 800_000 });
  });

  it('two staff adding the same household at the same moment: exactly one 201 and one 409 (the database constraint decides)', async () => {
    const p = await program('Quà Tết đồng thời');
    const before = await h.counts(TABLES);
    const results = await Promise.all([
      give(p, { householdId: hh.binh }),
      give(p, { householdId: hh.binh, donorName: 'Ông Hoàng Văn Minh' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const after = await h.counts(TABLES);
    expect(after.relief_supports).toBe((before.relief_supports ?? 0) + 1);
    expect(after.audit_log).toBe((before.audit_log ?? 0) + 1);
    // The same race with fund-paid supports: one payout, the loser's number given back.
    const paid = await Promise.all([
      give(p, { householdId: hh.cuong, fundId, donorName: undefined, value: 100_000 }),
      give(p, { householdId: hh.cuong, fundId, donorName: undefined, value: 100_000 }),
    ]);
    expect(paid.map((r) => r.status).sort()).toEqual([201, 409]);
    const after2 = await h.counts(TABLES);
    expect(after2.disbursements).toBe((after.disbursements ?? 0) + 1);
    const won = paid.find((r) => r.status === 201)?.body;
    const next = await give(p, { householdId: hh.em, fundId, donorName: undefined, value: 100_000 });
    expect(next.status).toBe(201);
    expect(Number(next.body.payoutNo?.slice(-4))).toBe(Number(won?.payoutNo?.slice(-4)) + 1);
  });
});

describe('fund-paid supports go through the funds ledger', () => {
  it('write a PC payout linked to the programme and lower the fund balance', async () => {
    const p = await program('Hỗ trợ từ Quỹ Vì người nghèo');
    const b0 = (await get<{ balance: number }>(t.standing1, `/api/v1/funds/${fundId}/balance`)).body.balance;
    const res = await give(p, {
      householdId: hh.dung,
      fundId,
      donorName: undefined,
      value: 200_000,
      decisionRef: '02/QĐ-MTTQ',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.sourceKind).toBe('fund');
    expect(res.body.payoutNo).toMatch(/^PC-2023-\d{4}$/);
    const b1 = (await get<{ balance: number }>(t.standing1, `/api/v1/funds/${fundId}/balance`)).body.balance;
    expect(b1).toBe(b0 - 200_000);
    const rows = await h.db.execute<{ relief_program_id: string; amount: number; recipient: string }>(
      // eslint-disable-next-line
      (await import('drizzle-orm'))
        .sql`select relief_program_id, amount::int as amount, recipient from disbursements where id = ${res.body.disbursementId}`,
    );
    expect((rows as unknown as { rows: { relief_program_id: string; recipient: string }[] }).rows[0]).toMatchObject({
      relief_program_id: p,
      recipient: 'Phạm Thị Dung',
    });
  });

  it('a support that would overdraw its fund is refused with 409 and nothing of it is written', async () => {
    const p = await program('Chi vượt quỹ');
    const balance = (await get<{ balance: number }>(t.standing1, `/api/v1/funds/${fundId}/balance`)).body.balance;
    const before = await h.counts(TABLES);
    const res = await give(p, { householdId: hh.an, fundId, donorName: undefined, value: balance + 1 });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('insufficient_balance');
    expect(res.body.error.fields).toHaveProperty('value');
    expect(await h.counts(TABLES)).toEqual(before);
    expect((await get<{ balance: number }>(t.standing1, `/api/v1/funds/${fundId}/balance`)).body.balance).toBe(balance);
  });

  it('only the standing committee pays from a fund; a fund of another commune is not found', async () => {
    const p = await program('Quỹ và phạm vi');
    const byVillage = await give(p, { householdId: hh.an, fundId, donorName: undefined, value: 1000 }, t.village1);
    expect(byVillage.status).toBe(403);
    expect(byVillage.body.error.fields).toHaveProperty('fundId');
    const other = await post<{ id: string }>(t.admin, '/api/v1/funds', { communeId: w.C3.id, name: 'Quỹ xã Ba' });
    const res = await give(p, { householdId: hh.an, fundId: other.body.id, donorName: undefined, value: 1000 });
    expect(res.status).toBe(404);
    expect(res.body.error.fields).toHaveProperty('fundId');
  });
});

describe('summary, suggestions, a household year, hand-over', () => {
  let p = '';
  beforeAll(async () => {
    p = await program('Tặng quà Tết hộ cận nghèo 2023', { targetCategories: ['near_poor'] });
    expect((await give(p, { householdId: hh.an, value: 500_000, donorName: 'Công ty Hồng Phát' })).status).toBe(201);
    expect(
      (
        await give(p, {
          householdId: hh.binh,
          kind: 'goods',
          value: 300_000,
          description: 'Gạo, mì',
          donorName: 'Ông Hoàng Văn Minh',
        })
      ).status,
    ).toBe(201);
    expect((await give(p, { householdId: hh.cuong, value: 400_000, fundId, donorName: undefined })).status).toBe(201);
  });

  it('summary: households, total, by source, by category, by village', async () => {
    const s = await get<{
      households: number;
      value: number;
      text: string;
      bySource: { source: string; name: string; households: number; value: number }[];
      byCategory: { category: string; households: number; value: number }[];
      byVillage: { name: string; households: number; value: number }[];
    }>(t.standing1, `/api/v1/relief-programs/${p}/summary`);
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({ households: 3, value: 1_200_000, text: '3 hộ, 1.200.000 đồng' });
    expect(s.body.bySource).toEqual([
      expect.objectContaining({ source: 'donor', name: 'Công ty Hồng Phát', households: 1, value: 500_000 }),
      expect.objectContaining({ source: 'fund', name: 'Quỹ "Vì người nghèo"', households: 1, value: 400_000 }),
      expect.objectContaining({ source: 'donor', name: 'Ông Hoàng Văn Minh', households: 1, value: 300_000 }),
    ]);
    const cat = Object.fromEntries(s.body.byCategory.map((c) => [c.category, [c.households, c.value]]));
    expect(cat).toEqual({ near_poor: [2, 900_000], poor: [1, 300_000], policy: [1, 300_000] });
    expect(s.body.byVillage.map((v) => [v.name, v.households, v.value])).toEqual([
      ['Thôn Hai', 1, 400_000],
      ['Thôn Một', 2, 800_000],
    ]);
  });

  it('suggestions: near-poor households of the commune not yet served', async () => {
    const s = await get<{ items: { id: string; headName: string }[] }>(
      t.standing1,
      `/api/v1/relief-programs/${p}/suggestions`,
    );
    expect(s.body.items.map((x) => x.headName)).toEqual(['Đỗ Văn Em']);
    const v = await get<{ items: { id: string }[] }>(t.village1, `/api/v1/relief-programs/${p}/suggestions`);
    expect(v.body.items).toEqual([]);
  });

  it("a household's year across programmes", async () => {
    const y = await get<{ items: { programName: string; value: number }[]; value: number; programs: number }>(
      t.standing1,
      `/api/v1/households/${hh.an}/supports?year=2023`,
    );
    expect(y.status).toBe(200);
    expect(y.body.items.map((i) => i.programName)).toContain('Tặng quà Tết hộ cận nghèo 2023');
    expect(y.body.programs).toBeGreaterThanOrEqual(2);
    expect(y.body.value).toBe(y.body.items.reduce((s, i) => s + i.value, 0));
    expect(
      (await get<{ items: unknown[] }>(t.standing1, `/api/v1/households/${hh.an}/supports?year=2022`)).body.items,
    ).toEqual([]);
    expect((await get(t.standing1, `/api/v1/households/${hh.other}/supports?year=2023`)).status).toBe(404);
    expect((await get(t.village1, `/api/v1/households/${hh.cuong}/supports?year=2023`)).status).toBe(404);
  });

  it('hand-over: date and by whom; village heads only for their village', async () => {
    const list = (await get<{ items: Support[] }>(t.standing1, `/api/v1/relief-programs/${p}/supports`)).body.items;
    const an = list.find((s) => s.householdId === hh.an) as Support;
    const cuong = list.find((s) => s.householdId === hh.cuong) as Support;
    const before = await h.counts();
    const res = await post<Support>(t.village1, `/api/v1/relief-supports/${an.id}/hand-over`, {
      date: '2023-01-19',
      by: 'Trưởng thôn Một',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ handedOverAt: '2023-01-19', handedOverBy: 'Trưởng thôn Một' });
    expect((await h.counts()).audit_log).toBe((before.audit_log ?? 0) + 1);
    expect(
      (await post(t.village1, `/api/v1/relief-supports/${cuong.id}/hand-over`, { date: '2023-01-19', by: 'X' })).status,
    ).toBe(404);
    expect(
      (await post(t.viewer1, `/api/v1/relief-supports/${cuong.id}/hand-over`, { date: '2023-01-19', by: 'X' })).status,
    ).toBe(403);
    const bad = await post(t.standing1, `/api/v1/relief-supports/${cuong.id}/hand-over`, {
      date: '2023-02-30',
      by: '',
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(['by', 'date']);
  });

  it('the sign-off list (.docx): grouped by village, signature column, totals in figures and words, signature block', async () => {
    const res = await h.app.request(`/api/v1/relief-programs/${p}/sign-off.docx`, {
      headers: { authorization: `Bearer ${t.standing1}` },
    });
    expect(res.status).toBe(200);
    const docx = Buffer.from(await res.arrayBuffer());
    const texts = docxParagraphTexts(docx);
    const all = texts.join('\n');
    for (const s of [
      'DANH SÁCH KÝ NHẬN',
      'Thôn Một',
      'Thôn Hai',
      'Ký nhận',
      'Họ tên chủ hộ',
      'Cộng Thôn Một (2 hộ)',
      'Tổng cộng (3 hộ)',
      '1.200.000',
      'Một triệu hai trăm nghìn đồng',
      'Người lập biểu',
      'TM. BAN THƯỜNG TRỰC',
      'CHỦ TỊCH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Nguyễn Văn An',
    ]) {
      expect(all, s).toContain(s);
    }
    // Villages in Vietnamese order, each followed by its households.
    expect(texts.indexOf('Thôn Hai')).toBeLessThan(texts.indexOf('Thôn Một'));
    // A village head's list holds their village only.
    const mine = await h.app.request(`/api/v1/relief-programs/${p}/sign-off.docx`, {
      headers: { authorization: `Bearer ${t.village1}` },
    });
    const mineText = docxParagraphTexts(Buffer.from(await mine.arrayBuffer())).join('\n');
    expect(mineText).toContain('Nguyễn Văn An');
    expect(mineText).not.toContain('Lê Văn Cường');
  });

  it('the sign-off list (.xlsx) has the same rows and totals', async () => {
    const res = await h.app.request(`/api/v1/relief-programs/${p}/sign-off.xlsx`, {
      headers: { authorization: `Bearer ${t.standing1}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    const cells: string[] = [];
    ws?.eachRow((r) => r.eachCell((c) => cells.push(String(c.value))));
    for (const s of [
      'DANH SÁCH KÝ NHẬN',
      'Ký nhận',
      'Thôn Một',
      'Thôn Hai',
      'Trần Thị Bình',
      'Tổng cộng (3 hộ)',
      '1200000',
      'Người lập biểu',
      'TM. BAN THƯỜNG TRỰC',
    ])
      expect(cells.join('|'), s).toContain(s);
    expect(cells.join('|')).toContain('Một triệu hai trăm nghìn đồng');
  });

  it.runIf(pdfAvailable())(
    'the sign-off list renders to PDF (PNG pages in /tmp/relief-signoff/)',
    async () => {
      const res = await h.app.request(`/api/v1/relief-programs/${p}/sign-off.pdf`, {
        headers: { authorization: `Bearer ${t.standing1}` },
      });
      expect(res.status).toBe(200);
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      mkdirSync('/tmp/relief-signoff', { recursive: true });
      writeFileSync('/tmp/relief-signoff/sign-off.pdf', pdf);
      if (popplerAvailable())
        expect(
          (await pdfToPngPages(pdf, '/tmp/relief-signoff', { dpi: 80, prefix: 'sign-off' })).length,
        ).toBeGreaterThan(0);
    },
    120_000,
  );

  it('feeds indicators: households served and total value per subtree, one programme or the period', async () => {
    const hs = indicatorSource('relief.households');
    const val = indicatorSource('relief.value');
    expect(hs && val).toBeTruthy();
    const period = { from: '2023-01-01', to: '2023-12-31' };
    expect((await hs?.compute(h.db, { params: { programId: p }, unitPath: w.C1.path, ...period }))?.value).toBe(3);
    expect((await val?.compute(h.db, { params: { programId: p }, unitPath: w.C1.path, ...period }))?.value).toBe(
      1_200_000,
    );
    expect((await hs?.compute(h.db, { params: { programId: p }, unitPath: w.V1.path, ...period }))?.value).toBe(2);
    const all = (await hs?.compute(h.db, { params: {}, unitPath: w.C1.path, ...period }))?.value ?? 0;
    expect(all).toBeGreaterThanOrEqual(5);
    expect(
      (await hs?.compute(h.db, { params: {}, unitPath: w.C1.path, from: '2024-01-01', to: '2024-12-31' }))?.value,
    ).toBe(0);
    expect((await hs?.compute(h.db, { params: { programId: 'nope' }, unitPath: w.C1.path, ...period }))?.value).toBe(0);
  });
});

describe('scope', () => {
  it('a village head sees and adds only for their village; another commune is 404', async () => {
    const p = await program('Phạm vi thôn');
    expect((await give(p, { householdId: hh.cuong })).status).toBe(201);
    const own = await give(p, { householdId: hh.an, donorName: 'Bà con thôn Một' }, t.village1);
    expect(own.status).toBe(201);
    const other = await give(p, { householdId: hh.em }, t.village1);
    expect(other.status).toBe(404);
    expect(other.body.error.fields).toHaveProperty('householdId');
    const seen = (await get<{ items: Support[] }>(t.village1, `/api/v1/relief-programs/${p}/supports`)).body.items;
    expect(seen.map((s) => s.headName)).toEqual(['Nguyễn Văn An']);
    expect(
      (await get<{ households: number }>(t.village1, `/api/v1/relief-programs/${p}/summary`)).body.households,
    ).toBe(1);
    expect((await give(p, { householdId: hh.em }, t.viewer1)).status).toBe(403);
    expect((await get(t.orglead1, `/api/v1/relief-programs/${p}/supports`)).body).toEqual({ items: [] });
    // Another commune's programme does not exist for C1's staff.
    const foreign = await program('Xã Ba', {}, t.admin, w.C3.id);
    expect((await get(t.standing1, `/api/v1/relief-programs/${foreign}/summary`)).status).toBe(404);
    expect((await give(foreign, { householdId: hh.other })).status).toBe(404);
    expect(
      (
        await h.app.request(`/api/v1/relief-programs/${foreign}/sign-off.docx`, {
          headers: { authorization: `Bearer ${t.standing1}` },
        })
      ).status,
    ).toBe(404);
    expect((await get(undefined, `/api/v1/relief-programs/${p}/summary`)).status).toBe(401);
  });
});

describe('bad input is refused and writes nothing', () => {
  let p = '';
  beforeAll(async () => {
    p = await program('Dữ liệu sai');
  });
  const cases: [string, (w: World) => Record<string, unknown>, number, string][] = [
    ['value 0', () => ({ value: 0 }), 422, 'value'],
    ['a negative value', () => ({ value: -500_000 }), 422, 'value'],
    ['a value as a string', () => ({ value: '500000' }), 422, 'value'],
    ['a fractional value', () => ({ value: 1.5 }), 422, 'value'],
    ['an unknown kind', () => ({ kind: 'voucher' }), 422, 'kind'],
    ['householdId not a uuid', () => ({ householdId: 'abc' }), 422, 'householdId'],
    ['a fund and a donor at once', () => ({ fundId }), 422, 'donorName'],
    ['a 10,000-character donor name', () => ({ donorName: 'x'.repeat(10_000) }), 422, 'donorName'],
    ['an unknown household', () => ({ householdId: '00000000-0000-4000-8000-000000000000' }), 404, 'householdId'],
    ['a household of another commune', () => ({ householdId: hh.other }), 404, 'householdId'],
  ];
  for (const [name, over, status, field] of cases) {
    it(name, async () => {
      const before = await h.counts(TABLES);
      const res = await give(p, { householdId: hh.dung, ...over(w) });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(Object.keys(res.body.error.fields ?? {})).toContain(field);
      expect(await h.counts(TABLES)).toEqual(before);
    });
  }
  it('an unknown programme is 404', async () => {
    expect((await give('00000000-0000-4000-8000-000000000000', { householdId: hh.dung })).status).toBe(404);
  });
});
