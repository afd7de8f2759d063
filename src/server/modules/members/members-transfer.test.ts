import { sql } from 'drizzle-orm';
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

/** Issue 14.4: chuyển sinh hoạt — a member moves branch or commune only when the receiving side accepts. */
let h: Harness;
let w: World;
const t = { admin: '', standing1: '', standing2: '' };
const ids = { b1: '', b2: '', c2branch: '', c1other: '' };
const TABLES = ['people', 'memberships', 'membership_transfers'];

type Id = { id: string };
type Membership = Id & { branchId: string | null; leftOn: string | null; fullName: string; joinedOn: string };
const post = async <T = Id>(token: string, path: string, body: unknown) =>
  (await h.request('POST', path, { token, body })) as { status: number; body: T & ErrorBody };
const created = async (token: string, path: string, body: unknown) => {
  const res = await post(token, path, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
};
const fields = (body: unknown) => Object.keys((body as ErrorBody).error.fields ?? {});
const refused = (status: number, send: () => Promise<{ status: number; body: unknown }>) =>
  h.expectRefused(status, TABLES, send);
const member = async (fullName: string, branchId: string) => {
  const personId = await created(t.standing1, '/api/v1/people', { fullName, villageId: w.V1.id, birthYear: 1990 });
  return created(t.standing1, '/api/v1/memberships', {
    personId,
    organizationId: w.O1.id,
    joinedOn: '2020-01-01',
    branchId,
    cardNo: 'PN-0042',
  });
};
const membershipsOf = async (token: string, query: string) =>
  (await h.request('GET', `/api/v1/memberships?${query}&status=all`, { token })).body as Items<Membership>;

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  t.standing1 = await h.login('standing1');
  await created(t.admin, '/api/v1/users', {
    username: 'btt_xa_hai',
    password: 'Thuong-Truc-Xa-Hai-1',
    fullName: 'Thường trực xã Hai',
    roles: [{ role: 'standing', unitId: w.C2.id }],
  });
  t.standing2 = await h.login('btt_xa_hai', 'Thuong-Truc-Xa-Hai-1');
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
  ids.c1other = await created(t.standing1, '/api/v1/branches', { organizationId: w.O2.id, name: 'Chi hội Nông dân' });
  // Xã Hai carries an official code, as a commune created from the official list does.
  await h.db.execute(sql`update units set code = '00002' where id = ${w.C2.id}`);
  ids.c2branch = await created(t.standing2, '/api/v1/branches', {
    organizationId: w.O4.id,
    villageId: w.V3.id,
    name: 'Chi hội Ba',
  });
});
afterAll(async () => h?.close());

describe('a move between branches of the commune', () => {
  it('waits for the receiving branch, then changes the branch; one request at a time; decided once', async () => {
    const m = await member('Nguyễn Thị Chuyển', ids.b1);
    const req = await post<{ id: string; status: string }>(t.standing1, `/api/v1/memberships/${m}/transfers`, {
      on: '2025-09-01',
      toBranchId: ids.b2,
    });
    expect(req.status, JSON.stringify(req.body)).toBe(201);
    expect(req.body.status).toBe('pending');
    expect((await membershipsOf(t.standing1, `q=Chuyển`)).items[0]?.branchId).toBe(ids.b1);
    await refused(409, () =>
      post(t.standing1, `/api/v1/memberships/${m}/transfers`, { on: '2025-09-02', toBranchId: ids.b2 }),
    );
    const ok = await post(t.standing1, `/api/v1/membership-transfers/${req.body.id}/accept`, {});
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await membershipsOf(t.standing1, `q=Chuyển`)).items[0]?.branchId).toBe(ids.b2);
    await refused(409, () => post(t.standing1, `/api/v1/membership-transfers/${req.body.id}/accept`, {}));
  });

  it('refuses a branch of another commune or organisation named directly, naming toBranchId, writing nothing', async () => {
    const m = await member('Trần Văn Sai', ids.b1);
    const other = await refused(422, () =>
      post(t.standing1, `/api/v1/memberships/${m}/transfers`, { on: '2025-09-01', toBranchId: ids.c2branch }),
    );
    expect((other as ErrorBody).error.fields?.toBranchId).toMatch(/xã khác/);
    expect(
      fields(
        await refused(422, () =>
          post(t.standing1, `/api/v1/memberships/${m}/transfers`, { on: '2025-09-01', toBranchId: ids.c1other }),
        ),
      ),
    ).toEqual(['toBranchId']);
    expect(
      fields(
        await refused(422, () =>
          post(t.standing1, `/api/v1/memberships/${m}/transfers`, { on: '2019-01-01', toBranchId: ids.b2 }),
        ),
      ),
    ).toEqual(['on']);
    expect(
      fields(await refused(422, () => post(t.standing1, `/api/v1/memberships/${m}/transfers`, { on: '2025-09-01' }))),
    ).toEqual(['toBranchId']);
  });
});

describe('a move to another commune', () => {
  it('is accepted by the receiving commune only; the member is counted there from the day, not as a new admission', async () => {
    const m = await member('Lê Thị Đi Xa', ids.b1);
    const req = await post(t.standing1, `/api/v1/memberships/${m}/transfers`, {
      on: '2025-10-01',
      toCommuneId: w.C2.id,
      note: 'Theo chồng về xã Hai',
    });
    expect(req.status).toBe(201);
    // The sender cannot accept for the receiver; the receiver sees who is coming.
    await refused(404, () =>
      post(t.standing1, `/api/v1/membership-transfers/${req.body.id}/accept`, { branchId: ids.b2 }),
    );
    const incoming = (
      await h.request('GET', `/api/v1/membership-transfers?communeId=${w.C2.id}&status=pending`, { token: t.standing2 })
    ).body as Items<{ fullName: string; direction: string; note: string }>;
    expect(incoming.items.map((x) => `${x.direction} ${x.fullName} ${x.note}`)).toEqual([
      'incoming Lê Thị Đi Xa Theo chồng về xã Hai',
    ]);
    expect(
      fields(await refused(422, () => post(t.standing2, `/api/v1/membership-transfers/${req.body.id}/accept`, {}))),
    ).toEqual(['branchId']);
    expect(
      fields(
        await refused(422, () =>
          post(t.standing2, `/api/v1/membership-transfers/${req.body.id}/accept`, { branchId: ids.b2 }),
        ),
      ),
    ).toEqual(['branchId']);
    const count = async (unitId: string, asOf: string) =>
      (
        (await h.request('GET', `/api/v1/members/counts?unitId=${unitId}&asOf=${asOf}`, { token: t.admin })).body as {
          memberships: number;
        }
      ).memberships;
    const [c1Before, c2Before] = [await count(w.C1.id, '2025-10-01'), await count(w.C2.id, '2025-10-01')];
    const ok = await post(t.standing2, `/api/v1/membership-transfers/${req.body.id}/accept`, {
      branchId: ids.c2branch,
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(await count(w.C1.id, '2025-09-30')).toBe(c1Before);
    expect(await count(w.C1.id, '2025-10-01')).toBe(c1Before - 1);
    expect(await count(w.C2.id, '2025-10-01')).toBe(c2Before + 1);
    const there = (await membershipsOf(t.standing2, `communeId=${w.C2.id}&q=Đi Xa`)).items;
    expect(there.map((x) => `${x.fullName} ${x.joinedOn} ${x.branchId === ids.c2branch}`)).toEqual([
      'Lê Thị Đi Xa 2025-10-01 true',
    ]);
    const here = (await membershipsOf(t.standing1, `communeId=${w.C1.id}&q=Đi Xa`)).items;
    expect(here.map((x) => x.leftOn)).toEqual(['2025-10-01']);
  });

  it('a refusal leaves the member where they were', async () => {
    const m = await member('Phạm Văn Ở Lại', ids.b1);
    const req = await post(t.standing1, `/api/v1/memberships/${m}/transfers`, {
      on: '2025-11-01',
      toCommuneId: w.C2.id,
    });
    const no = await post<{ status: string }>(t.standing2, `/api/v1/membership-transfers/${req.body.id}/refuse`, {
      reason: 'Không có ở địa bàn',
    });
    expect(no.body.status).toBe('refused');
    expect((await membershipsOf(t.standing1, `q=Ở Lại`)).items.map((x) => x.leftOn)).toEqual([null]);
    const sent = (
      await h.request('GET', `/api/v1/membership-transfers?communeId=${w.C1.id}&status=refused`, { token: t.standing1 })
    ).body as Items<{ decisionNote: string }>;
    expect(sent.items.map((x) => x.decisionNote)).toEqual(['Không có ở địa bàn']);
  });
});

describe('what the commune holds about a person', () => {
  it('is handed over on request to those who keep the record, and the read is logged', async () => {
    const [m] = (await membershipsOf(t.standing1, 'q=Ở Lại')).items as (Membership & { personId: string })[];
    const path = `/api/v1/people/${m?.personId}/personal-data`;
    const before = await h.counts(['audit_log']);
    const res = await h.request('GET', path, { token: t.standing1 });
    expect(res.status).toBe(200);
    const data = res.body as {
      person: { fullName: string };
      memberships: { cardNo: string }[];
      transfers: { status: string }[];
    };
    expect(data.person.fullName).toBe('Phạm Văn Ở Lại');
    expect(data.memberships.map((x) => x.cardNo)).toEqual(['PN-0042']);
    expect(data.transfers.map((x) => x.status)).toEqual(['refused']);
    expect((await h.counts(['audit_log'])).audit_log).toBe((before.audit_log ?? 0) + 1);
    const viewer = await h.login('viewer1');
    expect((await h.request('GET', path, { token: viewer })).status).toBe(403);
    expect((await h.request('GET', path, { token: t.standing2 })).status).toBe(404);
  });
});
