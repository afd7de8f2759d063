import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';

/**
 * The public goods list (no login) comes a page at a time, like the other public lists: every line once across
 * pages, newest first, the totals of every line on each page, an unreadable cursor a 400 naming `cursor` and a limit
 * over 100 a 422 naming `limit`. The portal's disclosure page links to the next page without JavaScript.
 */
let h: Harness;
let w: World;
let token = '';
let fundId = '';
let driveId = '';
type Line = { kind: 'receipt' | 'issue'; date: string; number: string; item: string; value: number };
type Page = {
  items: Line[];
  nextCursor: string | null;
  received: unknown[];
  issued: unknown[];
  totals: { valueReceived: number; valueIssued: number };
  error?: { fields?: Record<string, string> };
};

// Seven receipts of two lines (one voided), and three issues of one line: 12 live receipt lines, 3 issue lines.
const LINES = 15;
const VALUE_RECEIVED = 6 * (1_800_000 + 500_000);

const post = async (path: string, body: unknown) => {
  const res = await h.request('POST', path, { token, body });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body as { id: string; lines: { itemId: string }[] };
};
const page = async (query: string) => {
  const res = await h.request('GET', `/api/v1/public/funds/${fundId}/goods${query}`);
  return { status: res.status, body: res.body as Page };
};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  token = await h.login('standing1');
  fundId = (await post('/api/v1/funds', { communeId: w.C1.id, name: 'Quỹ Cứu trợ' })).id;
  driveId = (await post('/api/v1/drives', { fundId, name: 'Ủng hộ lũ', from: '2024-09-01', to: '2024-10-31' })).id;
  const goods = `/api/v1/funds/${fundId}/goods`;
  const first = await post(`${goods}/receipts`, {
    date: '2024-09-10',
    donorName: 'Nhà tài trợ 1',
    lines: [
      { name: 'Gạo', unit: 'kg', quantity: 100, value: 1_800_000 },
      { name: 'Nước', unit: 'thùng', quantity: 10, value: 500_000 },
    ],
  });
  const [rice, water] = first.lines.map((l) => l.itemId);
  for (let i = 2; i <= 7; i++) {
    const slip = await post(`${goods}/receipts`, {
      date: `2024-09-1${i % 3}`,
      donorName: `Nhà tài trợ ${i}`,
      lines: [
        { itemId: rice, quantity: 100, value: 1_800_000 },
        { itemId: water, quantity: 10, value: 500_000 },
      ],
    });
    if (i === 7) await post(`/api/v1/goods-slips/${slip.id}/void`, { reason: 'Ghi nhầm' });
  }
  for (let i = 0; i < 3; i++)
    await post(`${goods}/issues`, {
      date: `2024-09-2${i}`,
      villageId: w.V1.id,
      decisionRef: `${i + 1}/QĐ-MTTQ`,
      lines: [{ itemId: rice, quantity: 10 }],
    });
});
afterAll(() => h.close());

describe('the public goods list, a page at a time', () => {
  it('returns every line once, newest first, with the totals of every line on each page', async () => {
    const whole = await page('');
    expect(whole.status).toBe(200);
    expect(whole.body.items).toHaveLength(LINES);
    expect(whole.body.nextCursor).toBeNull();
    expect(whole.body.totals).toEqual({ valueReceived: VALUE_RECEIVED, valueIssued: 3 * 180_000 });
    // The page split by kind, as clients read it before the list was paged.
    expect(whole.body.received).toHaveLength(12);
    expect(whole.body.issued).toHaveLength(3);
    const dates = whole.body.items.map((l) => l.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const limit of [1, 4, 7]) {
      const seen: Line[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await page(`?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(limit);
        expect(res.body.totals).toEqual(whole.body.totals);
        seen.push(...res.body.items);
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 50);
      expect(pages).toBe(Math.ceil(LINES / limit));
      expect(seen).toEqual(whole.body.items);
    }
  });

  it('refuses an unreadable cursor (400) and a limit out of 1–100 (422), naming the parameter', async () => {
    const seqKey = Buffer.from('a.2024-09-10.5').toString('base64url');
    for (const [query, status, field] of [
      ['cursor=abc', 400, 'cursor'],
      [`cursor=${seqKey}`, 400, 'cursor'],
      [`cursor=${'x'.repeat(300)}`, 400, 'cursor'],
      ['limit=0', 422, 'limit'],
      ['limit=101', 422, 'limit'],
    ] as const) {
      const res = await page(`?${query}`);
      expect(res.status, query).toBe(status);
      expect(Object.keys(res.body.error?.fields ?? {}), query).toEqual([field]);
    }
  });

  it('pages on the drive’s disclosure page with a "Trang sau" link, the totals unchanged', async () => {
    const totals = 'Đã nhận hiện vật ước 13.800.000 đồng · đã xuất ước 540.000 đồng';
    // 50 lines a page by default: one page, no link.
    const one = await (await h.app.request(`/cong-khai/${driveId}`)).text();
    expect(one).toContain(totals);
    expect(one).not.toContain('hang=');
    // Forty more lines (given, no value estimated): 55 lines, two pages; the totals of every line on both.
    const lines = Array.from({ length: 40 }, (_, i) => ({ name: `Hàng ${i + 1}`, unit: 'cái', quantity: 1 }));
    await post(`/api/v1/funds/${fundId}/goods/receipts`, { date: '2024-09-05', donorName: 'Kho bạn', lines });
    const first = await (await h.app.request(`/cong-khai/${driveId}`)).text();
    expect(first).toContain(totals);
    const next = first.match(/href="([^"]*hang=[^"]*)">Trang sau/)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toBeDefined();
    const second = await h.app.request(next ?? '');
    expect(second.status).toBe(200);
    const html = await second.text();
    expect(html).toContain(totals);
    // The oldest lines are the forty of 5 September: the second page holds the last five of them, and no link on.
    expect(html.match(/Kho bạn/g)).toHaveLength(5);
    expect(html).not.toContain('hang=');
    // A goods link edited by hand: a 400 saying so, the goods' first page shown.
    const bad = await h.app.request(`/cong-khai/${driveId}?hang=abc`);
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Con trỏ trang không hợp lệ');
    expect(badHtml).toContain(totals);
  });

  it('answers one visitor 120 times a minute, then 429 with Retry-After; another visitor still gets through', async () => {
    const visitor = { 'x-forwarded-for': '203.0.113.16' };
    const path = `/api/v1/public/funds/${fundId}/goods?limit=1`;
    for (let i = 0; i < 120; i++) expect((await h.request('GET', path, { headers: visitor })).status).toBe(200);
    const over = await h.request('GET', path, { headers: visitor });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await h.request('GET', path)).status).toBe(200);
  });
});
