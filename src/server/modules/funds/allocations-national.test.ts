import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type Items,
  type World,
} from '../../testing/harness';

/**
 * Allocations from the national level (issue 16.1 and 16.5): the national unit's fund allocates to provinces, each
 * province reads and acknowledges its own share, the public page of the drive lists each share with its decision
 * number, recipient, date and amount; and the allocation lines come a page at a time.
 */
let h: Harness;
let w: World;
const t: Record<string, string> = {};
const id: Record<string, string> = {};
const TABLES = ['allocations', 'allocation_lines', 'allocation_receipts', 'disbursements', 'fund_transfers'];
const DECISION = '12/QĐ-MTTW-BTT';
type Res<T> = { status: number; body: T & ErrorBody };
type Line = {
  id: string;
  recipientId: string;
  recipientName: string;
  recipientLevel: string;
  amount: number;
  state: string;
  decisionRef: string;
  can: { acknowledge: boolean };
};
type Page = Items<Line> & { nextCursor: string | null };
type Balance = { transferredIn: number; disbursed: number; balance: number };

const post = async <T = { id: string }>(user: string, path: string, body: unknown) =>
  (await h.request('POST', path, { token: t[user], body })) as Res<T>;
const get = async <T>(user: string, path: string) => (await h.request('GET', path, { token: t[user] })) as Res<T>;
const balanceOf = async (fundId: string) => (await get<Balance>('admin', `/api/v1/funds/${fundId}/balance`)).body;
const allocate = (user: string, body: Record<string, unknown>) =>
  post<{ total: number; lines: { payoutNo: string; recipientId: string; recipientLevel: string }[] }>(
    user,
    '/api/v1/allocations',
    { fundId: id.FN, decisionRef: DECISION, date: '2024-09-25', purpose: 'Hỗ trợ các tỉnh sau bão số 3', ...body },
  );

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'viewer1']) t[u] = await h.login(u);
  const n = await post('admin', '/api/v1/units', {
    level: 'national',
    name: 'Ủy ban Trung ương MTTQ Việt Nam',
    parentId: null,
  });
  id.N = n.body.id;
  for (const [username, unitId] of [
    ['upperN', id.N],
    ['upper2', w.P2.id],
  ] as const) {
    await post('admin', '/api/v1/users', {
      username,
      password: PASSWORD,
      fullName: `Người ${username}`,
      roles: [{ role: 'upper', unitId }],
    });
    t[username] = await h.login(username);
  }
  for (const [user, unitId, key] of [
    ['upperN', id.N, 'FN'],
    ['upper1', w.P1.id, 'FP1'],
    ['upper2', w.P2.id, 'FP2'],
  ] as const) {
    const f = await post(user, '/api/v1/funds', { unitId, name: 'Quỹ Cứu trợ' });
    expect(f.status, JSON.stringify(f.body)).toBe(201);
    id[key] = f.body.id;
  }
  const drive = await post('upperN', '/api/v1/drives', {
    fundId: id.FN,
    name: 'Ủng hộ đồng bào bị thiệt hại do bão số 3',
    from: '2024-09-08',
    to: '2024-10-31',
  });
  id.DN = drive.body.id;
  const gift = await post('upperN', '/api/v1/donations', {
    fundId: id.FN,
    driveId: id.DN,
    donorKind: 'business',
    donorName: 'Tập đoàn Dầu khí Việt Nam',
    amount: 2_000_000_000,
    date: '2024-09-12',
  });
  expect(gift.status, JSON.stringify(gift.body)).toBe(201);
});
afterAll(() => h.close());

describe('allocations from the national fund to provinces', () => {
  it('offers its managers the provinces (a province fund its communes) as recipients', async () => {
    const names = async (user: string, fund: string) =>
      (await get<Items<{ id: string; level: string }>>(user, `/api/v1/funds/${fund}/allocation-recipients`)).body;
    const national = await names('upperN', id.FN as string);
    expect(national.items.map((u) => u.id).sort()).toEqual([w.P1.id, w.P2.id].sort());
    expect(new Set(national.items.map((u) => u.level))).toEqual(new Set(['province']));
    expect((await names('upper1', id.FP1 as string)).items.map((u) => u.id).sort()).toEqual([w.C1.id, w.C2.id].sort());
    expect((await get('upper1', `/api/v1/funds/${id.FN}/allocation-recipients`)).status).toBe(404);
    expect((await get('upperN', `/api/v1/funds/${id.FP1}/allocation-recipients`)).status).toBe(404);
  });

  it('pays each province by a numbered payout naming it, in one decision', async () => {
    const before = await balanceOf(id.FN as string);
    const res = await allocate('upperN', {
      driveId: id.DN,
      lines: [
        { unitId: w.P1.id, amount: 500_000_000 },
        { unitId: w.P2.id, amount: 300_000_000 },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.total).toBe(800_000_000);
    expect(res.body.lines.map((l) => [l.recipientId, l.recipientLevel, l.payoutNo])).toEqual([
      [w.P1.id, 'province', 'PC-2024-0001'],
      [w.P2.id, 'province', 'PC-2024-0002'],
    ]);
    expect((await balanceOf(id.FN as string)).balance).toBe(before.balance - 800_000_000);
  });

  it('refuses a recipient of the wrong level or place, naming the line, writing nothing', async () => {
    const fields = async (user: string, lines: unknown[], body: Record<string, unknown> = {}) => {
      const res = (await h.expectRefused(422, TABLES, () => allocate(user, { lines, ...body }))) as ErrorBody;
      return Object.keys(res.error.fields ?? {});
    };
    expect(await fields('upperN', [{ unitId: w.C1.id, amount: 1 }])).toEqual(['lines.0.unitId']); // a commune
    expect(await fields('upperN', [{ unitId: id.N, amount: 1 }])).toEqual(['lines.0.unitId']); // itself
    expect(await fields('upperN', [{ amount: 1 }])).toEqual(['lines.0.unitId']);
    expect(
      await fields('upperN', [
        { unitId: w.P1.id, amount: 1 },
        { communeId: w.P1.id, amount: 2 },
      ]),
    ).toEqual(['lines.1.communeId']);
    // A province allocates to its own communes, never to another province.
    expect(await fields('upper1', [{ unitId: w.P2.id, amount: 1 }], { fundId: id.FP1 })).toEqual(['lines.0.unitId']);
  });

  it('shows each province its own share; the national level all; a commune none of it', async () => {
    const seen = async (user: string) =>
      (await get<Page>(user, '/api/v1/allocation-lines')).body.items.map((l) => l.recipientId).sort();
    expect(await seen('upperN')).toEqual([w.P1.id, w.P2.id].sort());
    expect(await seen('upper1')).toEqual([w.P1.id]);
    expect(await seen('upper2')).toEqual([w.P2.id]);
    expect(await seen('standing1')).toEqual([]);
    expect(await seen('viewer1')).toEqual([]);
    const [mine] = (await get<Page>('upper1', `/api/v1/allocation-lines?unitId=${w.P1.id}`)).body.items;
    expect(mine).toMatchObject({
      recipientName: 'Tỉnh Một',
      recipientLevel: 'province',
      amount: 500_000_000,
      state: 'pending',
      decisionRef: DECISION,
      can: { acknowledge: true },
    });
    const today = await get<{ groups: { key: string; count: number }[] }>('upper1', '/api/v1/today');
    expect(today.body.groups.find((g) => g.key === 'allocations.acknowledge')?.count).toBe(1);
  });

  it('is acknowledged once by the province, into its own fund, as money in from above', async () => {
    const [line] = (await get<Page>('upper1', '/api/v1/allocation-lines')).body.items;
    const ack = (user: string, fundId: string) =>
      post<Line>(user, `/api/v1/allocation-lines/${line?.id}/acknowledge`, { fundId, date: '2024-09-27' });
    await h.expectRefused(403, TABLES, () => ack('upperN', id.FN as string)); // reads it, is not the recipient
    await h.expectRefused(404, TABLES, () => ack('upper2', id.FP2 as string));
    await h.expectRefused(404, TABLES, () => ack('standing1', id.FP1 as string));
    await h.expectRefused(422, TABLES, () => ack('admin', id.FP2 as string)); // another province's fund
    const before = await balanceOf(id.FP1 as string);
    const done = await ack('upper1', id.FP1 as string);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ state: 'acknowledged', can: { acknowledge: false } });
    expect((await balanceOf(id.FP1 as string)).transferredIn - before.transferredIn).toBe(500_000_000);
    const again = (await h.expectRefused(409, TABLES, () => ack('upper1', id.FP1 as string))) as ErrorBody;
    expect(again.error.code).toBe('already_acknowledged');
    // What it received, the province allocates on to its communes.
    const onward = await allocate('upper1', {
      fundId: id.FP1,
      decisionRef: '125/QĐ-MTTQ-BTT',
      lines: [{ unitId: w.C1.id, amount: 200_000_000 }],
    });
    expect(onward.status, JSON.stringify(onward.body)).toBe(201);
    expect(onward.body.lines[0]?.recipientLevel).toBe('commune');
  });

  it("lists each share on the drive's public page with decision number, recipient, date and amount", async () => {
    type Out = { kind: string; payoutNo: string; decisionRef: string; recipient: string; date: string; amount: number };
    const out = await h.request('GET', `/api/v1/public/drives/${id.DN}/money-out`);
    expect(out.status).toBe(200);
    const rows = (out.body as Items<Out>).items.map((r) => [r.decisionRef, r.recipient, r.date, r.amount]);
    expect(rows).toEqual(
      expect.arrayContaining([
        [DECISION, 'Tỉnh Một', '2024-09-25', 500_000_000],
        [DECISION, 'Tỉnh Hai', '2024-09-25', 300_000_000],
      ]),
    );
    const search = await h.request(
      'GET',
      `/api/v1/public/drives/${id.DN}/money-out?q=${encodeURIComponent('tinh hai')}`,
    );
    expect((search.body as Items<Out>).items.map((r) => r.amount)).toEqual([300_000_000]);
    const html = await (await h.app.request(`/cong-khai/${id.DN}`)).text();
    for (const text of [DECISION, 'Tỉnh Một', 'Tỉnh Hai', '25/09/2024', '500.000.000']) expect(html).toContain(text);
  });
});

describe('the allocation lines, a page at a time', () => {
  it('returns every line once across pages, newest decision first', async () => {
    for (let i = 1; i <= 4; i++) {
      const res = await allocate('upper1', {
        fundId: id.FP1,
        decisionRef: `${130 + i}/QĐ-MTTQ-BTT`,
        date: `2024-10-0${i}`,
        lines: [
          { unitId: w.C1.id, amount: 1_000_000 * i },
          { unitId: w.C2.id, amount: 500_000 * i },
        ],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const all = (await get<Page>('upper1', '/api/v1/allocation-lines')).body;
    expect(all.nextCursor).toBeNull();
    expect(all.items).toHaveLength(10); // the nation's line to P1, the onward line, 4 × 2
    const paged: Line[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Res<Page> = await get<Page>(
        'upper1',
        `/api/v1/allocation-lines?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(3);
      paged.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(pages).toBe(4);
    expect(paged.map((l) => l.id)).toEqual(all.items.map((l) => l.id));
    expect(new Set(paged.map((l) => l.id)).size).toBe(10);
    const dates = paged.map((l) => (l as Line & { date: string }).date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('answers 400 naming `cursor` for a bad cursor, 422 naming `limit` for a bad limit', async () => {
    const bad = Buffer.from('a.2024-02-30.00000000-0000-4000-8000-000000000000').toString('base64url');
    for (const cursor of ['abc!', bad, 'x'.repeat(80)]) {
      const res = await get('upper1', `/api/v1/allocation-lines?cursor=${cursor}`);
      expect(res.status, cursor).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {})).toEqual(['cursor']);
    }
    for (const limit of ['0', '501', 'abc']) {
      const res = await get('upper1', `/api/v1/allocation-lines?limit=${limit}`);
      expect(res.status).toBe(422);
      expect(Object.keys(res.body.error.fields ?? {})).toEqual(['limit']);
    }
  });
});
