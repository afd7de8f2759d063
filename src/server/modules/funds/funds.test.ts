import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let fundId = '';
let driveId = '';
const TABLES = ['funds', 'drives', 'donations', 'pledges', 'fund_transfers', 'disbursements', 'document_counters'];

type Receipt = {
  id: string;
  receiptNo: string;
  amount: number;
  amountInWords: string;
  inKindValue: number;
  total: number;
  totalInWords: string;
  donorName: string;
  note: string | null;
  can?: { void: boolean };
};

async function post<T>(token: string | undefined, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await h.request('POST', path, { token, body, headers });
  return res as { status: number; body: T & ErrorBody; headers: Headers };
}
async function give(amount: number, extra: Record<string, unknown> = {}, token = t.standing1) {
  const res = await post<Receipt>(token, '/api/v1/donations', {
    fundId,
    driveId,
    donorKind: 'person',
    donorName: 'Nguyễn Văn An',
    amount,
    date: '2023-05-15',
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1']) t[u] = await h.login(u);
  const f = await post<{ id: string }>(t.standing1, '/api/v1/funds', {
    communeId: w.C1.id,
    name: 'Quỹ vì biển đảo Việt Nam',
    bankBin: '970405',
    bankAccount: '1234567890',
  });
  expect(f.status).toBe(201);
  fundId = f.body.id;
  const d = await post<{ id: string; code: string }>(t.standing1, '/api/v1/drives', {
    fundId,
    name: 'Vận động Quỹ vì biển đảo 2023',
    from: '2023-01-01',
    to: '2023-06-30',
    target: 45_300_000,
    assignedBy: { body: 'Ủy ban MTTQ huyện' },
  });
  expect(d.status).toBe(201);
  expect(d.body.code).toBe('VDQVBD2023');
  driveId = d.body.id;
});
afterAll(async () => h?.close());

describe('receipts', () => {
  it('are numbered PT-<year>-0001…, with the amount in Vietnamese words', async () => {
    const a = await give(72_925_000 - 1_050_000);
    const b = await give(1_050_000);
    expect(a.receiptNo).toBe('PT-2023-0001');
    expect(b.receiptNo).toBe('PT-2023-0002');
    expect(b.amountInWords).toBe('Một triệu không trăm năm mươi nghìn đồng');
    const s = await h.request('GET', `/api/v1/drives/${driveId}/summary`, { token: t.viewer1 });
    expect(s.body).toMatchObject({
      total: 72_925_000,
      count: 2,
      target: 45_300_000,
      text: '72.925.000 đồng, đạt 161%',
    });
  });

  it('show cash and goods separately and their sum', async () => {
    const r = await give(500_000, {
      inKindDescription: '20 thùng mì tôm',
      inKindValue: 2_000_000,
      donorKind: 'business',
      donorName: 'Công ty TNHH Hồng Phát',
    });
    expect(r).toMatchObject({
      amount: 500_000,
      inKindValue: 2_000_000,
      total: 2_500_000,
      totalInWords: 'Hai triệu năm trăm nghìn đồng',
    });
    const anon = await give(200_000, { donorKind: 'anonymous', donorName: 'Ai đó' });
    expect(anon.donorName).toBe('Nhà hảo tâm');
  });

  it('a void needs a reason, keeps the number, leaves every total, and cannot be repeated', async () => {
    const r = await give(3_000_000);
    const before = (await h.request('GET', `/api/v1/funds/${fundId}/balance`, { token: t.standing1 })).body as {
      received: number;
    };
    expect((await post(t.standing1, `/api/v1/donations/${r.id}/void`, {})).status).toBe(422);
    const v = await post<Receipt & { voided: boolean }>(t.standing1, `/api/v1/donations/${r.id}/void`, {
      reason: 'Ghi nhầm số tiền',
    });
    expect(v.status).toBe(200);
    expect(v.body).toMatchObject({ receiptNo: r.receiptNo, voided: true });
    expect((await post(t.standing1, `/api/v1/donations/${r.id}/void`, { reason: 'Lần nữa' })).status).toBe(409);
    const after = (await h.request('GET', `/api/v1/funds/${fundId}/balance`, { token: t.standing1 })).body as {
      received: number;
    };
    expect(after.received).toBe(before.received - 3_000_000);
    const next = await give(100_000);
    expect(Number(next.receiptNo.slice(-4))).toBe(Number(r.receiptNo.slice(-4)) + 1);
  });
});

describe('bad money input is refused, writes nothing and consumes no number', () => {
  const cases: [string, Record<string, unknown>, number, string][] = [
    ['amount 0', { amount: 0 }, 422, 'amount'],
    ['a negative amount', { amount: -5000 }, 422, 'amount'],
    ['a fractional amount', { amount: 1000.5 }, 422, 'amount'],
    ['an amount as a string', { amount: '100000' }, 422, 'amount'],
    ['an amount above 10^13', { amount: 10_000_000_000_001 }, 422, 'amount'],
    ['a date two days ahead', { date: new Date(Date.now() + 3 * 86400_000).toISOString().slice(0, 10) }, 422, 'date'],
    ['a date that does not exist', { date: '2023-02-29' }, 422, 'date'],
    ['an unknown donor kind', { donorKind: 'alien' }, 422, 'donorKind'],
    ['a 10,000-character donor name', { donorName: 'x'.repeat(10_000) }, 422, 'donorName'],
    ['goods without a description', { amount: 0, inKindValue: 5000 }, 422, 'inKindDescription'],
    ['a date outside the drive (01/01–30/06/2023) without a reason', { date: '2023-07-01' }, 422, 'outOfPeriodReason'],
  ];
  for (const [name, over, status, field] of cases) {
    it(name, async () => {
      const before = await h.counts(TABLES);
      const res = await post(t.standing1, '/api/v1/donations', {
        fundId,
        driveId,
        donorKind: 'person',
        donorName: 'Trần Thị Bình',
        amount: 100_000,
        date: '2023-05-15',
        ...over,
      });
      expect(res.status).toBe(status);
      expect(Object.keys(res.body.error.fields ?? {})).toContain(field);
      expect(await h.counts(TABLES)).toEqual(before);
    });
  }

  it("a receipt outside the drive's dates is taken with a reason, which its note keeps", async () => {
    const r = await give(50_000, { date: '2023-07-02', outOfPeriodReason: 'Tiền thôn nộp chậm sau tổng kết đợt' });
    expect(r.note).toBe('Ghi ngoài thời gian đợt (01/01/2023–30/06/2023): Tiền thôn nộp chậm sau tổng kết đợt');
    // Voided again so the drive's totals the later tests compare stay those of its period.
    const v = await post(t.standing1, `/api/v1/donations/${r.id}/void`, { reason: 'Thử ghi ngoài thời gian đợt' });
    expect(v.status).toBe(200);
  });

  it('a fund of another commune is not found', async () => {
    const other = await post<{ id: string }>(t.admin, '/api/v1/funds', { communeId: w.C3.id, name: 'Quỹ xã Ba' });
    const before = await h.counts(TABLES);
    const res = await post(t.standing1, '/api/v1/donations', {
      fundId: other.body.id,
      donorKind: 'person',
      donorName: 'A',
      amount: 1000,
      date: '2023-05-15',
    });
    expect(res.status).toBe(404);
    expect(res.body.error.fields).toHaveProperty('fundId');
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('scope', () => {
  it('a village head records receipts for their village only, and cannot open funds', async () => {
    const own = await post<Receipt>(t.village1, '/api/v1/donations', {
      fundId,
      driveId,
      donorKind: 'household',
      donorName: 'Hộ ông Lê Văn Cường',
      amount: 200_000,
      date: '2023-05-16',
      unitId: w.V1.id,
    });
    expect(own.status).toBe(201);
    const other = await post(t.village1, '/api/v1/donations', {
      fundId,
      driveId,
      donorKind: 'household',
      donorName: 'Hộ bà Đào',
      amount: 200_000,
      date: '2023-05-16',
      unitId: w.V2.id,
    });
    expect(other.status).toBe(403);
    const noVillage = await post(t.village1, '/api/v1/donations', {
      fundId,
      driveId,
      donorKind: 'household',
      donorName: 'Hộ bà Đào',
      amount: 200_000,
      date: '2023-05-16',
    });
    expect(noVillage.status).toBe(403);
    expect((await post(t.village1, '/api/v1/funds', { communeId: w.C1.id, name: 'Quỹ riêng' })).status).toBe(403);
    expect(
      (
        await post(t.viewer1, '/api/v1/donations', {
          fundId,
          donorKind: 'person',
          donorName: 'X',
          amount: 1000,
          date: '2023-05-16',
        })
      ).status,
    ).toBe(403);
  });
});

describe('can flags', () => {
  type Can = { manage: boolean; recordDonations: boolean; voidDonations: boolean; recordAt: Record<string, string[]> };
  const fundCan = async (token: string | undefined) => {
    const res = await h.request('GET', `/api/v1/funds?communeId=${w.C1.id}`, { token });
    return (res.body as { items: { id: string; can: Can }[] }).items.find((f) => f.id === fundId)?.can;
  };

  it('say what each role may do with a fund, as the funds policy decides', async () => {
    expect(await fundCan(t.standing1)).toEqual({
      manage: true,
      recordDonations: true,
      voidDonations: true,
      recordAt: { villageIds: [], organizationIds: [] },
    });
    expect(await fundCan(t.village1)).toMatchObject({
      manage: false,
      recordDonations: true,
      voidDonations: false,
      recordAt: { villageIds: [w.V1.id], organizationIds: [] },
    });
    expect(await fundCan(t.orglead1)).toMatchObject({
      manage: false,
      recordDonations: true,
      recordAt: { villageIds: [], organizationIds: [w.O1.id] },
    });
    expect(await fundCan(t.viewer1)).toMatchObject({ manage: false, recordDonations: false, voidDonations: false });
  });

  it('a receipt may be voided by the standing committee while it is live', async () => {
    const r = await give(10_000);
    expect(r.can?.void).toBe(true);
    const v = await post<{ can: { void: boolean } }>(t.standing1, `/api/v1/donations/${r.id}/void`, {
      reason: 'Ghi nhầm',
    });
    expect(v.body.can.void).toBe(false);
  });

  it('a drive of another commune is not found, like its fund', async () => {
    const other = await post<{ id: string }>(t.admin, '/api/v1/funds', { communeId: w.C2.id, name: 'Quỹ xã Hai' });
    const drive = await post<{ id: string }>(t.admin, '/api/v1/drives', {
      fundId: other.body.id,
      name: 'Đợt xã Hai',
      from: '2023-01-01',
      to: '2023-12-31',
    });
    expect(drive.status).toBe(201);
    const res = await h.request('GET', `/api/v1/drives/${drive.body.id}/summary`, { token: t.standing1 });
    expect(res.status).toBe(404);
    expect((await h.request('GET', `/api/v1/drives/${drive.body.id}/summary`, { token: t.upper1 })).status).toBe(200);
  });
});

describe('pledges, transfers, payouts and the balance', () => {
  it('a pledge is fulfilled by later receipts; what is outstanding is listed', async () => {
    const p = await post<{ id: string }>(t.standing1, '/api/v1/pledges', {
      fundId,
      driveId,
      donorKind: 'organization',
      donorName: 'Hội Phụ nữ xã',
      amount: 5_000_000,
      date: '2023-04-01',
    });
    expect(p.status).toBe(201);
    await give(3_000_000, { pledgeId: p.body.id, donorKind: 'organization', donorName: 'Hội Phụ nữ xã' });
    const list = (await h.request('GET', `/api/v1/pledges?fundId=${fundId}`, { token: t.standing1 })).body as {
      items: { id: string; fulfilled: number; outstanding: number }[];
    };
    expect(list.items.find((x) => x.id === p.body.id)).toMatchObject({ fulfilled: 3_000_000, outstanding: 2_000_000 });
  });

  it("a pledge's drive is one of its own fund: another commune's drive or an unknown id is a 404 naming driveId (the fuzz found a 500)", async () => {
    const other = await post<{ id: string }>(t.admin, '/api/v1/funds', {
      communeId: w.C2.id,
      name: 'Quỹ xã Hai (cam kết)',
    });
    const foreign = await post<{ id: string }>(t.admin, '/api/v1/drives', {
      fundId: other.body.id,
      name: 'Đợt xã Hai (cam kết)',
      from: '2023-01-01',
      to: '2023-12-31',
    });
    const before = await h.counts(TABLES);
    for (const id of [foreign.body.id, '7b0e7a52-0000-4000-8000-000000000000']) {
      const res = await post(t.standing1, '/api/v1/pledges', {
        fundId,
        driveId: id,
        donorKind: 'person',
        donorName: 'Trần Thị B',
        amount: 1_000_000,
        date: '2023-04-01',
      });
      expect(res.status).toBe(404);
      expect(Object.keys((res.body as ErrorBody).error.fields ?? {})).toEqual(['driveId']);
    }
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('a drive assigned by a unit names the commune or a unit above it (the fuzz found a 500 for an unknown one)', async () => {
    const drive = (assignerId: string, name: string) =>
      post(t.standing1, '/api/v1/drives', {
        fundId,
        name,
        from: '2024-01-01',
        to: '2024-12-31',
        assignedBy: { unitId: assignerId },
      });
    const before = await h.counts(TABLES);
    const unknown = await drive('7b0e7a52-0000-4000-8000-000000000001', 'Đợt giao bởi đơn vị lạ');
    expect(unknown.status).toBe(404);
    expect(Object.keys(unknown.body.error.fields ?? {})).toEqual(['assignedBy.unitId']);
    const sibling = await drive(w.C2.id, 'Đợt giao bởi xã bên');
    expect(sibling.status).toBe(422);
    expect(Object.keys(sibling.body.error.fields ?? {})).toEqual(['assignedBy.unitId']);
    expect(await h.counts(TABLES)).toEqual(before);
    expect((await drive(w.P1.id, 'Đợt tỉnh giao')).status).toBe(201);
  });

  it('balance = received − paid out − transferred up + transferred down; a payout beyond it is refused with 409', async () => {
    const b0 = (await h.request('GET', `/api/v1/funds/${fundId}/balance`, { token: t.standing1 })).body as {
      balance: number;
      received: number;
    };
    expect(
      (
        await post(t.standing1, '/api/v1/transfers', {
          fundId,
          direction: 'up',
          amount: 10_000_000,
          date: '2023-06-01',
          counterparty: 'Ủy ban MTTQ huyện',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await post(t.standing1, '/api/v1/transfers', {
          fundId,
          direction: 'down',
          amount: 2_000_000,
          date: '2023-06-02',
          counterparty: 'Ủy ban MTTQ huyện',
        })
      ).status,
    ).toBe(201);
    const pay = await post<{ payoutNo: string }>(t.standing1, '/api/v1/disbursements', {
      fundId,
      driveId,
      amount: 5_000_000,
      date: '2023-06-10',
      purpose: 'Hỗ trợ ngư dân',
      recipient: 'Hội Nghề cá',
      decisionRef: '12/QĐ-MTTQ',
    });
    expect(pay.status).toBe(201);
    expect(pay.body.payoutNo).toBe('PC-2023-0001');
    const b1 = (await h.request('GET', `/api/v1/funds/${fundId}/balance`, { token: t.standing1 })).body as {
      balance: number;
      disbursed: number;
      transferredOut: number;
      transferredIn: number;
    };
    expect(b1).toMatchObject({
      disbursed: 5_000_000,
      transferredOut: 10_000_000,
      transferredIn: 2_000_000,
      balance: b0.balance - 10_000_000 + 2_000_000 - 5_000_000,
    });
    const before = await h.counts(TABLES);
    const tooMuch = await post(t.standing1, '/api/v1/disbursements', {
      fundId,
      amount: b1.balance + 1,
      date: '2023-06-11',
      purpose: 'Chi quá',
      recipient: 'X',
      decisionRef: '13/QĐ',
    });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error.fields).toHaveProperty('amount');
    expect(await h.counts(TABLES)).toEqual(before);
    expect(
      (
        await post(t.village1, '/api/v1/disbursements', {
          fundId,
          amount: 1,
          date: '2023-06-11',
          purpose: 'x',
          recipient: 'x',
          decisionRef: 'x',
        })
      ).status,
    ).toBe(403);
  });
});

describe('Idempotency-Key', () => {
  it('a retried receipt returns the first result, never a second receipt', async () => {
    const body = {
      fundId,
      driveId,
      donorKind: 'person',
      donorName: 'Phạm Thị Dung',
      amount: 300_000,
      date: '2023-05-20',
    };
    const first = await post<Receipt>(t.standing1, '/api/v1/donations', body, { 'Idempotency-Key': 'retry-1' });
    const before = await h.counts(TABLES);
    const again = await post<Receipt>(t.standing1, '/api/v1/donations', body, { 'Idempotency-Key': 'retry-1' });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await h.counts(TABLES)).toEqual(before);
    const different = await post(
      t.standing1,
      '/api/v1/donations',
      { ...body, amount: 999_000 },
      { 'Idempotency-Key': 'retry-1' },
    );
    expect(different.status).toBe(422);
    // A refused request does not burn its key.
    expect(
      (await post(t.standing1, '/api/v1/donations', { ...body, amount: 0 }, { 'Idempotency-Key': 'retry-2' })).status,
    ).toBe(422);
    expect((await post(t.standing1, '/api/v1/donations', body, { 'Idempotency-Key': 'retry-2' })).status).toBe(201);
  });
});

describe('concurrent receipts', () => {
  it('8 clients × 25 receipts: each stored once, numbers without gap or repeat, balance equals their sum', async () => {
    const f = await post<{ id: string }>(t.standing1, '/api/v1/funds', { communeId: w.C1.id, name: 'Quỹ Cứu trợ' });
    const before = (await h.request('GET', `/api/v1/funds/${f.body.id}/balance`, { token: t.standing1 })).body as {
      received: number;
    };
    expect(before.received).toBe(0);
    let acknowledged = 0;
    const numbers: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async (_, c) => {
        for (let i = 0; i < 25; i++) {
          const amount = 10_000 * (c + 1) + i;
          const res = await post<Receipt>(t.standing1, '/api/v1/donations', {
            fundId: f.body.id,
            donorKind: 'person',
            donorName: `Người ${c}-${i}`,
            amount,
            date: '2026-01-05',
          });
          if (res.status === 201) {
            acknowledged += amount;
            numbers.push(Number(res.body.receiptNo.slice(-4)));
          }
        }
      }),
    );
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const bal = (await h.request('GET', `/api/v1/funds/${f.body.id}/balance`, { token: t.standing1 })).body as {
      received: number;
      balance: number;
    };
    expect(bal.received).toBe(acknowledged);
    expect(bal.balance).toBe(acknowledged);
  });
});

describe('public disclosure and the indicator fed by the drive', () => {
  it('lists donors (anonymous as Nhà hảo tâm), payouts and balance, without login or personal data', async () => {
    await give(150_000, { donorAddress: 'Số 5 ngõ 7 thôn Một, 0912345678' });
    const res = await h.request('GET', `/api/v1/public/drives/${driveId}/disclosure`);
    expect(res.status).toBe(200);
    const d = res.body as {
      items: { donorName: string }[];
      payouts: unknown[];
      totals: { total: number; paidOut: number; transferredUp: number; balance: number };
    };
    expect(d.items.some((x) => x.donorName === 'Nhà hảo tâm')).toBe(true);
    expect(d.payouts.length).toBeGreaterThanOrEqual(1);
    // goods are not cash
    expect(d.totals.balance).toBe(d.totals.total - d.totals.paidOut - d.totals.transferredUp - 2_000_000);
    expect(JSON.stringify(d)).not.toContain('0912345678');
    expect(JSON.stringify(d)).not.toContain('ngõ 7');
  });

  it('an indicator sourced from the drive reads its receipts', async () => {
    const ind = await post<{ id: string }>(t.standing1, '/api/v1/indicators', {
      ownerUnitId: w.C1.id,
      code: 'BIEN_DAO',
      name: 'Quỹ vì biển đảo',
      unitLabel: 'đồng',
      aggregation: 'sum',
      source: 'funds.drive_total',
      sourceParams: { driveId },
    });
    expect(ind.status).toBe(201);
    await post(t.standing1, '/api/v1/targets', {
      indicatorId: ind.body.id,
      unitId: w.C1.id,
      from: '2023-01-01',
      to: '2023-06-30',
      value: 45_300_000,
      assignedBy: { body: 'Ủy ban MTTQ huyện' },
    });
    const p = await h.request('GET', `/api/v1/progress?unitId=${w.C1.id}&from=2023-01-01&to=2023-06-30`, {
      token: t.standing1,
    });
    const item = (
      p.body as { items: { indicatorId: string; actual: number; targets: { text: string }[] }[] }
    ).items.find((i) => i.indicatorId === ind.body.id);
    const summary = (await h.request('GET', `/api/v1/drives/${driveId}/summary`, { token: t.standing1 })).body as {
      total: number;
    };
    expect(item?.actual).toBe(summary.total);
  });
});
