import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemMeta } from '../../core/actor';
import { createUser } from '../users/commands/create-user';
import { createHarness, PASSWORD, seedWorld, type Harness, type World } from '../../testing/harness';

/** Issue 13.1: the outgoing-document register opens on the latest year with entries, not an empty current year. */
let h: Harness;
let w: World;
const t = { standing1: '', upper1: '', standing3: '', village1: '' };

const record = async (token: string, issuerId: string, date: string) => {
  const res = await h.request('POST', '/api/v1/outgoing-documents', {
    token,
    body: { issuerId, typeCode: 'BC', date, summary: `Báo cáo ngày ${date}` },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
};
const latest = async (token: string, issuerId?: string) => {
  const res = await h.request(
    'GET',
    `/api/v1/outgoing-documents/latest-year${issuerId ? `?issuerId=${issuerId}` : ''}`,
    {
      token,
    },
  );
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
  for (const u of ['standing1', 'upper1', 'standing3', 'village1'] as const) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('the latest year of the outgoing-document register', () => {
  it('is none for an empty book, then the year of the issuer’s latest entry', async () => {
    expect(await latest(t.standing1, w.C1.id)).toEqual({ status: 200, body: { year: null } });
    await record(t.standing1, w.C1.id, '2022-12-30');
    await record(t.standing1, w.C1.id, '2023-07-06');
    await record(t.upper1, w.P1.id, '2024-01-15');
    expect(await latest(t.standing1, w.C1.id)).toEqual({ status: 200, body: { year: 2023 } });
    // Without an issuer: every register the reader reads (the province's own and its communes').
    expect(await latest(t.upper1)).toEqual({ status: 200, body: { year: 2024 } });
    expect(await latest(t.upper1, w.C1.id)).toEqual({ status: 200, body: { year: 2023 } });
  });

  it('tells another commune’s user nothing: 404 naming the issuer, and none of its years', async () => {
    const res = await latest(t.standing3, w.C1.id);
    expect(res.status).toBe(404);
    expect(Object.keys((res.body as { error: { fields?: object } }).error.fields ?? {})).toEqual(['issuerId']);
    expect(await latest(t.standing3)).toEqual({ status: 200, body: { year: null } });
    // A village head does not read the commune's register, as for the list.
    expect((await latest(t.village1, w.C1.id)).status).toBe(404);
  });

  it('names the field of a bad issuer id', async () => {
    const res = await latest(t.standing1, 'nope');
    expect(res.status).toBe(422);
    expect(Object.keys((res.body as { error: { fields?: object } }).error.fields ?? {})).toEqual(['issuerId']);
  });
});
