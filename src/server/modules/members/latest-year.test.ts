import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemMeta } from '../../core/actor';
import { createUser } from '../users/commands/create-user';
import { createHarness, PASSWORD, seedWorld, type Harness, type World } from '../../testing/harness';

/** Issue 13.1: the dues grid opens on the latest year someone paid, not on a current year nobody has paid yet. */
let h: Harness;
let w: World;
const t = { standing1: '', village1: '', standing3: '' };

const post = async (path: string, body: Record<string, unknown>) => {
  const res = await h.request('POST', path, { token: t.standing1, body });
  expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(201);
  return (res.body as { id: string }).id;
};
const member = async (fullName: string, villageId: string, extra: Record<string, unknown> = {}) => {
  const personId = await post('/api/v1/people', { fullName, villageId, birthYear: 1980 });
  return post('/api/v1/memberships', { personId, organizationId: w.O1.id, joinedOn: '2022-01-10', ...extra });
};
const pay = (membershipId: string, period: string) =>
  post('/api/v1/dues-payments', { membershipId, period, amount: 2000 });
const latest = async (token: string, query: string) => {
  const res = await h.request('GET', `/api/v1/dues/latest-year?${query}`, { token });
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
  for (const u of ['standing1', 'village1', 'standing3'] as const) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('the latest year of dues', () => {
  it('is none before any payment, then the latest year paid by a member the grid would show', async () => {
    const org = `organizationId=${w.O1.id}`;
    const branchId = await post('/api/v1/branches', {
      organizationId: w.O1.id,
      villageId: w.V1.id,
      name: 'Chi hội Một',
    });
    const an = await member('Nguyễn Thị An', w.V1.id, { branchId });
    const binh = await member('Trần Thị Bình', w.V2.id);
    expect(await latest(t.standing1, org)).toEqual({ status: 200, body: { year: null } });
    await pay(an, '2023-05');
    await pay(an, '2024');
    await pay(binh, '2025-01');
    // A year paid ahead does not move the grid past this year.
    await pay(binh, '2099');
    expect(await latest(t.standing1, org)).toEqual({ status: 200, body: { year: 2025 } });
    expect(await latest(t.standing1, `${org}&branchId=${branchId}`)).toEqual({ status: 200, body: { year: 2024 } });
    // The head of Thôn Một reads its members only: Bình's 2025 is not theirs to see.
    expect(await latest(t.village1, org)).toEqual({ status: 200, body: { year: 2024 } });
    expect(await latest(t.standing1, `organizationId=${w.O2.id}`)).toEqual({ status: 200, body: { year: null } });
  });

  it('tells another commune’s user nothing: 404 naming the organisation, as the grid does', async () => {
    const res = await latest(t.standing3, `organizationId=${w.O1.id}`);
    expect(res.status).toBe(404);
    expect(Object.keys((res.body as { error: { fields?: object } }).error.fields ?? {})).toEqual(['organizationId']);
    const grid = await h.request('GET', `/api/v1/dues?organizationId=${w.O1.id}&year=2025`, { token: t.standing3 });
    expect(grid.status).toBe(404);
    expect(await latest(t.standing3, `organizationId=${w.O3.id}`)).toEqual({ status: 200, body: { year: null } });
  });

  it('names the field of bad input', async () => {
    const res = await latest(t.standing1, 'organizationId=x');
    expect(res.status).toBe(422);
    expect(Object.keys((res.body as { error: { fields?: object } }).error.fields ?? {})).toEqual(['organizationId']);
  });
});
