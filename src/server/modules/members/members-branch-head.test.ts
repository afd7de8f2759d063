import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type Items,
  type World,
} from '../../testing/harness';

/** Issue 14 scope: a branch head (chi hội trưởng) sees and keeps their branch's members, not the organisation's. */
let h: Harness;
let w: World;
const t = { admin: '', standing1: '', branch: '' };
const ids = { b1: '', b2: '', m1: '', m2: '', p3: '' };

type Id = { id: string };
const post = async <T = Id>(token: string, path: string, body: unknown) =>
  (await h.request('POST', path, { token, body })) as { status: number; body: T & ErrorBody };
const created = async (token: string, path: string, body: unknown) => {
  const res = await post(token, path, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  t.standing1 = await h.login('standing1');
  ids.b1 = await created(t.standing1, '/api/v1/branches', {
    organizationId: w.O1.id,
    villageId: w.V1.id,
    name: 'Chi hội Một',
  });
  ids.b2 = await created(t.standing1, '/api/v1/branches', {
    organizationId: w.O1.id,
    villageId: w.V2.id,
    name: 'Chi hội Hai',
  });
  const p1 = await created(t.standing1, '/api/v1/people', { fullName: 'Hội Viên Một', villageId: w.V1.id });
  const p2 = await created(t.standing1, '/api/v1/people', { fullName: 'Hội Viên Hai', villageId: w.V2.id });
  ids.p3 = await created(t.standing1, '/api/v1/people', { fullName: 'Người Mới', villageId: w.V2.id });
  const admit = (personId: string, branchId: string) =>
    created(t.standing1, '/api/v1/memberships', {
      personId,
      organizationId: w.O1.id,
      joinedOn: '2024-01-01',
      branchId,
    });
  ids.m1 = await admit(p1, ids.b1);
  ids.m2 = await admit(p2, ids.b2);
});
afterAll(async () => h?.close());

describe('a branch head', () => {
  it('is granted for a branch of the organisation only (422 naming roles.0.branchId otherwise)', async () => {
    const other = await created(t.standing1, '/api/v1/branches', { organizationId: w.O2.id, name: 'Chi hội ND' });
    const user = (branchId: string) => ({
      username: `chihoi${branchId.slice(0, 4)}`,
      password: 'Chi-Hoi-Truong-2026',
      fullName: 'Chi hội trưởng',
      roles: [{ role: 'org_lead', organizationId: w.O1.id, branchId }],
    });
    const wrong = await post(t.standing1, '/api/v1/users', user(other));
    expect(wrong.status).toBe(422);
    expect(Object.keys(wrong.body.error.fields ?? {})).toEqual(['roles.0.branchId']);
    const ok = await post<{ username: string; roles: { branchId: string | null }[] }>(t.standing1, '/api/v1/users', {
      ...user(ids.b1),
      username: 'chihoimot',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.roles[0]?.branchId).toBe(ids.b1);
    t.branch = await h.login('chihoimot', 'Chi-Hoi-Truong-2026');
  });

  it('lists their branch’s members only, and cannot record for another branch', async () => {
    const list = await h.request('GET', `/api/v1/memberships?organizationId=${w.O1.id}`, { token: t.branch });
    expect(list.status).toBe(200);
    expect((list.body as Items<{ id: string }>).items.map((m) => m.id)).toEqual([ids.m1]);
    const leave = await post(t.branch, `/api/v1/memberships/${ids.m2}/leave`, { leftOn: '2025-01-01', reason: 'Thử' });
    expect(leave.status).toBe(404);
    const into = (branchId: string) =>
      post(t.branch, '/api/v1/memberships', {
        personId: ids.p3,
        organizationId: w.O1.id,
        joinedOn: '2025-05-01',
        branchId,
      });
    expect((await into(ids.b2)).status).toBe(403);
    expect((await into(ids.b1)).status).toBe(201);
    // The organisation's branches and dues rules stay with the organisation head and the standing committee.
    expect((await post(t.branch, '/api/v1/branches', { organizationId: w.O1.id, name: 'Chi hội Ba' })).status).toBe(
      403,
    );
  });
});
