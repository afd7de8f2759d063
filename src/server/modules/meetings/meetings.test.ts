import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type World,
} from '../../testing/harness';
import { indicatorSource } from '../targets/sources';
import { meetingFigures } from './figures';

let h: Harness;
let w: World;
const t: Record<string, string> = {};
const TABLES = [
  'meetings',
  'meeting_delegates',
  'meeting_conclusions',
  'outgoing_documents',
  'register_counters',
  'campaign_tasks',
];

type Delegate = {
  id: string;
  name: string;
  title: string | null;
  organization: string | null;
  organizationId: string | null;
  userId: string | null;
  attended: boolean | null;
};
type Conclusion = {
  id: string;
  text: string;
  taskId: string | null;
  task: { id: string; campaignName: string; ownerOrganizationName: string; deadline: string | null } | null;
};
type Meeting = {
  id: string;
  communeId: string;
  villageId: string | null;
  type: string;
  title: string;
  date: string;
  startTime: string | null;
  place: string | null;
  status: string;
  agenda: string[];
  minutes: string | null;
  presentCount: number | null;
  invitationNumber: string | null;
  minutesNumber: string | null;
  delegates: Delegate[];
  conclusions: Conclusion[];
  canManage: boolean;
};
type R<T> = { status: number; body: T & ErrorBody };

const call = async <T = Meeting>(method: string, token: string | undefined, path: string, body?: unknown) =>
  (await h.request(method, path, { token, body })) as R<T>;

const base = (extra: Record<string, unknown> = {}) => ({
  communeId: w.C1.id,
  type: 'half_year_review',
  title: 'Hội nghị sơ kết 6 tháng đầu năm 2023',
  date: '2023-07-06',
  ...extra,
});

async function meeting(extra: Record<string, unknown> = {}, token = t.standing1) {
  const res = await call('POST', token, '/api/v1/meetings', base(extra));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function auditActions(entityId: string) {
  const r = await h.db.execute<{ action: string }>(
    sql`select action from audit_log where entity_id = ${entityId} order by id`,
  );
  return (r as unknown as { rows: { action: string }[] }).rows.map((x) => x.action);
}

let campaignId = '';
let campaignC2 = '';

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1']) t[u] = await h.login(u);
  const c = await call<{ id: string }>('POST', t.standing1, '/api/v1/campaigns', {
    communeId: w.C1.id,
    name: 'Toàn dân đoàn kết xây dựng nông thôn mới',
    from: '2023-01-01',
    to: '2023-12-31',
  });
  expect(c.status).toBe(201);
  campaignId = c.body.id;
  const c2 = await call<{ id: string }>('POST', t.admin, '/api/v1/campaigns', {
    communeId: w.C2.id,
    name: 'Ngày vì người nghèo',
    from: '2023-01-01',
    to: '2023-12-31',
  });
  campaignC2 = c2.body.id;
});
afterAll(async () => h?.close());

describe('create, read, update', () => {
  it('the standing committee plans a meeting with delegates and agenda; everyone in the commune reads it', async () => {
    const m = await meeting({
      startTime: '14:00',
      place: 'Hội trường UBND xã',
      chair: 'Nguyễn Văn Luyện',
      chairTitle: 'Chủ tịch Ủy ban MTTQ xã',
      secretary: 'Lê Thị Thư',
      agenda: ['Báo cáo sơ kết 6 tháng đầu năm', 'Nhiệm vụ 6 tháng cuối năm'],
      delegates: [
        { name: 'Hoàng Quốc Toản', title: 'Bí thư Đảng ủy, Chủ tịch HĐND xã' },
        { name: 'Trần Thị Hoa', title: 'Chủ tịch Hội', organizationId: w.O1.id },
        { userId: w.users.target_own, title: 'Trưởng ban CTMT thôn Một' },
      ],
      expectedCount: 40,
    });
    expect(m).toMatchObject({
      status: 'planned',
      startTime: '14:00',
      villageId: null,
      invitationNumber: null,
      minutesNumber: null,
      canManage: true,
    });
    expect(m.delegates.map((d) => [d.name, d.organization])).toEqual([
      ['Hoàng Quốc Toản', null],
      ['Trần Thị Hoa', 'Hội Phụ nữ xã Một'],
      ['Người target_own', null],
    ]);
    expect(await auditActions(m.id)).toEqual(['meeting.create']);
    for (const u of ['viewer1', 'orglead1', 'village1', 'upper1']) {
      const got = await call('GET', t[u], `/api/v1/meetings/${m.id}`);
      expect(got.status, u).toBe(200);
      expect(got.body.delegates).toHaveLength(3);
      expect(got.body.canManage, u).toBe(false);
    }
  });

  it('records the meeting as held with minutes; no going back (409, nothing written)', async () => {
    const m = await meeting({ title: 'Hội nghị chuyển trạng thái' });
    const held = await call('PATCH', t.standing1, `/api/v1/meetings/${m.id}`, {
      status: 'held',
      minutes: 'Đồng chí Chủ tịch khai mạc.\nCác đại biểu thảo luận.',
      presentCount: 35,
      place: 'Nhà văn hóa',
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect(held.body).toMatchObject({ status: 'held', presentCount: 35, place: 'Nhà văn hóa' });
    const before = await h.counts(TABLES);
    for (const to of ['planned', 'cancelled']) {
      const back = await call('PATCH', t.standing1, `/api/v1/meetings/${m.id}`, { status: to });
      expect(back.status).toBe(409);
      expect(back.body.error.code).toBe('bad_transition');
      expect(back.body.error.fields).toHaveProperty('status');
    }
    expect(await h.counts(TABLES)).toEqual(before);
    const c = await meeting({ title: 'Hội nghị bị hủy' });
    expect((await call('PATCH', t.standing1, `/api/v1/meetings/${c.id}`, { status: 'cancelled' })).status).toBe(200);
    expect((await call('PATCH', t.standing1, `/api/v1/meetings/${c.id}`, { status: 'held' })).status).toBe(409);
    expect(await auditActions(m.id)).toEqual(['meeting.create', 'meeting.hold']);
  });

  it('replaces delegates keeping ids and attendance of those kept', async () => {
    const m = await meeting({ delegates: [{ name: 'A' }, { name: 'B' }] });
    const [a, b] = m.delegates as [Delegate, Delegate];
    expect((await call('POST', t.standing1, `/api/v1/meetings/${m.id}/attendance`, { attended: [a.id] })).status).toBe(
      200,
    );
    const res = await call('PATCH', t.standing1, `/api/v1/meetings/${m.id}`, {
      delegates: [
        { id: a.id, name: 'A' },
        { name: 'C', title: 'Trưởng thôn' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.delegates.map((d) => [d.id === a.id, d.name, d.attended])).toEqual([
      [true, 'A', true],
      [false, 'C', null],
    ]);
    const foreign = await call('PATCH', t.standing1, `/api/v1/meetings/${m.id}`, {
      delegates: [{ id: b.id, name: 'B' }],
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.fields).toHaveProperty('delegates.0.id');
  });

  it('lists with filters: type, dates, commune', async () => {
    const vc = await meeting({
      type: 'voter_contact',
      title: 'Tiếp xúc cử tri trước kỳ họp HĐND',
      date: '2023-06-15',
      villageId: w.V1.id,
    });
    const list = await call<{ items: { id: string; type: string; date: string; delegatesInvited: number }[] }>(
      'GET',
      t.viewer1,
      `/api/v1/meetings?type=voter_contact&from=2023-06-01&to=2023-06-30&communeId=${w.C1.id}`,
    );
    expect(list.status).toBe(200);
    expect(list.body.items.map((i) => i.id)).toEqual([vc.id]);
    const bad = await call('GET', t.viewer1, '/api/v1/meetings?type=party&from=2023-13-01');
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(['from', 'type']);
    expect((await call('GET', t.viewer1, '/api/v1/meetings?from=2023-07-01&to=2023-06-01')).status).toBe(422);
  });
});

describe('bad input names the field and writes nothing', () => {
  const cases: [string, Record<string, unknown>, string, number][] = [
    ['no commune', { communeId: undefined }, 'communeId', 422],
    ['bad type', { type: 'party' }, 'type', 422],
    ['empty title', { title: '  ' }, 'title', 422],
    ['impossible date', { date: '2023-02-30' }, 'date', 422],
    ['dd/mm date', { date: '06/07/2023' }, 'date', 422],
    ['bad start time', { startTime: '25:00' }, 'startTime', 422],
    ['empty agenda line', { agenda: ['Báo cáo', ''] }, 'agenda.1', 422],
    ['agenda not a list', { agenda: 'Báo cáo' }, 'agenda', 422],
    ['delegate without name', { delegates: [{ title: 'Trưởng thôn' }] }, 'delegates.0.name', 422],
    ['delegate unknown key', { delegates: [{ name: 'A', phone: '0912' }] }, 'delegates.0.phone', 422],
    ['delegate bad org id', { delegates: [{ name: 'A', organizationId: 'abc' }] }, 'delegates.0.organizationId', 422],
    ['negative count', { expectedCount: -1 }, 'expectedCount', 422],
    ['fractional count', { presentCount: 1.5 }, 'presentCount', 422],
    ['cancelled at creation', { status: 'cancelled' }, 'status', 422],
    ['unknown field', { colour: 'red' }, 'colour', 422],
    ['title too long', { title: 'x'.repeat(501) }, 'title', 422],
    ['commune of another province', { communeId: 'C3' }, 'communeId', 404],
    ['a village (not a commune) as commune', { communeId: 'V1' }, 'communeId', 404],
    ['village of another commune', { villageId: 'V3' }, 'villageId', 404],
    [
      'organisation of another commune',
      { delegates: [{ name: 'A', organizationId: 'O3' }] },
      'delegates.0.organizationId',
      404,
    ],
    ['user of another province', { delegates: [{ userId: 'target_province' }] }, 'delegates.0.userId', 404],
  ];
  const resolve = (v: unknown): unknown => {
    if (typeof v === 'string' && v in w && typeof (w as unknown as Record<string, { id?: string }>)[v]?.id === 'string')
      return (w as unknown as Record<string, { id: string }>)[v]?.id;
    if (typeof v === 'string' && v in w.users) return w.users[v as keyof World['users']];
    if (Array.isArray(v)) return v.map(resolve);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
    return v;
  };
  it.each(cases)('%s → %s', async (_name, patch, field, status) => {
    const before = await h.counts(TABLES);
    const res = await call('POST', t.standing1, '/api/v1/meetings', base(resolve(patch) as Record<string, unknown>));
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.fields, JSON.stringify(res.body)).toHaveProperty([field]);
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('PATCH rejects bad fields too, and a user of the commune is accepted as delegate', async () => {
    const m = await meeting();
    const before = await h.counts(TABLES);
    for (const [body, field] of [
      [{ status: 'done' }, 'status'],
      [{ date: '2023-7-6' }, 'date'],
      [{ villageId: w.V4.id }, 'villageId'],
      [{ minutes: 5 }, 'minutes'],
      [{ communeId: w.C2.id }, 'communeId'],
    ] as const) {
      const res = await call('PATCH', t.standing1, `/api/v1/meetings/${m.id}`, body);
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.body.error.fields).toHaveProperty([field]);
    }
    expect(await h.counts(TABLES)).toEqual(before);
    const ok = await call('PATCH', t.standing1, `/api/v1/meetings/${m.id}`, {
      delegates: [{ userId: w.users.upper1 }],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.delegates[0]?.name).toBe('Người upper1');
  });
});

describe('scope matrix', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    ids.C1 = (await meeting({ title: 'Sơ kết xã Một' }, t.admin)).id;
    ids.C1V1 = (await meeting({ title: 'TXCT thôn Một', type: 'voter_contact', villageId: w.V1.id }, t.admin)).id;
    ids.C1V2 = (await meeting({ title: 'TXCT thôn Hai', type: 'voter_contact', villageId: w.V2.id }, t.admin)).id;
    ids.C2 = (await meeting({ title: 'Sơ kết xã Hai', communeId: w.C2.id }, t.admin)).id;
    ids.C3 = (await meeting({ title: 'Sơ kết xã Ba', communeId: w.C3.id }, t.admin)).id;
  });

  // Expected status for GET and PATCH per role and meeting.
  const matrix: Record<string, { read: Record<string, number>; write: Record<string, number> }> = {
    admin: {
      read: { C1: 200, C1V1: 200, C1V2: 200, C2: 200, C3: 200 },
      write: { C1: 200, C1V1: 200, C1V2: 200, C2: 200, C3: 200 },
    },
    upper1: {
      read: { C1: 200, C1V1: 200, C1V2: 200, C2: 200, C3: 404 },
      write: { C1: 403, C1V1: 403, C1V2: 403, C2: 403, C3: 404 },
    },
    standing1: {
      read: { C1: 200, C1V1: 200, C1V2: 200, C2: 404, C3: 404 },
      write: { C1: 200, C1V1: 200, C1V2: 200, C2: 404, C3: 404 },
    },
    orglead1: {
      read: { C1: 200, C1V1: 200, C1V2: 200, C2: 404, C3: 404 },
      write: { C1: 403, C1V1: 403, C1V2: 403, C2: 404, C3: 404 },
    },
    village1: {
      read: { C1: 200, C1V1: 200, C1V2: 200, C2: 404, C3: 404 },
      write: { C1: 403, C1V1: 200, C1V2: 403, C2: 404, C3: 404 },
    },
    viewer1: {
      read: { C1: 200, C1V1: 200, C1V2: 200, C2: 404, C3: 404 },
      write: { C1: 403, C1V1: 403, C1V2: 403, C2: 404, C3: 404 },
    },
  };

  it.each(Object.keys(matrix))(
    '%s reads and writes exactly its scope; the list holds no foreign rows',
    async (user) => {
      const exp = matrix[user] as (typeof matrix)[string];
      for (const [key, status] of Object.entries(exp.read))
        expect((await call('GET', t[user], `/api/v1/meetings/${ids[key]}`)).status, `GET ${key}`).toBe(status);
      const list = await call<{ items: { id: string; communeId: string }[] }>('GET', t[user], '/api/v1/meetings');
      const listed = new Set(list.body.items.map((i) => i.id));
      for (const [key, status] of Object.entries(exp.read))
        expect(listed.has(ids[key] as string), `list ${key}`).toBe(status === 200);
      const before = await h.counts(TABLES);
      let writes = 0;
      for (const [key, status] of Object.entries(exp.write)) {
        const res = await call('PATCH', t[user], `/api/v1/meetings/${ids[key]}`, { place: `Nơi họp ${user}` });
        expect(res.status, `PATCH ${key}`).toBe(status);
        if (status === 200) writes++;
        const att = await call('POST', t[user], `/api/v1/meetings/${ids[key]}/attendance`, { attended: [] });
        expect(att.status, `attendance ${key}`).toBe(status);
        if (status === 200) writes++;
        const doc = await h.app.request(`/api/v1/meetings/${ids[key]}/invitation.docx`, {
          headers: { authorization: `Bearer ${t[user]}` },
        });
        expect(doc.status, `invitation.docx ${key}`).toBe(exp.read[key]);
      }
      // Refused writes wrote nothing; each accepted one exactly its audit row.
      expect(await h.counts(TABLES)).toEqual({ ...before, audit_log: (before.audit_log ?? 0) + writes });
    },
  );

  it('writes by a refused role leave no audit row', async () => {
    const before = (await h.counts()).audit_log;
    for (const u of ['upper1', 'orglead1', 'viewer1'])
      await call('PATCH', t[u], `/api/v1/meetings/${ids.C1}`, { place: 'X' });
    await call('PATCH', t.village1, `/api/v1/meetings/${ids.C1V2}`, { place: 'X' });
    await call('PATCH', t.standing1, `/api/v1/meetings/${ids.C3}`, { place: 'X' });
    expect((await h.counts()).audit_log).toBe(before);
  });

  it('who may create what', async () => {
    const before = await h.counts(TABLES);
    const tries: [string, Record<string, unknown>, number, string?][] = [
      ['orglead1', {}, 403],
      ['viewer1', {}, 403],
      ['upper1', {}, 403],
      ['village1', { type: 'voter_contact', villageId: w.V2.id }, 403, 'villageId'],
      ['village1', { type: 'voter_contact' }, 403, 'villageId'],
      ['village1', { type: 'half_year_review', villageId: w.V1.id }, 403, 'type'],
      ['standing1', { communeId: w.C2.id }, 404, 'communeId'],
      ['upper1', { communeId: w.C3.id }, 404, 'communeId'],
    ];
    for (const [u, extra, status, field] of tries) {
      const res = await call('POST', t[u], '/api/v1/meetings', base(extra));
      expect(res.status, `${u} ${JSON.stringify(extra)}`).toBe(status);
      if (field) expect(res.body.error.fields).toHaveProperty([field]);
    }
    expect(await h.counts(TABLES)).toEqual(before);
    const own = await call(
      'POST',
      t.village1,
      '/api/v1/meetings',
      base({ type: 'voter_contact', villageId: w.V1.id, title: 'Tiếp xúc cử tri thôn Một' }),
    );
    expect(own.status).toBe(201);
    expect(own.body.canManage).toBe(true);
    // A village head cannot turn their meeting into another type or move it to another village.
    expect((await call('PATCH', t.village1, `/api/v1/meetings/${own.body.id}`, { type: 'other' })).status).toBe(403);
    expect((await call('PATCH', t.village1, `/api/v1/meetings/${own.body.id}`, { villageId: w.V2.id })).status).toBe(
      403,
    );
  });
});

describe('attendance and conclusions', () => {
  it('marks delegates present; an unknown delegate is 404 naming the field and writes nothing', async () => {
    const m = await meeting({ delegates: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] });
    const [a, , c] = m.delegates as [Delegate, Delegate, Delegate];
    const res = await call('POST', t.standing1, `/api/v1/meetings/${m.id}/attendance`, {
      attended: [a.id, c.id],
      presentCount: 120,
    });
    expect(res.status).toBe(200);
    expect(res.body.delegates.map((d) => d.attended)).toEqual([true, false, true]);
    expect(res.body.presentCount).toBe(120);
    const before = await h.counts(TABLES);
    const audit = (await h.counts()).audit_log ?? 0;
    const other = await meeting({ delegates: [{ name: 'X' }] });
    const after2 = await h.counts(TABLES);
    const bad = await call('POST', t.standing1, `/api/v1/meetings/${m.id}/attendance`, {
      attended: [a.id, other.delegates[0]?.id],
    });
    expect(bad.status).toBe(404);
    expect(bad.body.error.fields).toHaveProperty(['attended.1']);
    expect(await h.counts(TABLES)).toEqual(after2);
    expect(before.meetings).toBe((after2.meetings ?? 0) - 1);
    expect((await h.counts()).audit_log).toBe(audit + 1);
    expect(await auditActions(m.id)).toEqual(['meeting.create', 'meeting.attendance']);
  });

  it('replaces conclusions keeping their ids', async () => {
    const m = await meeting({ conclusions: ['Đẩy mạnh cuộc vận động', 'Làm tốt giám sát'] });
    expect(m.conclusions.map((c) => c.text)).toEqual(['Đẩy mạnh cuộc vận động', 'Làm tốt giám sát']);
    const [first] = m.conclusions as [Conclusion];
    const res = await call('PUT', t.standing1, `/api/v1/meetings/${m.id}/conclusions`, {
      conclusions: [{ text: 'Mới' }, { id: first.id, text: 'Đẩy mạnh cuộc vận động "Toàn dân đoàn kết"' }],
    });
    expect(res.status).toBe(200);
    expect(res.body.conclusions.map((c) => [c.id === first.id, c.text])).toEqual([
      [false, 'Mới'],
      [true, 'Đẩy mạnh cuộc vận động "Toàn dân đoàn kết"'],
    ]);
    const bad = await call('PUT', t.standing1, `/api/v1/meetings/${m.id}/conclusions`, { conclusions: [{ text: '' }] });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty(['conclusions.0.text']);
    expect((await call('PUT', t.viewer1, `/api/v1/meetings/${m.id}/conclusions`, { conclusions: [] })).status).toBe(
      403,
    );
  });
});

describe('a conclusion becomes a task', () => {
  it('creates the campaign task, links it, audits both in one go; a second task is 409', async () => {
    const m = await meeting({
      status: 'held',
      conclusions: ['Hội Phụ nữ vận động hội viên tham gia xây dựng đường làng'],
    });
    const k = m.conclusions[0] as Conclusion;
    const path = `/api/v1/meetings/${m.id}/conclusions/${k.id}/task`;
    const before = await h.counts(TABLES);
    const res = await call<{
      task: { id: string; campaignId: string; title: string; ownerOrganizationId: string; deadline: string };
      conclusion: Conclusion;
    }>('POST', t.standing1, path, {
      campaignId,
      ownerOrganizationId: w.O1.id,
      deadline: '2023-09-30',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.task).toMatchObject({
      campaignId,
      title: k.text,
      ownerOrganizationId: w.O1.id,
      deadline: '2023-09-30',
    });
    expect(res.body.conclusion.task).toMatchObject({
      id: res.body.task.id,
      campaignName: 'Toàn dân đoàn kết xây dựng nông thôn mới',
      ownerOrganizationName: 'Hội Phụ nữ xã Một',
    });
    const after = await h.counts(TABLES);
    expect(after.campaign_tasks).toBe((before.campaign_tasks ?? 0) + 1);
    expect(after.audit_log).toBe((before.audit_log ?? 0) + 2);
    expect(await auditActions(res.body.task.id)).toEqual(['campaign_task.create']);
    expect(await auditActions(m.id)).toEqual(['meeting.create', 'meeting.conclusion_task']);
    // Visible in the campaign, to the organisation that owns it.
    const camp = await call<{ tasks: { id: string }[] }>('GET', t.orglead1, `/api/v1/campaigns/${campaignId}`);
    expect(camp.body.tasks.map((x) => x.id)).toContain(res.body.task.id);
    const detail = await call('GET', t.viewer1, `/api/v1/meetings/${m.id}`);
    expect(detail.body.conclusions[0]?.taskId).toBe(res.body.task.id);

    const again = await call('POST', t.standing1, path, { campaignId, ownerOrganizationId: w.O2.id });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conclusion_has_task');
    expect(await h.counts(TABLES)).toEqual(after);
    // Dropping it from the list would orphan the task.
    const drop = await call('PUT', t.standing1, `/api/v1/meetings/${m.id}/conclusions`, {
      conclusions: [{ text: 'Khác' }],
    });
    expect(drop.status).toBe(409);
    expect(await h.counts(TABLES)).toEqual(after);
  });

  it('two clicks at once give one task', async () => {
    const m = await meeting({ status: 'held', conclusions: ['Hội Nông dân ra quân làm đường'] });
    const path = `/api/v1/meetings/${m.id}/conclusions/${m.conclusions[0]?.id}/task`;
    const before = await h.counts(TABLES);
    const results = await Promise.all(
      [1, 2].map(() => call('POST', t.standing1, path, { campaignId, ownerOrganizationId: w.O2.id })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await h.counts(TABLES)).campaign_tasks).toBe((before.campaign_tasks ?? 0) + 1);
  });

  it('refuses foreign campaigns and organisations, unheld meetings and other roles, writing nothing', async () => {
    const held = await meeting({ status: 'held', conclusions: ['Kết luận'] });
    const planned = await meeting({ conclusions: ['Kết luận'] });
    const pathOf = (m: Meeting) => `/api/v1/meetings/${m.id}/conclusions/${m.conclusions[0]?.id}/task`;
    const before = await h.counts(TABLES);
    const tries: [string, string, Record<string, unknown>, number, string?][] = [
      ['standing1', pathOf(held), { campaignId: campaignC2, ownerOrganizationId: w.O1.id }, 404, 'campaignId'],
      ['standing1', pathOf(held), { campaignId, ownerOrganizationId: w.O4.id }, 404, 'ownerOrganizationId'],
      ['standing1', pathOf(held), { campaignId }, 422, 'ownerOrganizationId'],
      [
        'standing1',
        pathOf(held),
        { campaignId, ownerOrganizationId: w.O1.id, deadline: '30/09/2023' },
        422,
        'deadline',
      ],
      ['standing1', pathOf(planned), { campaignId, ownerOrganizationId: w.O1.id }, 409, 'conclusionId'],
      [
        'standing1',
        `/api/v1/meetings/${held.id}/conclusions/${planned.conclusions[0]?.id}/task`,
        { campaignId, ownerOrganizationId: w.O1.id },
        404,
      ],
      ['orglead1', pathOf(held), { campaignId, ownerOrganizationId: w.O1.id }, 403],
      ['village1', pathOf(held), { campaignId, ownerOrganizationId: w.O1.id }, 403],
      ['upper1', pathOf(held), { campaignId, ownerOrganizationId: w.O1.id }, 403],
    ];
    for (const [u, path, body, status, field] of tries) {
      const res = await call('POST', t[u], path, body);
      expect(res.status, `${u} ${JSON.stringify(body)}`).toBe(status);
      if (field) expect(res.body.error.fields).toHaveProperty([field]);
    }
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('figures and the indicator source', () => {
  it('counts held meetings by type in a subtree and period', async () => {
    const year = '2031';
    await meeting({ date: `${year}-03-01`, status: 'held' });
    await meeting({ date: `${year}-04-01`, status: 'held', type: 'voter_contact', villageId: w.V1.id });
    await meeting({ date: `${year}-05-01`, status: 'held', type: 'voter_contact', villageId: w.V2.id });
    await meeting({ date: `${year}-05-02`, type: 'voter_contact', villageId: w.V2.id });
    await meeting({ date: `${year}-05-03`, status: 'held', communeId: w.C2.id }, t.admin);
    const f = await meetingFigures(h.db, w.C1.path, `${year}-01-01`, `${year}-12-31`);
    expect(f.total).toBe(3);
    expect(f.byType).toMatchObject({ half_year_review: 1, voter_contact: 2, consultation: 0 });
    expect((await meetingFigures(h.db, w.V1.path, `${year}-01-01`, `${year}-12-31`)).total).toBe(1);
    expect((await meetingFigures(h.db, w.P1.path, `${year}-01-01`, `${year}-12-31`)).total).toBe(4);
    expect((await meetingFigures(h.db, w.C1.path, `${year}-04-02`, `${year}-12-31`)).total).toBe(1);
    const source = indicatorSource('meetings.held');
    expect(source).toBeDefined();
    const q = { unitPath: w.C1.path, from: `${year}-01-01`, to: `${year}-12-31` };
    expect(await source?.compute(h.db, { ...q, params: { type: 'voter_contact' } })).toEqual({ value: 2 });
    expect(await source?.compute(h.db, { ...q, params: {} })).toEqual({ value: 3 });
    expect(await source?.compute(h.db, { ...q, params: { type: 'party' } })).toEqual({ value: 0 });
  });
});
