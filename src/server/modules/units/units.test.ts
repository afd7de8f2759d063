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

type UnitDto = {
  id: string;
  level: string;
  kind: string;
  name: string;
  parentId: string | null;
  communeId: string | null;
  settings: Record<string, string>;
};
type OrgDto = { id: string; communeId: string; name: string; shortName: string; active: boolean };
type AuditItems = Items<{
  id: number;
  action: string;
  entity: string;
  entityId: string;
  actorUsername: string;
  before: unknown;
  after: unknown;
}>;

let h: Harness;
let w: World;
let admin: string;
let standing: string;
beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  admin = await h.login('admin', ADMIN_PASSWORD);
  standing = await h.login('standing1');
});
afterAll(async () => h?.close());

async function auditFor(entityId: string) {
  const res = await h.request('GET', `/api/v1/audit?entityId=${entityId}`, { token: admin });
  return (res.body as AuditItems).items;
}

describe('units', () => {
  it('builds province → commune → village, with default kinds, and audits each creation', async () => {
    const p = await h.request('POST', '/api/v1/units', {
      token: admin,
      body: { level: 'province', name: 'Tuyên Quang', parentId: null },
    });
    expect(p.status).toBe(201);
    const province = p.body as UnitDto;
    expect(province).toMatchObject({ level: 'province', kind: 'tỉnh', parentId: null, communeId: null });

    const c = await h.request('POST', '/api/v1/units', {
      token: admin,
      body: { level: 'commune', name: 'Hồng Thái', parentId: province.id, kind: 'xã' },
    });
    const commune = c.body as UnitDto;
    expect(commune).toMatchObject({ level: 'commune', communeId: commune.id, parentId: province.id });

    const v = await h.request('POST', '/api/v1/units', {
      token: admin,
      body: { level: 'village', name: 'Tổ dân phố 3', parentId: commune.id, kind: 'tổ dân phố' },
    });
    expect(v.status).toBe(201);
    expect(v.body).toMatchObject({ kind: 'tổ dân phố', communeId: commune.id });

    const [row] = await auditFor(commune.id);
    expect(row).toMatchObject({
      action: 'unit.create',
      entity: 'unit',
      actorUsername: 'admin',
      before: null,
      after: { name: 'Hồng Thái', level: 'commune' },
    });
  });

  it('a district is allowed for history, with communes under it', async () => {
    const d = await h.request('POST', '/api/v1/units', {
      token: admin,
      body: { level: 'district', name: 'Yên Sơn', parentId: w.P1.id },
    });
    expect(d.status).toBe(201);
    const c = await h.request('POST', '/api/v1/units', {
      token: admin,
      body: { level: 'commune', name: 'Xã cũ', parentId: (d.body as UnitDto).id },
    });
    expect(c.status).toBe(201);
    // The province's upper user reaches communes under the district too.
    const upper = await h.login('upper1');
    expect((await h.request('GET', `/api/v1/units/${(c.body as UnitDto).id}`, { token: upper })).status).toBe(200);
  });

  it('refuses a second village of the same name in a commune (409 naming name)', async () => {
    const res = await h.request('POST', '/api/v1/units', {
      token: standing,
      body: { level: 'village', name: 'thôn một', parentId: w.C1.id },
    });
    expect(res.status).toBe(409);
    expect((res.body as ErrorBody).error.fields).toHaveProperty('name');
  });

  it('lists children by parentId, sorted the Vietnamese way', async () => {
    for (const name of ['Thôn Đông', 'Thôn Ấp', 'Thôn Bắc']) {
      await h.request('POST', '/api/v1/units', {
        token: standing,
        body: { level: 'village', name, parentId: w.C1.id },
      });
    }
    const res = await h.request('GET', `/api/v1/units?parentId=${w.C1.id}`, { token: standing });
    const names = (res.body as Items<UnitDto>).items.map((u) => u.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names.indexOf('Thôn Ấp')).toBeLessThan(names.indexOf('Thôn Bắc'));
    expect(names.indexOf('Thôn Bắc')).toBeLessThan(names.indexOf('Thôn Đông'));
    const roots = await h.request('GET', '/api/v1/units?parentId=', { token: admin });
    expect((roots.body as Items<UnitDto>).items.every((u) => u.level === 'province')).toBe(true);
  });

  it('updates contact settings (merged) and name, auditing before and after', async () => {
    const res = await h.request('PATCH', `/api/v1/units/${w.C1.id}`, {
      token: standing,
      body: { settings: { phone: '0210 123 456', address: 'Thôn Một' } },
    });
    expect(res.status).toBe(200);
    const again = await h.request('PATCH', `/api/v1/units/${w.C1.id}`, {
      token: standing,
      body: { settings: { email: 'mttq@xamot.vn' } },
    });
    expect((again.body as UnitDto).settings).toEqual({
      phone: '0210 123 456',
      address: 'Thôn Một',
      email: 'mttq@xamot.vn',
    });
    const [row] = await auditFor(w.C1.id);
    expect(row).toMatchObject({
      action: 'unit.update',
      actorUsername: 'standing1',
      before: { settings: { phone: '0210 123 456', address: 'Thôn Một' } },
      after: { settings: { email: 'mttq@xamot.vn' } },
    });
  });
});

describe('organisations', () => {
  it('are created and renamed by the standing committee, audited', async () => {
    const res = await h.request('POST', '/api/v1/organizations', {
      token: standing,
      body: { communeId: w.C1.id, name: 'Hội Cựu chiến binh xã Một', shortName: 'Hội CCB' },
    });
    expect(res.status).toBe(201);
    const org = res.body as OrgDto;
    expect(org).toMatchObject({ communeId: w.C1.id, shortName: 'Hội CCB', active: true });
    expect((await auditFor(org.id))[0]).toMatchObject({
      action: 'organization.create',
      after: { shortName: 'Hội CCB' },
    });

    const upd = await h.request('PATCH', `/api/v1/organizations/${org.id}`, {
      token: standing,
      body: { name: 'Hội CCB xã Một', active: false },
    });
    expect(upd.status).toBe(200);
    expect(upd.body).toMatchObject({ name: 'Hội CCB xã Một', active: false });
    expect((await auditFor(org.id))[0]).toMatchObject({
      action: 'organization.update',
      before: { active: true },
      after: { active: false },
    });
  });

  it('are listed per commune', async () => {
    const res = await h.request('GET', `/api/v1/organizations?communeId=${w.C1.id}`, { token: standing });
    const items = (res.body as Items<OrgDto>).items;
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((o) => o.communeId === w.C1.id)).toBe(true);
  });
});

describe('users', () => {
  it('a standing committee creates an organisation head; the audit row records the roles', async () => {
    const res = await h.request('POST', '/api/v1/users', {
      token: standing,
      body: {
        username: 'chutich.pn',
        password: 'Mat-khau-PN-1',
        fullName: 'Lê Thị Hoa',
        roles: [{ role: 'org_lead', organizationId: w.O1.id }],
      },
    });
    expect(res.status).toBe(201);
    const user = res.body as {
      id: string;
      roles: { role: string; organizationId: string; organizationName: string }[];
    };
    expect(user.roles).toEqual([
      expect.objectContaining({ role: 'org_lead', organizationId: w.O1.id, organizationName: 'Hội Phụ nữ xã Một' }),
    ]);
    const rows = await auditFor(user.id);
    expect(rows[0]).toMatchObject({
      action: 'user.create',
      after: { username: 'chutich.pn', roles: [{ role: 'org_lead', organizationId: w.O1.id }] },
    });
    expect(JSON.stringify(rows[0])).not.toContain('Mat-khau-PN-1');
    // The new head logs in and sees their organisation.
    const t = await h.login('chutich.pn', 'Mat-khau-PN-1');
    expect((await h.request('GET', `/api/v1/organizations/${w.O1.id}`, { token: t })).status).toBe(200);
  });

  it('roles are replaced with before/after in the audit, and the user’s sessions end', async () => {
    const victim = await h.login('target_sibling');
    const res = await h.request('PUT', `/api/v1/users/${w.users.target_sibling}/roles`, {
      token: standing,
      body: { roles: [{ role: 'viewer', unitId: w.V2.id }] },
    });
    expect(res.status).toBe(200);
    expect((await h.request('GET', '/api/v1/me', { token: victim })).status).toBe(401);
    expect((await auditFor(w.users.target_sibling))[0]).toMatchObject({
      action: 'user.set_roles',
      before: { roles: [{ role: 'village_lead', unitId: w.V2.id }] },
      after: { roles: [{ role: 'viewer', unitId: w.V2.id }] },
    });
  });

  it('a manager resets a forgotten password: audited, old sessions end', async () => {
    const victim = await h.login('target_own');
    const res = await h.request('POST', `/api/v1/users/${w.users.target_own}/password`, {
      token: standing,
      body: { newPassword: 'Reset-By-BTT-1' },
    });
    expect(res.status).toBe(200);
    expect((await h.request('GET', '/api/v1/me', { token: victim })).status).toBe(401);
    await h.login('target_own', 'Reset-By-BTT-1');
    expect((await auditFor(w.users.target_own))[0]).toMatchObject({
      action: 'user.reset_password',
      actorUsername: 'standing1',
    });
  });

  it('a standing committee cannot grant an upper role, nor edit its own roles', async () => {
    const res = await h.request('POST', '/api/v1/users', {
      token: standing,
      body: {
        username: 'leo.thang',
        password: 'Mat-khau-dai-1',
        fullName: 'Leo Thang',
        roles: [{ role: 'upper', unitId: w.P1.id }],
      },
    });
    expect(res.status).toBe(404); // the province is outside the commune's scope
    const self = await h.request('PUT', `/api/v1/users/${w.users.standing1}/roles`, {
      token: standing,
      body: { roles: [{ role: 'standing', unitId: w.C2.id }] },
    });
    expect(self.status).toBe(403);
  });
});

describe('audit log', () => {
  it('filters by user, entity and date, and is closed to roles without administration', async () => {
    const byUser = await h.request('GET', `/api/v1/audit?actorId=${w.users.standing1}`, { token: admin });
    const items = (byUser.body as AuditItems).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((r) => r.actorUsername === 'standing1')).toBe(true);
    const byEntity = await h.request('GET', '/api/v1/audit?entity=organization', { token: admin });
    expect((byEntity.body as AuditItems).items.every((r) => r.entity === 'organization')).toBe(true);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    const byDate = await h.request('GET', `/api/v1/audit?from=${today}&to=${today}`, { token: admin });
    expect((byDate.body as AuditItems).items.length).toBeGreaterThan(0);
    const past = await h.request('GET', '/api/v1/audit?from=2020-01-01&to=2020-12-31', { token: admin });
    expect((past.body as AuditItems).items).toEqual([]);
    const bad = await h.request('GET', '/api/v1/audit?from=01/02/2026', { token: admin });
    expect(bad.status).toBe(422);
    expect((bad.body as ErrorBody).error.fields).toHaveProperty('from');
    const village = await h.login('village1');
    expect((await h.request('GET', '/api/v1/audit', { token: village })).status).toBe(403);
  });
});

describe('can flags', () => {
  type Can = { id: string; can?: { edit?: boolean; manage?: boolean } };
  it('units and organisations: the committee edits its commune, its villages and organisations', async () => {
    const get = async (path: string) => (await h.request('GET', path, { token: standing })).body as Can;
    expect((await get(`/api/v1/units/${w.C1.id}`)).can).toEqual({ edit: true });
    expect((await get(`/api/v1/units/${w.V1.id}`)).can).toEqual({ edit: true });
    expect((await get(`/api/v1/organizations/${w.O1.id}`)).can).toEqual({ edit: true });
    const units = (await h.request('GET', `/api/v1/units?parentId=${w.P1.id}`, { token: admin })).body as Items<Can>;
    for (const u of units.items) expect(u.can).toEqual({ edit: true });
  });

  it('users: a manager may manage the users they administer, never their own account', async () => {
    const users = (await h.request('GET', '/api/v1/users', { token: standing })).body as Items<
      Can & { username: string }
    >;
    expect(users.items.find((u) => u.username === 'standing1')?.can).toEqual({ manage: false });
    expect(users.items.find((u) => u.username === 'village1')?.can).toEqual({ manage: true });
  });
});
