import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../../lib/dates';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type Items,
  type World,
} from '../../testing/harness';
import { systemContext } from '../../core/command';
import { defineIndicator } from '../targets/commands/save-indicator';
import type { Indicator } from '../targets/schema';
import type { Unit } from '../units/schema';
import { addDays } from '../../../lib/dates';

type CampaignDto = {
  id: string;
  communeId: string;
  name: string;
  description: string;
  from: string;
  to: string;
  createdAt: string;
};
type TaskDto = {
  id: string;
  campaignId: string;
  communeId: string;
  title: string;
  ownerOrganizationId: string | null;
  ownerOrganizationName: string | null;
  deadline: string | null;
  status: string;
  selfAssigned: boolean;
  evidence: string;
  createdAt: string;
  updatedAt: string;
};
type DetailDto = CampaignDto & {
  indicators: { id: string; code: string; name: string; unitLabel: string }[];
  tasks: TaskDto[];
};
type TaskListDto = TaskDto & { campaignName: string };
type AuditItems = Items<{
  action: string;
  entity: string;
  entityId: string;
  actorUsername: string;
  before: unknown;
  after: unknown;
}>;

const ROLES = ['admin', 'upper1', 'standing1', 'orglead1', 'village1', 'viewer1'] as const;
type Role = (typeof ROLES)[number];

let h: Harness;
let w: World;
const tok = {} as Record<Role, string>;
const ind = {} as Record<'P1' | 'C1' | 'C2' | 'P2', Indicator>;

/** An indicator owned by the unit, defined through the targets module's command (as the system). */
async function addIndicator(owner: Unit, code: string): Promise<Indicator> {
  return defineIndicator(systemContext(h.db), {
    ownerUnitId: owner.id,
    code,
    name: `Chỉ tiêu ${code}`,
    unitLabel: 'người',
    aggregation: 'count',
  });
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  for (const r of ROLES) tok[r] = r === 'admin' ? await h.login('admin', ADMIN_PASSWORD) : await h.login(r);
  ind.P1 = await addIndicator(w.P1, 'HM');
  ind.C1 = await addIndicator(w.C1, 'DD');
  ind.C2 = await addIndicator(w.C2, 'DD');
  ind.P2 = await addIndicator(w.P2, 'HM');
});
afterAll(async () => h?.close());

async function auditFor(entityId: string) {
  const res = await h.request('GET', `/api/v1/audit?entityId=${entityId}`, { token: tok.admin });
  return (res.body as AuditItems).items;
}

/** The foundation's counts plus this module's tables: a rejected request must change none. */
async function allCounts() {
  const out = await h.counts();
  for (const t of ['campaigns', 'campaign_indicators', 'campaign_tasks']) {
    const r = await h.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${t}`));
    out[t] = Number((r as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
  }
  return out;
}

let seq = 0;
async function newCampaign(communeId: string, extra: Record<string, unknown> = {}): Promise<DetailDto> {
  const res = await h.request('POST', '/api/v1/campaigns', {
    token: tok.admin,
    body: { communeId, name: `Cuộc vận động ${++seq}`, from: '2026-01-01', to: '2026-12-31', ...extra },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as DetailDto;
}

async function newTask(campaignId: string, body: Record<string, unknown>, token = tok.admin): Promise<TaskDto> {
  const res = await h.request('POST', `/api/v1/campaigns/${campaignId}/tasks`, { token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as TaskDto;
}

const fieldsOf = (body: unknown) => (body as ErrorBody).error.fields ?? {};

describe('campaigns', () => {
  it('are created by the standing committee with linked indicators, audited', async () => {
    const res = await h.request('POST', '/api/v1/campaigns', {
      token: tok.standing1,
      body: {
        communeId: w.C1.id,
        name: '  Ngày vì người nghèo  ',
        description: 'Vận động ủng hộ Quỹ Vì người nghèo',
        from: '2026-10-01',
        to: '2026-11-18',
        indicatorIds: [ind.P1.id, ind.C1.id, ind.C1.id],
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const c = res.body as DetailDto;
    expect(c).toMatchObject({
      communeId: w.C1.id,
      name: 'Ngày vì người nghèo',
      from: '2026-10-01',
      to: '2026-11-18',
      tasks: [],
    });
    expect(c.indicators.map((i) => i.id).sort()).toEqual([ind.P1.id, ind.C1.id].sort());
    expect(c.indicators[0]).toEqual({
      id: expect.any(String),
      code: expect.any(String),
      name: expect.any(String),
      unitLabel: 'người',
    });

    const [row] = await auditFor(c.id);
    expect(row).toMatchObject({
      action: 'campaign.create',
      entity: 'campaign',
      actorUsername: 'standing1',
      before: null,
      after: { name: 'Ngày vì người nghèo', from: '2026-10-01' },
    });
    expect(((row?.after ?? {}) as { indicatorIds?: string[] }).indicatorIds?.sort()).toEqual(
      [ind.P1.id, ind.C1.id].sort(),
    );

    const list = await h.request('GET', `/api/v1/campaigns?communeId=${w.C1.id}`, { token: tok.standing1 });
    expect(list.status).toBe(200);
    expect((list.body as Items<CampaignDto>).items.map((x) => x.id)).toContain(c.id);
    expect(Object.keys((list.body as Items<CampaignDto>).items[0] ?? {}).sort()).toEqual([
      'communeId',
      'createdAt',
      'description',
      'from',
      'id',
      'name',
      'to',
    ]);

    const got = await h.request('GET', `/api/v1/campaigns/${c.id}`, { token: tok.viewer1 });
    expect(got.status).toBe(200);
    expect((got.body as DetailDto).indicators).toHaveLength(2);
  });

  it('are edited (fields and indicator links) with before and after in the audit', async () => {
    const c = await newCampaign(w.C1.id, { indicatorIds: [ind.P1.id] });
    const res = await h.request('PATCH', `/api/v1/campaigns/${c.id}`, {
      token: tok.standing1,
      body: { name: 'Toàn dân đoàn kết xây dựng nông thôn mới', to: '2027-06-30', indicatorIds: [ind.C1.id] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const d = res.body as DetailDto;
    expect(d).toMatchObject({ name: 'Toàn dân đoàn kết xây dựng nông thôn mới', from: '2026-01-01', to: '2027-06-30' });
    expect(d.indicators.map((i) => i.id)).toEqual([ind.C1.id]);
    const [row] = await auditFor(c.id);
    expect(row).toMatchObject({
      action: 'campaign.update',
      actorUsername: 'standing1',
      before: { name: c.name, to: '2026-12-31', indicatorIds: [ind.P1.id] },
      after: { name: 'Toàn dân đoàn kết xây dựng nông thôn mới', to: '2027-06-30', indicatorIds: [ind.C1.id] },
    });

    // Moving the start past the stored end names `from`; an empty list unlinks every indicator.
    const bad = await h.request('PATCH', `/api/v1/campaigns/${c.id}`, {
      token: tok.standing1,
      body: { from: '2028-01-01' },
    });
    expect(bad.status).toBe(422);
    expect(fieldsOf(bad.body)).toHaveProperty('from');
    const cleared = await h.request('PATCH', `/api/v1/campaigns/${c.id}`, {
      token: tok.standing1,
      body: { indicatorIds: [] },
    });
    expect((cleared.body as DetailDto).indicators).toEqual([]);
  });
});

describe('tasks', () => {
  it('an organisation head takes a task on for their organisation, and only theirs', async () => {
    const c = await newCampaign(w.C1.id);
    const self = await h.request('POST', `/api/v1/campaigns/${c.id}/tasks`, {
      token: tok.orglead1,
      body: { title: 'Vận động hội viên đóng góp ngày công', deadline: '2026-05-01' },
    });
    expect(self.status, JSON.stringify(self.body)).toBe(201);
    expect(self.body).toMatchObject({
      campaignId: c.id,
      communeId: w.C1.id,
      ownerOrganizationId: w.O1.id,
      ownerOrganizationName: 'Hội Phụ nữ xã Một',
      selfAssigned: true,
      status: 'todo',
      evidence: '',
    });
    expect((await auditFor((self.body as TaskDto).id))[0]).toMatchObject({
      action: 'campaign_task.create',
      entity: 'campaign_task',
      actorUsername: 'orglead1',
      after: { selfAssigned: true },
    });

    const explicit = await newTask(c.id, { title: 'Nhận thêm', ownerOrganizationId: w.O1.id }, tok.orglead1);
    expect(explicit.selfAssigned).toBe(true);

    const before = await allCounts();
    const other = await h.request('POST', `/api/v1/campaigns/${c.id}/tasks`, {
      token: tok.orglead1,
      body: { title: 'Việc của hội khác', ownerOrganizationId: w.O2.id },
    });
    expect(other.status).toBe(403);
    expect(fieldsOf(other.body)).toHaveProperty('ownerOrganizationId');
    expect(await allCounts()).toEqual(before);

    // The standing committee assigns; that is not self-assigned.
    const assigned = await newTask(c.id, { title: 'Ra quân làm đường', ownerOrganizationId: w.O2.id }, tok.standing1);
    expect(assigned).toMatchObject({
      ownerOrganizationId: w.O2.id,
      ownerOrganizationName: 'Hội Nông dân xã Một',
      selfAssigned: false,
    });

    for (const who of ['village1', 'viewer1'] as const) {
      const res = await h.request('POST', `/api/v1/campaigns/${c.id}/tasks`, {
        token: tok[who],
        body: { title: 'Không được' },
      });
      expect(res.status, who).toBe(403);
    }
  });

  it('an organisation head updates progress of its own tasks only; managers edit everything', async () => {
    const c = await newCampaign(w.C1.id);
    const own = await newTask(
      c.id,
      { title: 'Vệ sinh môi trường', ownerOrganizationId: w.O1.id, deadline: '2026-06-01' },
      tok.standing1,
    );
    const others = await newTask(c.id, { title: 'Việc hội nông dân', ownerOrganizationId: w.O2.id }, tok.standing1);

    const upd = await h.request('PATCH', `/api/v1/tasks/${own.id}`, {
      token: tok.orglead1,
      body: { status: 'in_progress', evidence: 'Đã ra quân 2 đợt, 120 lượt hội viên' },
    });
    expect(upd.status, JSON.stringify(upd.body)).toBe(200);
    const t = upd.body as TaskDto;
    expect(t).toMatchObject({
      status: 'in_progress',
      evidence: 'Đã ra quân 2 đợt, 120 lượt hội viên',
      title: 'Vệ sinh môi trường',
    });
    expect(Date.parse(t.updatedAt)).toBeGreaterThanOrEqual(Date.parse(own.updatedAt));
    expect((await auditFor(own.id))[0]).toMatchObject({
      action: 'campaign_task.update',
      actorUsername: 'orglead1',
      before: { status: 'todo', evidence: '' },
      after: { status: 'in_progress', evidence: 'Đã ra quân 2 đợt, 120 lượt hội viên' },
    });

    const before = await allCounts();
    const title = await h.request('PATCH', `/api/v1/tasks/${own.id}`, {
      token: tok.orglead1,
      body: { status: 'done', title: 'Đổi tên' },
    });
    expect(title.status).toBe(403);
    expect(fieldsOf(title.body)).toHaveProperty('title');
    const dl = await h.request('PATCH', `/api/v1/tasks/${own.id}`, { token: tok.orglead1, body: { deadline: null } });
    expect(dl.status).toBe(403);
    expect(fieldsOf(dl.body)).toHaveProperty('deadline');
    expect(
      (await h.request('PATCH', `/api/v1/tasks/${others.id}`, { token: tok.orglead1, body: { status: 'done' } }))
        .status,
    ).toBe(403);
    expect(
      (await h.request('PATCH', `/api/v1/tasks/${own.id}`, { token: tok.village1, body: { status: 'done' } })).status,
    ).toBe(403);
    expect(
      (await h.request('PATCH', `/api/v1/tasks/${own.id}`, { token: tok.viewer1, body: { status: 'done' } })).status,
    ).toBe(403);
    expect(await allCounts()).toEqual(before);

    const mgr = await h.request('PATCH', `/api/v1/tasks/${others.id}`, {
      token: tok.standing1,
      body: { title: 'Làm đường giao thông nông thôn', deadline: '2026-09-02', status: 'done' },
    });
    expect(mgr.status).toBe(200);
    expect(mgr.body).toMatchObject({ title: 'Làm đường giao thông nông thôn', deadline: '2026-09-02', status: 'done' });

    const detail = (await h.request('GET', `/api/v1/campaigns/${c.id}`, { token: tok.orglead1 })).body as DetailDto;
    expect(detail.tasks.map((x) => x.id)).toEqual([own.id, others.id]); // deadline order
  });

  it('lists overdue and due-soon tasks, relative to today in Vietnam', async () => {
    const today = todayVn();
    const c = await newCampaign(w.C1.id, { name: 'Chiến dịch hạn chót' });
    const mk = async (
      title: string,
      deadline: string | null,
      status?: string,
      ownerOrganizationId: string = w.O1.id,
    ) => {
      const t = await newTask(c.id, { title, deadline, ownerOrganizationId }, tok.standing1);
      if (status)
        expect(
          (await h.request('PATCH', `/api/v1/tasks/${t.id}`, { token: tok.standing1, body: { status } })).status,
        ).toBe(200);
    };
    await mk('quá hạn 1 ngày', addDays(today, -1));
    await mk('quá hạn 30 ngày, đang làm', addDays(today, -30), 'in_progress', w.O2.id);
    await mk('quá hạn nhưng xong', addDays(today, -2), 'done');
    await mk('quá hạn nhưng hủy', addDays(today, -2), 'cancelled');
    await mk('hôm nay', today);
    await mk('3 ngày nữa', addDays(today, 3), undefined, w.O2.id);
    await mk('4 ngày nữa', addDays(today, 4));
    await mk('sắp hạn nhưng xong', addDays(today, 1), 'done');
    await mk('không hạn', null);

    const titles = async (query: string, token = tok.standing1) => {
      const res = await h.request('GET', `/api/v1/tasks?${query}`, { token });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const items = (res.body as Items<TaskListDto>).items.filter((t) => t.campaignName === 'Chiến dịch hạn chót');
      return items.map((t) => t.title).sort();
    };
    expect(await titles(`communeId=${w.C1.id}&due=overdue`)).toEqual(
      ['quá hạn 1 ngày', 'quá hạn 30 ngày, đang làm'].sort(),
    );
    expect(await titles(`communeId=${w.C1.id}&due=soon`)).toEqual(['3 ngày nữa', 'hôm nay'].sort());
    expect(await titles(`communeId=${w.C1.id}&due=soon&organizationId=${w.O2.id}`)).toEqual(['3 ngày nữa']);
    expect(await titles('due=overdue', tok.orglead1)).toEqual(['quá hạn 1 ngày', 'quá hạn 30 ngày, đang làm'].sort());
    expect(await titles(`communeId=${w.C1.id}`)).toHaveLength(9);

    const res = await h.request('GET', `/api/v1/tasks?communeId=${w.C1.id}&due=overdue`, { token: tok.viewer1 });
    const item = (res.body as Items<TaskListDto>).items.find((t) => t.title === 'quá hạn 1 ngày');
    expect(item).toMatchObject({
      campaignName: 'Chiến dịch hạn chót',
      ownerOrganizationName: 'Hội Phụ nữ xã Một',
      deadline: addDays(today, -1),
      status: 'todo',
    });
    expect((await h.request('GET', '/api/v1/tasks?due=later', { token: tok.standing1 })).status).toBe(422);
  });
});

describe('scope matrix', () => {
  const COMMUNES = ['C1', 'C2', 'C3'] as const;
  type C = (typeof COMMUNES)[number];
  const campaignAt = {} as Record<C, DetailDto>;
  const taskAt = {} as Record<C, TaskDto>;
  const orgOf = (w: World, c: C) => ({ C1: w.O1, C2: w.O4, C3: w.O3 })[c].id;

  beforeAll(async () => {
    for (const c of COMMUNES) {
      campaignAt[c] = await newCampaign(w[c].id, { name: `Ma trận ${c}` });
      taskAt[c] = await newTask(campaignAt[c].id, { title: `Nhiệm vụ ${c}`, ownerOrganizationId: orgOf(w, c) });
    }
  });

  /** Expected status per role for C1, C2, C3 (actors live in C1; C2 shares the province P1). */
  const cases: {
    name: string;
    expect: Record<Role, [number, number, number]>;
    call: (c: C) => { method: string; path: string; body?: unknown };
  }[] = [
    {
      name: 'GET /campaigns/{id}',
      call: (c) => ({ method: 'GET', path: `/api/v1/campaigns/${campaignAt[c].id}` }),
      expect: {
        admin: [200, 200, 200],
        upper1: [200, 200, 404],
        standing1: [200, 404, 404],
        orglead1: [200, 404, 404],
        village1: [200, 404, 404],
        viewer1: [200, 404, 404],
      },
    },
    {
      name: 'POST /campaigns',
      call: (c) => ({
        method: 'POST',
        path: '/api/v1/campaigns',
        body: { communeId: w[c].id, name: 'Phong trào mới', from: '2026-01-01', to: '2026-06-30' },
      }),
      expect: {
        admin: [201, 201, 201],
        upper1: [201, 201, 404],
        standing1: [201, 404, 404],
        orglead1: [403, 404, 404],
        village1: [403, 404, 404],
        viewer1: [403, 404, 404],
      },
    },
    {
      name: 'PATCH /campaigns/{id}',
      call: (c) => ({
        method: 'PATCH',
        path: `/api/v1/campaigns/${campaignAt[c].id}`,
        body: { description: 'Cập nhật' },
      }),
      expect: {
        admin: [200, 200, 200],
        upper1: [200, 200, 404],
        standing1: [200, 404, 404],
        orglead1: [403, 404, 404],
        village1: [403, 404, 404],
        viewer1: [403, 404, 404],
      },
    },
    {
      name: 'POST /campaigns/{id}/tasks',
      call: (c) => ({
        method: 'POST',
        path: `/api/v1/campaigns/${campaignAt[c].id}/tasks`,
        body: { title: 'Nhiệm vụ thêm' },
      }),
      expect: {
        admin: [201, 201, 201],
        upper1: [201, 201, 404],
        standing1: [201, 404, 404],
        orglead1: [201, 404, 404],
        village1: [403, 404, 404],
        viewer1: [403, 404, 404],
      },
    },
    {
      name: 'PATCH /tasks/{id} (the task of the commune’s organisation)',
      call: (c) => ({ method: 'PATCH', path: `/api/v1/tasks/${taskAt[c].id}`, body: { status: 'in_progress' } }),
      expect: {
        admin: [200, 200, 200],
        upper1: [200, 200, 404],
        standing1: [200, 404, 404],
        orglead1: [200, 404, 404],
        village1: [403, 404, 404],
        viewer1: [403, 404, 404],
      },
    },
  ];

  for (const cs of cases) {
    for (const role of ROLES) {
      it(`${cs.name} as ${role}: ${cs.expect[role].join('/')}`, async () => {
        const got = [];
        for (const c of COMMUNES) {
          const { method, path, body } = cs.call(c);
          got.push((await h.request(method, path, { token: tok[role], body })).status);
        }
        expect(got).toEqual(cs.expect[role]);
      });
    }
  }

  const readable: Record<Role, C[]> = {
    admin: ['C1', 'C2', 'C3'],
    upper1: ['C1', 'C2'],
    standing1: ['C1'],
    orglead1: ['C1'],
    village1: ['C1'],
    viewer1: ['C1'],
  };

  for (const role of ROLES) {
    it(`lists only what ${role} may read (${readable[role].join(', ')})`, async () => {
      const allowed = new Set(readable[role].map((c) => w[c].id));
      const campaignsRes = await h.request('GET', '/api/v1/campaigns', { token: tok[role] });
      const tasksRes = await h.request('GET', '/api/v1/tasks', { token: tok[role] });
      const cs = (campaignsRes.body as Items<CampaignDto>).items;
      const ts = (tasksRes.body as Items<TaskDto>).items;
      expect(cs.every((x) => allowed.has(x.communeId))).toBe(true);
      expect(ts.every((x) => allowed.has(x.communeId))).toBe(true);
      for (const c of readable[role]) {
        expect(cs.map((x) => x.id)).toContain(campaignAt[c].id);
        expect(ts.map((x) => x.id)).toContain(taskAt[c].id);
      }
      // Asking for a commune out of scope gives an empty list, not its records.
      for (const c of COMMUNES.filter((x) => !readable[role].includes(x))) {
        expect((await h.request('GET', `/api/v1/campaigns?communeId=${w[c].id}`, { token: tok[role] })).body).toEqual({
          items: [],
        });
        expect((await h.request('GET', `/api/v1/tasks?communeId=${w[c].id}`, { token: tok[role] })).body).toEqual({
          items: [],
        });
      }
    });
  }

  it('requires a session', async () => {
    expect((await h.request('GET', '/api/v1/campaigns')).status).toBe(401);
    expect((await h.request('GET', '/api/v1/tasks')).status).toBe(401);
  });
});

describe('bad input', () => {
  const LONG = 'x'.repeat(10_000);
  let c1: DetailDto;
  let task: TaskDto;
  beforeAll(async () => {
    c1 = await newCampaign(w.C1.id, { name: 'Đầu vào sai' });
    task = await newTask(c1.id, { title: 'Việc mẫu', ownerOrganizationId: w.O1.id });
  });

  type Case = {
    name: string;
    method: string;
    path: () => string;
    body?: () => unknown;
    raw?: string;
    status: number;
    field: string | null;
  };
  const camp = (over: Record<string, unknown>) => () => ({
    communeId: w.C1.id,
    name: 'Phong trào',
    from: '2026-01-01',
    to: '2026-12-31',
    ...over,
  });
  const cases: Case[] = [
    {
      name: 'POST campaign: wrong type',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: camp({ name: 123 }),
      status: 422,
      field: 'name',
    },
    {
      name: 'POST campaign: missing fields',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: () => ({}),
      status: 422,
      field: 'communeId',
    },
    {
      name: 'POST campaign: missing name',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: camp({ name: undefined }),
      status: 422,
      field: 'name',
    },
    {
      name: 'POST campaign: blank name',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: camp({ name: '   ' }),
      status: 422,
      field: 'name',
    },
    {
      name: 'POST campaign: 10,000-character name',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: camp({ name: LONG }),
      status: 422,
      field: 'name',
    },
    {
      name: 'POST campaign: description over 10,000',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: camp({ description: `${LONG}x` }),
      status: 422,
      field: 'description',
    },
    {
      name: 'POST campaign: date not ISO',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: camp({ from: '01/02/2026' }),
      status: 422,
      field: 'from',
    },
    {
      name: 'POST campaign: impossible date',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: camp({ to: '2026-02-30' }),
      status: 422,
      field: 'to',
    },
    {
      name: 'POST campaign: from > to',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: camp({ from: '2026-12-31', to: '2026-01-01' }),
      status: 422,
      field: 'to',
    },
    {
      name: 'POST campaign: indicatorIds not an array',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: camp({ indicatorIds: 'abc' }),
      status: 422,
      field: 'indicatorIds',
    },
    {
      name: 'POST campaign: indicator id not a uuid',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: camp({ indicatorIds: ['x'] }),
      status: 422,
      field: 'indicatorIds.0',
    },
    {
      name: 'POST campaign: indicator of another province',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: () => camp({ indicatorIds: [ind.P2.id] })(),
      status: 404,
      field: 'indicatorIds.0',
    },
    {
      name: 'POST campaign: indicator of another commune',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: () => camp({ indicatorIds: [ind.C1.id, ind.C2.id] })(),
      status: 404,
      field: 'indicatorIds.1',
    },
    {
      name: 'POST campaign: unknown indicator',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: camp({ indicatorIds: ['00000000-0000-4000-8000-000000000000'] }),
      status: 404,
      field: 'indicatorIds.0',
    },
    {
      name: 'POST campaign: a village as commune',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: () => camp({ communeId: w.V1.id })(),
      status: 404,
      field: 'communeId',
    },
    {
      name: 'POST campaign: malformed JSON',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      raw: '{',
      status: 400,
      field: null,
    },
    {
      name: 'PATCH campaign: wrong type',
      method: 'PATCH',
      path: () => `/api/v1/campaigns/${c1.id}`,
      body: () => ({ description: 5 }),
      status: 422,
      field: 'description',
    },
    {
      name: 'PATCH campaign: 10,000-character name',
      method: 'PATCH',
      path: () => `/api/v1/campaigns/${c1.id}`,
      body: () => ({ name: LONG }),
      status: 422,
      field: 'name',
    },
    {
      name: 'PATCH campaign: unknown field',
      method: 'PATCH',
      path: () => `/api/v1/campaigns/${c1.id}`,
      body: () => ({ communeId: w.C2.id }),
      status: 422,
      field: 'communeId',
    },
    {
      name: 'PATCH campaign: from > to',
      method: 'PATCH',
      path: () => `/api/v1/campaigns/${c1.id}`,
      body: () => ({ from: '2026-06-01', to: '2026-05-01' }),
      status: 422,
      field: 'to',
    },
    {
      name: 'PATCH campaign: indicator of another province',
      method: 'PATCH',
      path: () => `/api/v1/campaigns/${c1.id}`,
      body: () => ({ indicatorIds: [ind.P2.id] }),
      status: 404,
      field: 'indicatorIds.0',
    },
    {
      name: 'PATCH campaign: id not a uuid',
      method: 'PATCH',
      path: () => '/api/v1/campaigns/123',
      body: () => ({ name: 'A' }),
      status: 422,
      field: 'id',
    },
    {
      name: 'PATCH campaign: malformed JSON',
      method: 'PATCH',
      path: () => `/api/v1/campaigns/${c1.id}`,
      raw: '{',
      status: 400,
      field: null,
    },
    {
      name: 'POST task: missing title',
      method: 'POST',
      path: () => `/api/v1/campaigns/${c1.id}/tasks`,
      body: () => ({}),
      status: 422,
      field: 'title',
    },
    {
      name: 'POST task: 10,000-character title',
      method: 'POST',
      path: () => `/api/v1/campaigns/${c1.id}/tasks`,
      body: () => ({ title: LONG }),
      status: 422,
      field: 'title',
    },
    {
      name: 'POST task: wrong type',
      method: 'POST',
      path: () => `/api/v1/campaigns/${c1.id}/tasks`,
      body: () => ({ title: ['a'] }),
      status: 422,
      field: 'title',
    },
    {
      name: 'POST task: bad deadline',
      method: 'POST',
      path: () => `/api/v1/campaigns/${c1.id}/tasks`,
      body: () => ({ title: 'A', deadline: 'mai' }),
      status: 422,
      field: 'deadline',
    },
    {
      name: 'POST task: organisation id not a uuid',
      method: 'POST',
      path: () => `/api/v1/campaigns/${c1.id}/tasks`,
      body: () => ({ title: 'A', ownerOrganizationId: 'abc' }),
      status: 422,
      field: 'ownerOrganizationId',
    },
    {
      name: 'POST task: organisation of another commune',
      method: 'POST',
      path: () => `/api/v1/campaigns/${c1.id}/tasks`,
      body: () => ({ title: 'A', ownerOrganizationId: w.O4.id }),
      status: 404,
      field: 'ownerOrganizationId',
    },
    {
      name: 'POST task: unknown campaign',
      method: 'POST',
      path: () => '/api/v1/campaigns/00000000-0000-4000-8000-000000000000/tasks',
      body: () => ({ title: 'A' }),
      status: 404,
      field: null,
    },
    {
      name: 'POST task: malformed JSON',
      method: 'POST',
      path: () => `/api/v1/campaigns/${c1.id}/tasks`,
      raw: '{',
      status: 400,
      field: null,
    },
    {
      name: 'PATCH task: unknown status',
      method: 'PATCH',
      path: () => `/api/v1/tasks/${task.id}`,
      body: () => ({ status: 'finished' }),
      status: 422,
      field: 'status',
    },
    {
      name: 'PATCH task: evidence over 10,000',
      method: 'PATCH',
      path: () => `/api/v1/tasks/${task.id}`,
      body: () => ({ evidence: `${LONG}x` }),
      status: 422,
      field: 'evidence',
    },
    {
      name: 'PATCH task: 10,000-character title',
      method: 'PATCH',
      path: () => `/api/v1/tasks/${task.id}`,
      body: () => ({ title: LONG }),
      status: 422,
      field: 'title',
    },
    {
      name: 'PATCH task: wrong type',
      method: 'PATCH',
      path: () => `/api/v1/tasks/${task.id}`,
      body: () => ({ evidence: { text: 'a' } }),
      status: 422,
      field: 'evidence',
    },
    {
      name: 'PATCH task: impossible deadline',
      method: 'PATCH',
      path: () => `/api/v1/tasks/${task.id}`,
      body: () => ({ deadline: '2026-02-30' }),
      status: 422,
      field: 'deadline',
    },
    {
      name: 'PATCH task: unknown field',
      method: 'PATCH',
      path: () => `/api/v1/tasks/${task.id}`,
      body: () => ({ ownerOrganizationId: w.O2.id }),
      status: 422,
      field: 'ownerOrganizationId',
    },
    {
      name: 'PATCH task: unknown task',
      method: 'PATCH',
      path: () => '/api/v1/tasks/00000000-0000-4000-8000-000000000000',
      body: () => ({ status: 'done' }),
      status: 404,
      field: null,
    },
    {
      name: 'PATCH task: malformed JSON',
      method: 'PATCH',
      path: () => `/api/v1/tasks/${task.id}`,
      raw: '{',
      status: 400,
      field: null,
    },
  ];

  for (const cs of cases) {
    it(`${cs.name} → ${cs.status}${cs.field ? ` naming ${cs.field}` : ''}, nothing written`, async () => {
      const before = await allCounts();
      const res = await h.request(cs.method, cs.path(), { token: tok.standing1, body: cs.body?.(), raw: cs.raw });
      expect(res.status, JSON.stringify(res.body)).toBe(cs.status);
      const err = (res.body as ErrorBody).error;
      expect(err.message).toMatch(/\S/);
      if (cs.field) expect(err.fields ?? {}, JSON.stringify(err)).toHaveProperty([cs.field]);
      expect(await allCounts()).toEqual(before);
    });
  }

  it('field messages are Vietnamese', async () => {
    const res = await h.request('POST', '/api/v1/campaigns', { token: tok.standing1, body: {} });
    expect(fieldsOf(res.body)).toMatchObject({
      name: 'Nhập tên cuộc vận động.',
      from: 'Nhập ngày bắt đầu.',
      communeId: 'Chọn xã.',
    });
    const typed = await h.request('POST', '/api/v1/campaigns', { token: tok.standing1, body: camp({ name: 1 })() });
    expect(fieldsOf(typed.body).name).toBe('Tên cuộc vận động phải là chuỗi ký tự.');
  });

  it('the endpoints are in the OpenAPI document', async () => {
    const doc = (await h.request('GET', '/api/v1/openapi.json')).body as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    for (const [path, method] of [
      ['/api/v1/campaigns', 'post'],
      ['/api/v1/campaigns', 'get'],
      ['/api/v1/campaigns/{id}', 'get'],
      ['/api/v1/campaigns/{id}', 'patch'],
      ['/api/v1/campaigns/{id}/tasks', 'post'],
      ['/api/v1/tasks/{id}', 'patch'],
      ['/api/v1/tasks', 'get'],
    ] as const) {
      expect(doc.paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['Cuộc vận động']);
    }
  });
});
