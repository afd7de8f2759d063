import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';

/**
 * A warehouse's slips come a page at a time (a relief warehouse writes thousands): every slip once across pages,
 * newest first, the village head's narrowing kept on every page, and an unreadable cursor refused naming `cursor`.
 */
let h: Harness;
let w: World;
const t = { standing1: '', village1: '' };
let base = '';
type Slip = { id: string; number: string; date: string; villageId: string | null };
type Page = { items: Slip[]; nextCursor: string | null; error?: { fields?: Record<string, string> } };

const get = async (token: string, path: string) => {
  const res = await h.request('GET', path, { token });
  return { status: res.status, body: res.body as Page };
};
async function all(token: string, kind: string, limit: number) {
  const out: Slip[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await get(token, `${base}/${kind}?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    out.push(...res.body.items);
    cursor = res.body.nextCursor;
    pages++;
  } while (cursor && pages < 50);
  return { slips: out, pages };
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.standing1 = await h.login('standing1');
  t.village1 = await h.login('village1');
  const fund = await h.request('POST', '/api/v1/funds', {
    token: t.standing1,
    body: { communeId: w.C1.id, name: 'Quỹ Cứu trợ' },
  });
  base = `/api/v1/funds/${(fund.body as { id: string }).id}/goods`;
  let rice = '';
  // Nine receipts over three days (three a day: the day's numbers order them), then issues to two villages.
  for (let i = 0; i < 9; i++) {
    const res = await h.request('POST', `${base}/receipts`, {
      token: t.standing1,
      body: {
        date: `2024-09-1${i % 3}`,
        donorName: `Nhà tài trợ ${i + 1}`,
        lines: [rice ? { itemId: rice, quantity: 100, value: 1_800_000 } : { name: 'Gạo', unit: 'kg', quantity: 100 }],
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    rice ||= (res.body as { lines: { itemId: string }[] }).lines[0]?.itemId ?? '';
  }
  for (let i = 0; i < 6; i++) {
    const res = await h.request('POST', `${base}/issues`, {
      token: t.standing1,
      body: {
        date: `2024-09-2${i % 2}`,
        villageId: i % 2 === 0 ? w.V1.id : w.V2.id,
        decisionRef: `${i + 1}/QĐ-MTTQ`,
        lines: [{ itemId: rice, quantity: 10 }],
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
});
afterAll(() => h.close());

describe('the slips of a warehouse, a page at a time', () => {
  it('returns every slip once, newest first, whatever the page size', async () => {
    const whole = await get(t.standing1, `${base}/receipts`);
    expect(whole.body.nextCursor).toBeNull();
    expect(whole.body.items).toHaveLength(9);
    for (const limit of [1, 2, 4]) {
      const { slips, pages } = await all(t.standing1, 'receipts', limit);
      expect(pages).toBe(Math.ceil(9 / limit));
      expect(slips.map((s) => s.id)).toEqual(whole.body.items.map((s) => s.id));
    }
    const keys = whole.body.items.map((s) => `${s.date} ${s.number}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it("keeps a village head's narrowing on every page", async () => {
    const { slips } = await all(t.village1, 'issues', 2);
    expect(slips).toHaveLength(3);
    expect(new Set(slips.map((s) => s.villageId))).toEqual(new Set([w.V1.id]));
  });

  it('refuses an unreadable cursor (400) and a limit out of 1–500 (422), naming the parameter', async () => {
    const wrongKey = Buffer.from('a.2024-09-10.00000000-0000-4000-8000-000000000000').toString('base64url');
    for (const [query, status, field] of [
      ['cursor=abc', 400, 'cursor'],
      [`cursor=${wrongKey}`, 400, 'cursor'],
      ['limit=0', 422, 'limit'],
      ['limit=501', 422, 'limit'],
    ] as const) {
      const res = await get(t.standing1, `${base}/issues?${query}`);
      expect(res.status, query).toBe(status);
      expect(Object.keys(res.body.error?.fields ?? {}), query).toEqual([field]);
    }
  });
});
