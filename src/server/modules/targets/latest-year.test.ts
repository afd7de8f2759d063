import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';

/** Issue 13.1: the period pickers open on the latest year that has targets, not on an empty current year. */
let h: Harness;
let w: World;
const t = { upper1: '', standing1: '', village1: '' };

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  for (const u of ['upper1', 'standing1', 'village1'] as const) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

const latest = async (token: string, unitId: string) => {
  const res = await h.request('GET', `/api/v1/progress/latest-year?unitId=${unitId}`, { token });
  return { status: res.status, year: (res.body as { year: number | null }).year };
};

describe('the latest year with targets', () => {
  it('is none before any target, then the year of the latest target in the unit’s subtree, in scope', async () => {
    expect(await latest(t.standing1, w.C1.id)).toEqual({ status: 200, year: null });
    const indicator = await h.request('POST', '/api/v1/indicators', {
      token: t.upper1,
      body: { ownerUnitId: w.P1.id, code: 'HIEN_MAU', name: 'Hiến máu', unitLabel: 'đơn vị máu', aggregation: 'count' },
    });
    expect(indicator.status).toBe(201);
    const target = (year: number) =>
      h.request('POST', '/api/v1/targets', {
        token: t.upper1,
        body: {
          indicatorId: (indicator.body as { id: string }).id,
          unitId: w.C1.id,
          from: `${year}-01-01`,
          to: `${year}-12-31`,
          value: 40,
          assignedBy: { unitId: w.P1.id },
        },
      });
    expect((await target(2023)).status).toBe(201);
    expect((await target(2024)).status).toBe(201);
    // A target of a year to come does not move the pickers past this year.
    expect((await target(2999)).status).toBe(201);
    expect(await latest(t.standing1, w.C1.id)).toEqual({ status: 200, year: 2024 });
    expect(await latest(t.upper1, w.P1.id)).toEqual({ status: 200, year: 2024 });
    expect((await latest(t.standing1, w.C3.id)).status).toBe(404);
  });
});
