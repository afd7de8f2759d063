import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemMeta } from '../../core/actor';
import { createUser } from '../users/commands/create-user';
import { createHarness, PASSWORD, seedWorld, type Harness, type World } from '../../testing/harness';

/** Issue 13.1: a household list filtered on a year with no categories offers the latest year that has some. */
let h: Harness;
let w: World;
const t = { standing1: '', village1: '', standing3: '' };

const add = async (villageId: string, headName: string, categories: { year: number; category: string }[]) => {
  const res = await h.request('POST', '/api/v1/households', {
    token: t.standing1,
    body: { villageId, headName, categories },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { id: string }).id;
};
const latest = async (token: string, query = '') => {
  const res = await h.request('GET', `/api/v1/households/latest-year${query}`, { token });
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

describe('the latest year of household categories', () => {
  it('is none before any category, then the latest year among the households the list would show', async () => {
    expect(await latest(t.standing1)).toEqual({ status: 200, body: { year: null } });
    await add(w.V1.id, 'Nguyễn Văn Một', [
      { year: 2022, category: 'poor' },
      { year: 2023, category: 'near_poor' },
    ]);
    await add(w.V2.id, 'Trần Thị Hai', [{ year: 2024, category: 'policy' }]);
    expect(await latest(t.standing1)).toEqual({ status: 200, body: { year: 2024 } });
    expect(await latest(t.standing1, `?villageId=${w.V1.id}`)).toEqual({ status: 200, body: { year: 2023 } });
    expect(await latest(t.standing1, '?category=poor')).toEqual({ status: 200, body: { year: 2022 } });
    expect(await latest(t.standing1, `?communeId=${w.C1.id}&category=disability`)).toEqual({
      status: 200,
      body: { year: null },
    });
    // A village head's list holds their village only: so does its year.
    expect(await latest(t.village1)).toEqual({ status: 200, body: { year: 2023 } });
  });

  it('tells another commune’s user nothing: 404 naming the filter, as the list does, and no year of its own', async () => {
    for (const q of [`?villageId=${w.V1.id}`, `?communeId=${w.C1.id}`]) {
      const res = await latest(t.standing3, q);
      expect(res.status).toBe(404);
      expect((await h.request('GET', `/api/v1/households${q}`, { token: t.standing3 })).status).toBe(404);
    }
    expect(await latest(t.standing3)).toEqual({ status: 200, body: { year: null } });
    expect((await latest(t.village1, `?villageId=${w.V2.id}`)).status).toBe(404);
  });

  it('names the field of bad input', async () => {
    const res = await latest(t.standing1, '?category=rich');
    expect(res.status).toBe(422);
    expect(Object.keys((res.body as { error: { fields?: object } }).error.fields ?? {})).toEqual(['category']);
  });
});
