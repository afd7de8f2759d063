import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemMeta } from '../../core/actor';
import { createUser } from '../users/commands/create-user';
import { createHarness, PASSWORD, seedWorld, type Harness, type World } from '../../testing/harness';

/** Issue 13.1: the fund book and the reconciliation open on the latest year with money in them, not an empty one. */
let h: Harness;
let w: World;
const t = { standing1: '', upper1: '', standing3: '' };
let fundId = '';

const post = async (path: string, body: Record<string, unknown>) => {
  const res = await h.request('POST', path, { token: t.standing1, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
};
const give = (date: string, extra: Record<string, unknown> = {}) =>
  post('/api/v1/donations', {
    fundId,
    donorKind: 'person',
    donorName: 'Nguyễn Văn An',
    amount: 500_000,
    date,
    ...extra,
  });
const latest = async (token: string, id = fundId) => {
  const res = await h.request('GET', `/api/v1/funds/${id}/latest-year`, { token });
  return { status: res.status, body: res.body };
};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  await createUser(h.db, systemMeta, {
    username: 'standing3',
    password: PASSWORD,
    fullName: 'BTT xã Ba',
    roles: [{ role: 'standing', unitId: w.C3.id, organizationId: null, unitPath: w.C3.path, unitLevel: 'commune' }],
  });
  for (const u of ['standing1', 'upper1', 'standing3'] as const) t[u] = await h.login(u);
  fundId = (await post('/api/v1/funds', { communeId: w.C1.id, name: 'Quỹ Vì người nghèo' })).id;
});
afterAll(async () => h?.close());

describe('the latest year of a fund', () => {
  it('is none for a fund without money, then the year of its latest receipt, payout or transfer', async () => {
    expect(await latest(t.standing1)).toEqual({ status: 200, body: { year: null, bankYear: null } });
    await give('2022-03-01');
    await post('/api/v1/disbursements', {
      fundId,
      amount: 200_000,
      date: '2023-02-01',
      purpose: 'Thăm hỏi hộ nghèo',
      recipient: 'Hộ ông Lê Văn Ba',
      decisionRef: 'QĐ 12/QĐ-MTTQ',
    });
    expect(await latest(t.standing1)).toEqual({ status: 200, body: { year: 2023, bankYear: null } });
    await post('/api/v1/transfers', {
      fundId,
      direction: 'up',
      amount: 100_000,
      date: '2024-04-01',
      counterparty: 'Ủy ban MTTQ tỉnh',
    });
    // The level above reads the same fund and is told the same year.
    expect(await latest(t.upper1)).toEqual({ status: 200, body: { year: 2024, bankYear: null } });
  });

  it('leaves voided receipts out, and gives the bank side its own year', async () => {
    const voided = await give('2025-01-10', { method: 'bank_transfer' });
    const res = await h.request('POST', `/api/v1/donations/${voided.id}/void`, {
      token: t.standing1,
      body: { reason: 'Ghi nhầm quỹ' },
    });
    expect(res.status).toBe(200);
    expect(await latest(t.standing1)).toEqual({ status: 200, body: { year: 2024, bankYear: null } });
    await give('2023-06-01', { method: 'bank_transfer' });
    expect(await latest(t.standing1)).toEqual({ status: 200, body: { year: 2024, bankYear: 2023 } });
  });

  it('tells another commune’s user nothing: 404 as for the book', async () => {
    const res = await latest(t.standing3);
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('2024');
    expect((await h.request('GET', `/api/v1/funds/${fundId}/book`, { token: t.standing3 })).status).toBe(404);
  });
});
