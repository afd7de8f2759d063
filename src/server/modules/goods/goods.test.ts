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
let otherFundId = '';
const TABLES = ['goods_warehouses', 'goods_items', 'goods_counters', 'goods_slips', 'goods_lines'];

type Line = { itemId: string; name: string; unit: string; quantity: number; value: number; counted: number | null };
type Slip = {
  id: string;
  number: string;
  kind: string;
  lines: Line[];
  voidReason: string | null;
  can: { void: boolean };
};
type StockRow = {
  itemId: string;
  name: string;
  unit: string;
  received: number;
  issued: number;
  adjusted: number;
  onHand: number;
  valueOnHand: number;
};
type Stock = { items: StockRow[]; can: { manage: boolean; read: boolean; issuesOfVillages: boolean } };

const base = (id = fundId) => `/api/v1/funds/${id}/goods`;
async function call<T>(method: string, path: string, token: string | undefined, body?: unknown) {
  return (await h.request(method, path, { token, body })) as { status: number; body: T & ErrorBody };
}
async function receive(lines: unknown[], extra: Record<string, unknown> = {}) {
  const res = await call<Slip>('POST', `${base()}/receipts`, t.standing1, {
    date: '2024-09-10',
    donorName: 'Công ty Lương thực Hồng Phát',
    lines,
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
async function stock(token = t.standing1) {
  const res = await call<Stock>('GET', base(), token);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}
const onHand = async (name: string) => (await stock()).items.find((i) => i.name === name);
const issue = (lines: unknown[], extra: Record<string, unknown> = {}, token = t.standing1) =>
  call<Slip>('POST', `${base()}/issues`, token, {
    date: '2024-09-12',
    villageId: w.V1.id,
    decisionRef: '1/QĐ-MTTQ',
    lines,
    ...extra,
  });

let rice = '';
let water = '';

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1']) t[u] = await h.login(u);
  const f = await call<{ id: string }>('POST', '/api/v1/funds', t.standing1, {
    communeId: w.C1.id,
    name: 'Quỹ Cứu trợ',
  });
  fundId = f.body.id;
  const g = await call<{ id: string }>('POST', '/api/v1/funds', t.admin, { communeId: w.C3.id, name: 'Quỹ Cứu trợ' });
  otherFundId = g.body.id;
});
afterAll(async () => h?.close());

describe('receipts in kind', () => {
  it('numbers PN-<year>-0001…, adds new items by name and unit, and the stock sums them', async () => {
    const a = await receive([
      { name: 'Gạo', unit: 'kg', quantity: 2000, value: 36_000_000 },
      { name: 'Nước uống', unit: 'thùng', quantity: 10, value: 800_000 },
    ]);
    expect(a.number).toBe('PN-2024-0001');
    rice = a.lines[0]?.itemId ?? '';
    water = a.lines[1]?.itemId ?? '';
    const b = await receive([{ itemId: rice, quantity: 500, value: 9_000_000 }], {
      donorName: '',
      publicAnonymous: true,
    });
    expect(b.number).toBe('PN-2024-0002');
    const r = await onHand('Gạo');
    expect(r).toMatchObject({ unit: 'kg', received: 2500, issued: 0, onHand: 2500, valueOnHand: 45_000_000 });
  });

  it('keep their numbers gapless under concurrent entry', async () => {
    const before = (await call<{ items: Slip[] }>('GET', `${base()}/receipts`, t.standing1)).body.items.length;
    const sent = await Promise.all(
      Array.from({ length: 6 }, () =>
        call<Slip>('POST', `${base()}/receipts`, t.standing1, {
          date: '2024-09-10',
          donorName: 'Đoàn thanh niên',
          lines: [{ name: 'Nước uống', unit: 'thùng', quantity: 1, value: 80_000 }],
        }),
      ),
    );
    expect(sent.map((r) => r.status)).toEqual(Array(6).fill(201));
    const numbers = sent.map((r) => r.body.number).sort();
    expect(numbers).toEqual(Array.from({ length: 6 }, (_, i) => `PN-2024-${String(before + i + 1).padStart(4, '0')}`));
    // Entered twice by mistake: voided, so the stock maths below start from the first two receipts.
    for (const r of sent) {
      const v = await call('POST', `/api/v1/goods-slips/${r.body.id}/void`, t.standing1, { reason: 'Nhập trùng' });
      expect(v.status).toBe(200);
    }
    expect((await onHand('Nước uống'))?.onHand).toBe(10);
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const cases: [unknown, string][] = [
      [{ date: '2024-09-10', donorName: 'A', lines: [] }, 'lines'],
      [{ date: '2024-09-10', donorName: 'A', lines: [{ itemId: rice, quantity: 0 }] }, 'lines.0.quantity'],
      [{ date: '2024-09-10', donorName: 'A', lines: [{ itemId: rice, quantity: 1.5 }] }, 'lines.0.quantity'],
      [{ date: '2024-09-10', donorName: 'A', lines: [{ name: 'Mì', quantity: 1 }] }, 'lines.0.unit'],
      [{ date: '2024-09-10', donorName: '', lines: [{ itemId: rice, quantity: 1 }] }, 'donorName'],
      [{ date: '2024-02-30', donorName: 'A', lines: [{ itemId: rice, quantity: 1 }] }, 'date'],
      [{ date: '2024-09-10', donorName: 'A', lines: [{ itemId: rice, quantity: 1, value: -5 }] }, 'lines.0.value'],
    ];
    for (const [body, field] of cases) {
      const res = (await h.expectRefused(422, TABLES, () =>
        call('POST', `${base()}/receipts`, t.standing1, body),
      )) as ErrorBody;
      expect(Object.keys(res.error.fields ?? {}), JSON.stringify(res)).toContain(field);
    }
    // An item of another fund's warehouse is not found, naming the line.
    const res = (await h.expectRefused(404, TABLES, () =>
      call('POST', `${base()}/receipts`, t.standing1, {
        date: '2024-09-10',
        donorName: 'A',
        lines: [
          { name: 'Mì tôm', unit: 'thùng', quantity: 1 },
          { itemId: '00000000-0000-4000-8000-000000000000', quantity: 1 },
        ],
      }),
    )) as ErrorBody;
    expect(res.error.fields).toHaveProperty(['lines.1.itemId']);
  });
});

describe('issues', () => {
  it('take goods out to a village; the stock shows the remainder and the value leaves at the average', async () => {
    const res = await issue([{ itemId: rice, quantity: 600 }], { recipient: 'Các hộ bị ngập' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.number).toBe('PX-2024-0001');
    expect(res.body.lines[0]).toMatchObject({ quantity: 600, value: 10_800_000 });
    expect(await onHand('Gạo')).toMatchObject({ received: 2500, issued: 600, onHand: 1900, valueOnHand: 34_200_000 });
  });

  it('refuse more than the stock holds (409 naming the line’s quantity), writing nothing', async () => {
    const body = (await h.expectRefused(409, TABLES, () =>
      issue([
        { itemId: water, quantity: 5 },
        { itemId: rice, quantity: 1000 },
        { itemId: rice, quantity: 901 },
      ]),
    )) as ErrorBody;
    expect(body.error.code).toBe('insufficient_stock');
    expect(body.error.fields).toHaveProperty(['lines.2.quantity']);
  });

  it('refuse a village of another commune and a missing recipient', async () => {
    const a = (await h.expectRefused(404, TABLES, () =>
      issue([{ itemId: water, quantity: 1 }], { villageId: w.V3.id }),
    )) as ErrorBody;
    expect(a.error.fields).toHaveProperty('villageId');
    const b = (await h.expectRefused(422, TABLES, () =>
      issue([{ itemId: water, quantity: 1 }], { villageId: null, decisionRef: '' }),
    )) as ErrorBody;
    expect(Object.keys(b.error.fields ?? {})).toEqual(expect.arrayContaining(['recipient', 'decisionRef']));
  });

  it('of the last units, two at once: one is written, the other refused', async () => {
    const left = (await onHand('Nước uống'))?.onHand ?? 0;
    expect(left).toBe(10);
    const [a, b] = await Promise.all([
      issue([{ itemId: water, quantity: 10 }], { villageId: w.V1.id }),
      issue([{ itemId: water, quantity: 10 }], { villageId: w.V2.id }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await onHand('Nước uống')).toMatchObject({ issued: 10, onHand: 0 });
  });
});

describe('stock counts', () => {
  it('need a reason for a difference, then write it as an adjustment', async () => {
    const refused = (await h.expectRefused(422, TABLES, () =>
      call('POST', `${base()}/counts`, t.standing1, { date: '2024-09-20', lines: [{ itemId: rice, counted: 1895 }] }),
    )) as ErrorBody;
    expect(refused.error.fields).toHaveProperty(['lines.0.reason']);
    const res = await call<Slip>('POST', `${base()}/counts`, t.standing1, {
      date: '2024-09-20',
      lines: [
        { itemId: rice, counted: 1895, reason: 'Bao rách, ẩm mốc' },
        { itemId: water, counted: 0 },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.number).toBe('KK-2024-0001');
    expect(res.body.lines[0]).toMatchObject({ counted: 1895, quantity: -5, value: -90_000 });
    expect(await onHand('Gạo')).toMatchObject({ adjusted: -5, onHand: 1895, valueOnHand: 34_110_000 });
  });
});

describe('voids', () => {
  it('void an issue with a reason (its goods come back), once only', async () => {
    const res = await issue([{ itemId: rice, quantity: 95 }]);
    expect(res.status).toBe(201);
    expect((await onHand('Gạo'))?.onHand).toBe(1800);
    const refused = (await h.expectRefused(422, TABLES, () =>
      call('POST', `/api/v1/goods-slips/${res.body.id}/void`, t.standing1, { reason: '' }),
    )) as ErrorBody;
    expect(refused.error.fields).toHaveProperty('reason');
    const v = await call<Slip>('POST', `/api/v1/goods-slips/${res.body.id}/void`, t.standing1, {
      reason: 'Ghi nhầm thôn',
    });
    expect(v.status).toBe(200);
    expect(v.body).toMatchObject({ number: 'PX-2024-0003', voidReason: 'Ghi nhầm thôn', can: { void: false } });
    expect((await onHand('Gạo'))?.onHand).toBe(1895);
    const again = await call('POST', `/api/v1/goods-slips/${res.body.id}/void`, t.standing1, { reason: 'Lần nữa' });
    expect(again.status).toBe(409);
    // The next issue takes the next number: a voided slip keeps its own.
    const next = await issue([{ itemId: rice, quantity: 1 }]);
    expect(next.body.number).toBe('PX-2024-0004');
  });

  it('refuse to void a receipt whose goods have gone out', async () => {
    const list = await call<{ items: Slip[] }>('GET', `${base()}/receipts`, t.standing1);
    const first = list.body.items.find((s) => s.number === 'PN-2024-0001');
    const body = (await h.expectRefused(409, TABLES, () =>
      call('POST', `/api/v1/goods-slips/${first?.id}/void`, t.standing1, { reason: 'Nhầm' }),
    )) as ErrorBody;
    expect(body.error.code).toBe('insufficient_stock');
  });
});

describe('scope', () => {
  it('the province reads its communes’ goods read-only; a village head sees only issues to their village', async () => {
    const upper = await stock(t.upper1);
    expect(upper.can).toMatchObject({ manage: false, read: true });
    expect(upper.items.length).toBeGreaterThan(0);
    await h.expectRefused(403, TABLES, () => issue([{ itemId: rice, quantity: 1 }], {}, t.upper1));
    await h.expectRefused(403, TABLES, () =>
      call('POST', `${base()}/receipts`, t.viewer1, {
        date: '2024-09-10',
        donorName: 'A',
        lines: [{ itemId: rice, quantity: 1 }],
      }),
    );
    const village = await stock(t.village1);
    expect(village.can).toMatchObject({ manage: false, read: false, issuesOfVillages: true });
    expect(village.items).toEqual([]);
    const issues = await call<{ items: { villageId: string }[] }>('GET', `${base()}/issues`, t.village1);
    expect(issues.status).toBe(200);
    expect(issues.body.items.length).toBeGreaterThan(0);
    expect(new Set(issues.body.items.map((i) => i.villageId))).toEqual(new Set([w.V1.id]));
    expect((await call('GET', `${base()}/receipts`, t.village1)).status).toBe(403);
    expect((await call('GET', base(), t.orglead1)).status).toBe(403);
  });

  it('another commune’s fund is not found, reading or writing', async () => {
    expect((await call('GET', base(otherFundId), t.standing1)).status).toBe(404);
    expect((await call('GET', `${base(otherFundId)}/issues`, t.upper1)).status).toBe(404);
    await h.expectRefused(404, TABLES, () =>
      call('POST', `${base(otherFundId)}/receipts`, t.standing1, {
        date: '2024-09-10',
        donorName: 'A',
        lines: [{ name: 'Gạo', unit: 'kg', quantity: 1 }],
      }),
    );
    const list = await call<{ items: Slip[] }>('GET', `${base()}/receipts`, t.standing1);
    const slip = list.body.items[0];
    const admin = await call<{ id: string }>('POST', `${base(otherFundId)}/receipts`, t.admin, {
      date: '2024-09-10',
      donorName: 'A',
      lines: [{ name: 'Gạo', unit: 'kg', quantity: 1 }],
    });
    expect(admin.status).toBe(201);
    expect((await call('GET', `/api/v1/goods-slips/${admin.body.id}`, t.standing1)).status).toBe(404);
    expect((await call('POST', `/api/v1/goods-slips/${slip?.id}/void`, t.upper1, { reason: 'x' })).status).toBe(403);
  });
});
