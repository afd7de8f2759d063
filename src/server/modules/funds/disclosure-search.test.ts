import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';

/**
 * Issue 16.4: donors find their own transfer. 130 receipts on three days (many on the same day, so paging must break
 * ties), with bank references, names typed with and without diacritics, and anonymous donors.
 */
let h: Harness;
let w: World;
let driveId = '';
let token = '';
type Page = {
  items: {
    receiptNo: string;
    donorName: string;
    amount: number;
    bankRef: string | null;
    date: string;
    bank: string | null;
  }[];
  nextCursor: string | null;
  prevCursor: string | null;
  count: number;
  total: number | null;
  byDay: { date: string; count: number; balance: number }[];
  byBank: { bank: string; count: number; cash: number }[];
  totals: { count: number; cash: number };
};
const get = async (query = '') => h.request('GET', `/api/v1/public/drives/${driveId}/disclosure${query}`);
const page = async (query = '') => {
  const res = await get(query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Page;
};

const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  token = await h.login('standing1');
  const f = await h.request('POST', '/api/v1/funds', { token, body: { communeId: w.C1.id, name: 'Quỹ Cứu trợ' } });
  const fundId = (f.body as { id: string }).id;
  const d = await h.request('POST', '/api/v1/drives', {
    token,
    body: { fundId, name: 'Ủng hộ đồng bào bão Yagi', from: '2024-09-08', to: '2024-09-30' },
  });
  driveId = (d.body as { id: string }).id;
  const [unit] = rowsOf<{ path: string }>(await h.db.execute(sql`select path from units where id = ${w.C1.id}`));
  await h.db.execute(sql`insert into fund_accounts (commune_id, fund_id, bank_name, account_no)
    values (${w.C1.id}, ${fundId}, 'VietinBank', '113000000001')`);
  const [acct] = rowsOf<{ id: string }>(
    await h.db.execute(sql`select id from fund_accounts where fund_id = ${fundId}`),
  );
  // 120 transfers over three days (40 a day, equal dates), then named and anonymous ones.
  await h.db.execute(sql`insert into donations (commune_id, fund_id, drive_id, year, seq, receipt_no, donor_kind,
      donor_name, method, amount, unit_path, date, account_id, bank_ref)
    select ${w.C1.id}, ${fundId}, ${driveId}, 2024, g, 'PT-2024-' || lpad(g::text, 4, '0'), 'person',
      'NGUYEN VAN ' || g, 'bank_transfer', 100000 + (g % 3) * 50000, ${unit?.path}, date '2024-09-10' + (g % 3),
      ${acct?.id}, 'FT2425460820' || lpad(g::text, 4, '0')
    from generate_series(1, 120) g`);
  const extra: [number, string, string, boolean, number, string][] = [
    [121, 'person', 'NGUYEN TRONG NGHIA', false, 100000, '2024-09-13'],
    [122, 'person', 'Nguyễn Trọng Nghĩa', false, 250000, '2024-09-13'],
    [123, 'person', 'Trần Thị Bí Mật', true, 777000, '2024-09-13'],
    [124, 'anonymous', 'Lê Văn Ẩn', false, 888000, '2024-09-13'],
  ];
  for (const [seq, kind, name, anon, amount, date] of extra)
    await h.db.execute(sql`insert into donations (commune_id, fund_id, drive_id, year, seq, receipt_no, donor_kind,
        donor_name, public_anonymous, method, amount, unit_path, date, bank_ref)
      values (${w.C1.id}, ${fundId}, ${driveId}, 2024, ${seq}, ${`PT-2024-0${seq}`}, ${kind}, ${name}, ${anon}, 'cash',
        ${amount}, ${unit?.path}, ${date}, ${`MBVCB.7018039309.69430${seq}`})`);
});
afterAll(async () => h?.close());

describe('the public disclosure, paged', () => {
  it('walks every receipt exactly once, newest first, 50 a page, and back again', async () => {
    const seen: string[] = [];
    let p = await page();
    expect(p.items).toHaveLength(50);
    expect(p.prevCursor).toBeNull();
    expect(p.totals.count).toBe(124);
    const pages: Page[] = [p];
    while (p.nextCursor) {
      p = await page(`?cursor=${p.nextCursor}`);
      pages.push(p);
    }
    for (const x of pages) seen.push(...x.items.map((i) => i.receiptNo));
    expect(seen).toHaveLength(124);
    expect(new Set(seen).size).toBe(124);
    const dates = pages.flatMap((x) => x.items.map((i) => i.date));
    expect([...dates].sort().reverse()).toEqual(dates);
    // The previous page of the last is the second.
    const back = await page(`?cursor=${pages[2]?.prevCursor}`);
    expect(back.items.map((i) => i.receiptNo)).toEqual(pages[1]?.items.map((i) => i.receiptNo));
  });

  it('totals per day and per bank, with the balance carried from day to day', async () => {
    const p = await page();
    expect(p.byDay.map((d) => d.count)).toEqual([40, 40, 40, 4]);
    expect(p.byBank.find((b) => b.bank === 'VietinBank')?.count).toBe(120);
    expect(p.byBank.find((b) => b.bank === 'Tiền mặt')?.count).toBe(4);
    expect(p.byDay.at(-1)?.balance).toBe(p.totals.cash);
  });
});

describe('the public search', () => {
  it('finds a transfer by its bank reference, whole or its last digits as in the SMS', async () => {
    expect((await page('?q=FT24254608200042')).items.map((i) => i.receiptNo)).toEqual(['PT-2024-0042']);
    expect((await page('?q=694301' + '22')).items.map((i) => i.receiptNo)).toEqual(['PT-2024-0122']);
    expect((await page('?q=mbvcb.7018039309.69430121')).items.map((i) => i.receiptNo)).toEqual(['PT-2024-0121']);
  });

  it('finds a name without diacritics and in any word order, never an anonymous donor', async () => {
    const found = await page(`?q=${encodeURIComponent('nghia nguyen')}`);
    expect(found.items.map((i) => i.donorName).sort()).toEqual(['NGUYEN TRONG NGHIA', 'Nguyễn Trọng Nghĩa']);
    expect((await page(`?q=${encodeURIComponent('Nghĩa Trọng')}`)).count).toBe(2);
    expect((await page(`?q=${encodeURIComponent('bi mat')}`)).items).toEqual([]);
    expect((await page(`?q=${encodeURIComponent('lê văn ẩn')}`)).items).toEqual([]);
    // Found by amount, they show as "Nhà hảo tâm", their names nowhere.
    const anon = await page('?q=777.000');
    expect(anon.items.map((i) => i.donorName)).toEqual(['Nhà hảo tâm']);
    const all = JSON.stringify(await page('?q=13/09'));
    expect(all).not.toContain('Bí Mật');
    expect(all).not.toContain('Ẩn');
  });

  it('finds by amount written in any usual way, and by date', async () => {
    const byK = await page('?q=150k');
    expect(byK.count).toBe(40);
    expect(byK.items.every((i) => i.amount === 150000)).toBe(true);
    expect((await page('?q=150.000')).count).toBe(40);
    expect((await page('?q=150000')).count).toBe(40);
    expect((await page('?q=100k%2013/09')).items.map((i) => i.donorName)).toEqual(['NGUYEN TRONG NGHIA']);
    expect((await page('?date=2024-09-11')).count).toBe(40);
    expect((await page('?q=11/09')).total).toBe(40 * 150000);
  });

  it('answers 400 naming the field for a bad cursor, query or date, and 404 for an unknown drive', async () => {
    for (const [query, field] of [
      ['?cursor=abc', 'cursor'],
      [`?cursor=${Buffer.from('a.2024-02-30.5').toString('base64url')}`, 'cursor'],
      ['?q=32/13', 'q'],
      [`?q=${'x'.repeat(150)}`, 'q'],
      ['?q=%25%25%25', 'q'],
      ['?date=2024-13-01', 'date'],
    ] as const) {
      const res = await get(query);
      // A malformed date is refused by the route's schema as every bad query field is (422); the rest here (400).
      expect(res.status, query).toBe(field === 'date' ? 422 : 400);
      expect(Object.keys((res.body as { error: { fields: Record<string, string> } }).error.fields)).toContain(field);
    }
    const none = await h.request('GET', '/api/v1/public/drives/00000000-0000-4000-8000-000000000000/disclosure');
    expect(none.status).toBe(404);
  });
});

describe('the public page and files', () => {
  it('the portal page searches without JavaScript and links the next page', async () => {
    const res = await h.app.request(`/cong-khai/${driveId}?q=${encodeURIComponent('nghia nguyen')}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Nguyễn Trọng Nghĩa');
    expect(html).toContain('Tìm thấy 2 lượt');
    const first = await (await h.app.request(`/cong-khai/${driveId}`)).text();
    expect(first).toMatch(/href="\/cong-khai\/[0-9a-f-]+\?trang=[A-Za-z0-9_-]+#ung-ho"/);
    const bad = await h.app.request(`/cong-khai/${driveId}?trang=zzz`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Con trỏ trang không hợp lệ');
  });

  it('the CSV and the .xlsx stream every receipt, anonymous ones without their name', async () => {
    const csv = await (await h.app.request(`/cong-khai/${driveId}.csv`)).text();
    const lines = csv.split('\r\n');
    expect(lines.filter((l) => /^\d+,PT-2024-/.test(l))).toHaveLength(124);
    expect(csv).toContain('FT242546082000');
    expect(csv).not.toContain('Bí Mật');
    expect(csv).not.toContain('113000000001');
    const res = await h.app.request(`/cong-khai/${driveId}.xlsx`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const rows: unknown[][] = [];
    wb.worksheets[0]?.eachRow((r) => rows.push(r.values as unknown[]));
    expect(rows.filter((r) => typeof r[2] === 'string' && String(r[2]).startsWith('PT-2024-'))).toHaveLength(124);
    expect(JSON.stringify(rows)).not.toContain('Ẩn');
  });
});
