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
 * Funds at every level (issue 16.1): a commune's, a province's, the national unit's; who reads and manages each;
 * allocations from a province fund to its communes and each commune's acknowledgment.
 */
let h: Harness;
let w: World;
const t: Record<string, string> = {};
const id: Record<string, string> = {};
const TABLES = [
  'funds',
  'drives',
  'donations',
  'fund_transfers',
  'disbursements',
  'document_counters',
  'allocations',
  'allocation_lines',
  'allocation_receipts',
];
type Res<T> = { status: number; body: T & ErrorBody };
type Fund = { id: string; unitId: string; unitLevel: string; unitName: string; can: { manage: boolean } };
type Line = {
  id: string;
  communeId: string;
  amount: number;
  state: string;
  payoutNo: string;
  decisionRef: string;
  receivedFundId: string | null;
  can: { acknowledge: boolean };
};
type Balance = { received: number; disbursed: number; transferredIn: number; balance: number };

const post = async <T = { id: string }>(user: string, path: string, body: unknown) =>
  (await h.request('POST', path, { token: t[user], body })) as Res<T>;
const get = async <T>(user: string, path: string) => (await h.request('GET', path, { token: t[user] })) as Res<T>;
const balanceOf = async (fundId: string) => (await get<Balance>('admin', `/api/v1/funds/${fundId}/balance`)).body;
const NATIONAL = 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam';
const NOWHERE = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'village1', 'viewer1']) t[u] = await h.login(u);
  const n = await post('admin', '/api/v1/units', { level: 'national', name: NATIONAL, parentId: null });
  expect(n.status, JSON.stringify(n.body)).toBe(201);
  id.N = n.body.id;
  for (const [username, unitId] of [
    ['upperN', id.N],
    ['upper2', w.P2.id],
    ['standing2', w.C2.id],
  ] as const) {
    const role = username === 'standing2' ? 'standing' : 'upper';
    const u = await post('admin', '/api/v1/users', {
      username,
      password: PASSWORD,
      fullName: `Người ${username}`,
      roles: [{ role, unitId }],
    });
    expect(u.status, JSON.stringify(u.body)).toBe(201);
    t[username] = await h.login(username);
  }
});
afterAll(() => h.close());

describe('the national level', () => {
  it('is one root unit with no children, made by the administrator only', async () => {
    const units = await get<Items<{ id: string; level: string; parentId: string | null }>>('admin', '/api/v1/units');
    const national = units.body.items.find((u) => u.id === id.N);
    expect(national).toMatchObject({ level: 'national', parentId: null, kind: 'trung ương' });
    // Provinces stay roots of their own (their paths, and every scope built on them, do not move).
    expect(units.body.items.find((u) => u.id === w.P1.id)?.parentId).toBeNull();
    expect(units.body.items.filter((u) => u.parentId === id.N)).toEqual([]);
    const again = await h.expectRefused(409, ['units'], () =>
      post('admin', '/api/v1/units', { level: 'national', name: 'Trung ương hai', parentId: null }),
    );
    expect((again as ErrorBody).error.code).toBe('duplicate_national');
    for (const level of ['province', 'commune', 'village']) {
      const under = await h.expectRefused(422, ['units'], () =>
        post('admin', '/api/v1/units', { level, name: `Dưới trung ương ${level}`, parentId: id.N }),
      );
      expect(Object.keys((under as ErrorBody).error.fields ?? {})).toEqual(['parentId']);
    }
    await h.expectRefused(403, ['units'], () =>
      post('upper1', '/api/v1/units', { level: 'national', name: 'Trung ương khác', parentId: null }),
    );
  });
});

describe('creating funds at each level', () => {
  it('takes unitId (commune, province, national) and the older communeId', async () => {
    const cases = [
      ['standing1', { communeId: w.C1.id }, 'commune', 'FC1'],
      ['standing2', { unitId: w.C2.id }, 'commune', 'FC2'],
      ['upper1', { unitId: w.P1.id }, 'province', 'FP1'],
      ['upperN', { unitId: id.N }, 'national', 'FN'],
      ['upper2', { unitId: w.P2.id }, 'province', 'FP2'],
    ] as const;
    for (const [user, unit, level, key] of cases) {
      const res = await post<Fund>(user, '/api/v1/funds', { ...unit, name: 'Quỹ Cứu trợ' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ unitLevel: level, can: { manage: true } });
      id[key] = res.body.id;
    }
  });

  it('refuses the wrong unit or the wrong person, naming the field, writing nothing', async () => {
    const refuse = async (status: number, user: string, body: Record<string, unknown>, field: string) => {
      const res = await h.expectRefused(status, TABLES, () =>
        post(user, '/api/v1/funds', { name: 'Quỹ mới', ...body }),
      );
      expect(Object.keys((res as ErrorBody).error.fields ?? {}), JSON.stringify(res)).toContain(field);
    };
    await refuse(403, 'upper1', { unitId: w.C1.id }, 'unitId'); // a province reads, never manages, a commune's funds
    await refuse(404, 'standing1', { unitId: w.P1.id }, 'unitId'); // a commune never reaches the province
    await refuse(404, 'upper2', { unitId: w.P1.id }, 'unitId');
    await refuse(404, 'upper1', { unitId: id.N }, 'unitId');
    await refuse(404, 'standing1', { unitId: w.V1.id }, 'unitId'); // a village holds no fund
    await refuse(404, 'upper1', { communeId: w.P1.id }, 'communeId'); // the older field names a commune only
    await refuse(403, 'viewer1', { unitId: w.C1.id }, 'unitId');
    await refuse(422, 'upper1', {}, 'unitId');
    await refuse(409, 'upper1', { unitId: w.P1.id, name: 'quỹ cứu trợ' }, 'name');
  });
});

describe('the scope matrix over funds, drives, receipts and payouts', () => {
  const ACTORS = ['standing1', 'village1', 'upper1', 'upperN', 'upper2', 'viewer1'] as const;
  // Read status per fund (FC1: commune C1, FP1: province P1, FN: national) and whether the actor manages it.
  const READ: Record<(typeof ACTORS)[number], [number, number, number]> = {
    standing1: [200, 404, 404],
    village1: [200, 404, 404],
    upper1: [200, 200, 404],
    upperN: [404, 404, 200],
    upper2: [404, 404, 404],
    viewer1: [200, 404, 404],
  };
  const MANAGES: Record<(typeof ACTORS)[number], [boolean, boolean, boolean]> = {
    standing1: [true, false, false],
    village1: [false, false, false],
    upper1: [false, true, false],
    upperN: [false, false, true],
    upper2: [false, false, false],
    viewer1: [false, false, false],
  };
  const FUNDS = ['FC1', 'FP1', 'FN'] as const;

  it('lists and looks up only what each reads; writes only where each manages', async () => {
    let n = 0;
    for (const actor of ACTORS) {
      const list = await get<Items<Fund>>(actor, '/api/v1/funds');
      const listed = new Set(list.body.items.map((f) => f.id));
      for (const [i, key] of FUNDS.entries()) {
        const fundId = id[key] as string;
        const read = READ[actor][i];
        const manage = MANAGES[actor][i];
        const where = `${actor} on ${key}`;
        expect(listed.has(fundId), where).toBe(read === 200);
        if (read === 200) expect(list.body.items.find((f) => f.id === fundId)?.can.manage, where).toBe(manage);
        expect((await get(actor, `/api/v1/funds/${fundId}/balance`)).status, where).toBe(read);
        expect((await get(actor, `/api/v1/drives?fundId=${fundId}`)).status, where).toBe(read);
        expect((await get(actor, `/api/v1/funds/${fundId}/latest-receipts`)).status, where).toBe(read);
        n++;
        const write = manage ? 201 : read === 200 ? 403 : 404;
        const drive = await post(actor, '/api/v1/drives', {
          fundId,
          name: `Đợt ${n}`,
          from: '2024-09-01',
          to: '2024-12-31',
        });
        expect(drive.status, `${where}: drive ${JSON.stringify(drive.body)}`).toBe(write);
        const receipt = await post(actor, '/api/v1/donations', {
          fundId,
          donorKind: 'person',
          donorName: 'Trần Thị Bình',
          amount: 1_000_000,
          date: '2024-09-15',
        });
        expect(receipt.status, `${where}: receipt ${JSON.stringify(receipt.body)}`).toBe(write);
        const payout = await post(actor, '/api/v1/disbursements', {
          fundId,
          amount: 100_000,
          date: '2024-09-16',
          purpose: 'Hỗ trợ',
          recipient: 'Hộ bà Lê Thị C',
          decisionRef: '01/QĐ',
        });
        expect(payout.status, `${where}: payout ${JSON.stringify(payout.body)}`).toBe(write);
        if (manage) {
          // The drive and the receipt just written are looked up in the same scope as their fund.
          for (const other of ACTORS) {
            const expected = READ[other][i];
            expect((await get(other, `/api/v1/drives/${drive.body.id}/summary`)).status, `${other} drive`).toBe(
              expected,
            );
            const voidRes = await post(other, `/api/v1/donations/${receipt.body.id}/void`, { reason: 'thử phạm vi' });
            if (other !== actor)
              expect(voidRes.status, `${other} void`).toBe(MANAGES[other][i] ? 200 : expected === 200 ? 403 : 404);
          }
        }
      }
    }
  });

  it('numbers receipts and payouts per fund (PT/PC from 0001 in each)', async () => {
    const give = async (user: string, fundId: string) =>
      post<{ receiptNo: string }>(user, '/api/v1/donations', {
        fundId,
        donorKind: 'business',
        donorName: 'Công ty TNHH Hòa Bình',
        amount: 500_000_000,
        date: '2025-01-10',
      });
    expect((await give('upper1', id.FP1 as string)).body.receiptNo).toBe('PT-2025-0001');
    expect((await give('standing1', id.FC1 as string)).body.receiptNo).toBe('PT-2025-0001');
    expect((await give('upperN', id.FN as string)).body.receiptNo).toBe('PT-2025-0001');
  });
});

describe('allocations from a province fund to its communes', () => {
  const allocate = (user: string, body: Record<string, unknown>) =>
    post<{ id: string; total: number; lines: { payoutNo: string; communeId: string }[] }>(user, '/api/v1/allocations', {
      fundId: id.FP1,
      decisionRef: '125/QĐ-MTTQ-BTT',
      date: '2025-01-20',
      purpose: 'Hỗ trợ khắc phục hậu quả bão số 3',
      ...body,
    });

  it('pays each commune by a numbered payout of the province fund, in one transaction', async () => {
    const before = await balanceOf(id.FP1 as string);
    const res = await allocate('upper1', {
      lines: [
        { communeId: w.C1.id, amount: 30_000_000 },
        { communeId: w.C2.id, amount: 20_000_000 },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.total).toBe(50_000_000);
    expect(res.body.lines.map((l) => l.payoutNo)).toEqual(['PC-2025-0001', 'PC-2025-0002']);
    const after = await balanceOf(id.FP1 as string);
    expect(after.disbursed - before.disbursed).toBe(50_000_000);
    expect(after.balance).toBe(before.balance - 50_000_000);
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const fields = async (status: number, user: string, body: Record<string, unknown>) => {
      const res = (await h.expectRefused(status, TABLES, () => allocate(user, body))) as ErrorBody;
      return Object.keys(res.error.fields ?? {});
    };
    const one = (communeId: string, amount = 1_000_000) => ({ lines: [{ communeId, amount }] });
    expect(await fields(422, 'upper1', one(w.C3.id))).toEqual(['lines.0.communeId']); // another province's commune
    expect(await fields(422, 'upper1', one(NOWHERE))).toEqual(['lines.0.communeId']);
    expect(await fields(422, 'upper1', one(w.V1.id))).toEqual(['lines.0.communeId']); // a village, not a commune
    expect(await fields(422, 'upper1', one(w.C1.id, 0))).toEqual(['lines.0.amount']);
    expect(await fields(422, 'upper1', one(w.C1.id, -5))).toEqual(['lines.0.amount']);
    expect(await fields(422, 'upper1', { lines: [] })).toEqual(['lines']);
    expect(
      await fields(422, 'upper1', {
        lines: [
          { communeId: w.C1.id, amount: 1 },
          { communeId: w.C1.id, amount: 2 },
        ],
      }),
    ).toEqual(['lines.1.communeId']);
    expect(await fields(409, 'upper1', one(w.C1.id, 9_000_000_000))).toEqual(['lines']); // above the balance
    expect(await fields(422, 'standing1', { fundId: id.FC1, ...one(w.C1.id) })).toEqual(['fundId']); // a commune fund
    expect(await fields(404, 'standing1', one(w.C1.id))).toEqual(['fundId']);
    expect(await fields(403, 'viewer1', { fundId: id.FC1, ...one(w.C1.id) })).toEqual(['fundId']);
    expect(await fields(404, 'upper2', one(w.C1.id))).toEqual(['fundId']);
  });

  it('shows a commune its own allocations only; the province all of its fund', async () => {
    const lines = async (user: string) =>
      (await get<Items<Line>>(user, `/api/v1/allocation-lines`)).body.items.map((l) => l.communeId).sort();
    expect(await lines('upper1')).toEqual([w.C1.id, w.C2.id].sort());
    expect(await lines('standing1')).toEqual([w.C1.id]);
    expect(await lines('village1')).toEqual([w.C1.id]);
    expect(await lines('viewer1')).toEqual([w.C1.id]);
    expect(await lines('standing2')).toEqual([w.C2.id]);
    expect(await lines('upperN')).toEqual([]);
    expect(await lines('upper2')).toEqual([]);
    const [mine] = (await get<Items<Line>>('standing1', '/api/v1/allocation-lines')).body.items;
    expect(mine).toMatchObject({ amount: 30_000_000, state: 'pending', decisionRef: '125/QĐ-MTTQ-BTT' });
    expect(mine?.can.acknowledge).toBe(true);
    const [seenAbove] = (await get<Items<Line>>('upper1', `/api/v1/allocation-lines?communeId=${w.C1.id}`)).body.items;
    expect(seenAbove?.can.acknowledge).toBe(false);
    // The start page of the commune's standing committee lists it as waiting.
    const today = await get<{ groups: { key: string; count: number }[] }>('standing1', '/api/v1/today');
    expect(today.body.groups.find((g) => g.key === 'allocations.acknowledge')?.count).toBe(1);
  });

  it("shows the province fund's payouts in its book and its drive's donors on the public disclosure", async () => {
    const book = await get<{ lines: { kind: string; number: string | null }[] }>(
      'upper1',
      `/api/v1/funds/${id.FP1}/book?from=2025-01-01&to=2025-12-31`,
    );
    expect(book.status, JSON.stringify(book.body)).toBe(200);
    expect(book.body.lines.filter((l) => l.kind === 'payout').map((l) => l.number)).toEqual(
      expect.arrayContaining(['PC-2025-0001', 'PC-2025-0002']),
    );
    const drives = await get<Items<{ id: string }>>('upper1', `/api/v1/drives?fundId=${id.FP1}`);
    const driveId = drives.body.items[0]?.id as string;
    const give = await post('upper1', '/api/v1/donations', {
      fundId: id.FP1,
      driveId,
      donorKind: 'person',
      donorName: 'Nguyễn Trọng Nghĩa',
      amount: 200_000,
      date: '2024-09-20',
    });
    expect(give.status, JSON.stringify(give.body)).toBe(201);
    const page = await h.request('GET', `/api/v1/public/drives/${driveId}/disclosure`);
    expect(page.status).toBe(200);
    expect(JSON.stringify(page.body)).toContain('Nguyễn Trọng Nghĩa');
  });

  it('is acknowledged once, into a fund of the receiving commune, as money in from above', async () => {
    const [line] = (await get<Items<Line>>('standing1', '/api/v1/allocation-lines')).body.items;
    const lineId = line?.id as string;
    const ack = (user: string, fundId: string) =>
      post<Line>(user, `/api/v1/allocation-lines/${lineId}/acknowledge`, { fundId, date: '2025-01-22' });
    await h.expectRefused(403, TABLES, () => ack('upper1', id.FC1 as string));
    await h.expectRefused(404, TABLES, () => ack('standing2', id.FC2 as string));
    await h.expectRefused(404, TABLES, () => ack('standing1', id.FP1 as string));
    await h.expectRefused(422, TABLES, () => ack('admin', id.FC2 as string)); // another commune's fund
    await h.expectRefused(403, TABLES, () => ack('viewer1', id.FC1 as string));
    const before = await balanceOf(id.FC1 as string);
    const done = await ack('standing1', id.FC1 as string);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ state: 'acknowledged', receivedFundId: id.FC1, can: { acknowledge: false } });
    const after = await balanceOf(id.FC1 as string);
    expect(after.transferredIn - before.transferredIn).toBe(30_000_000);
    expect(after.balance - before.balance).toBe(30_000_000);
    expect(after.received).toBe(before.received); // not a donor's receipt
    const again = (await h.expectRefused(409, TABLES, () => ack('standing1', id.FC1 as string))) as ErrorBody;
    expect(again.error.code).toBe('already_acknowledged');
    const today = await get<{ groups: { key: string }[] }>('standing1', '/api/v1/today');
    expect(today.body.groups.some((g) => g.key === 'allocations.acknowledge')).toBe(false);
    // The province sees the state; the commune C2's share still waits.
    const states = (await get<Items<Line>>('upper1', '/api/v1/allocation-lines')).body.items.map((l) => [
      l.communeId,
      l.state,
    ]);
    expect(Object.fromEntries(states)).toEqual({ [w.C1.id]: 'acknowledged', [w.C2.id]: 'pending' });
  });
});
