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

/** Issue 14.2–14.3: the committee and its terms, village boards, the boards of Decree 59/2023, attendance. */
let h: Harness;
let w: World;
const t = { admin: '', standing1: '', upper1: '', orglead1: '', village1: '', viewer1: '' };
const TABLES = ['bodies', 'body_members', 'body_sessions', 'body_attendance', 'supervisions'];

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['standing1', 'upper1', 'orglead1', 'village1', 'viewer1'] as const) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

type Seat = { id: string; fullName: string; position: string; untilDate: string | null; endReason: string | null };
type Body = {
  id: string;
  name: string;
  kind: string;
  termFrom: number;
  endedOn: string | null;
  previousId: string | null;
  members: Seat[];
  warnings: string[];
  issues: unknown[];
};
const post = async <T = Body>(token: string, path: string, body: unknown) =>
  (await h.request('POST', path, { token, body })) as { status: number; body: T & ErrorBody };
const get = async <T>(token: string, path: string) => {
  const res = await h.request('GET', path, { token });
  expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(200);
  return res.body as T;
};
const fields = (body: unknown) => Object.keys((body as ErrorBody).error.fields ?? {}).sort();
const seat = (fullName: string, position: string, more = {}) => ({ fullName, position, ...more });
const refused = (status: number, send: () => Promise<{ status: number; body: unknown }>) =>
  h.expectRefused(status, TABLES, send);

describe('the committee and its terms', () => {
  let committee: Body;

  it('is elected with its roster: the organisation heads as vice-chairs; one sitting committee a commune (409)', async () => {
    const res = await post(t.standing1, '/api/v1/bodies', {
      unitId: w.C1.id,
      kind: 'committee',
      termFrom: 2024,
      termTo: 2029,
      electedOn: '2024-06-20',
      members: [
        seat('Nguyễn Văn Chủ', 'chair'),
        seat('Trần Thị Phó', 'vice_chair', { organizationId: w.O1.id, title: 'Chủ tịch Hội Phụ nữ xã' }),
        seat('Lê Văn Ủy', 'member', { villageId: w.V1.id }),
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    committee = res.body;
    expect(committee.name).toBe('Ủy ban MTTQ Việt Nam Xã Một');
    expect(committee.members.map((m) => `${m.position} ${m.fullName}`)).toEqual([
      'chair Nguyễn Văn Chủ',
      'vice_chair Trần Thị Phó',
      'member Lê Văn Ủy',
    ]);
    await refused(409, () =>
      post(t.standing1, '/api/v1/bodies', { unitId: w.C1.id, kind: 'committee', termFrom: 2024, termTo: 2029 }),
    );
    const chart = await get<{ organizations: { id: string; head: { fullName: string } | null }[] }>(
      t.village1,
      `/api/v1/front-structure?communeId=${w.C1.id}`,
    );
    expect(chart.organizations.find((o) => o.id === w.O1.id)?.head?.fullName).toBe('Trần Thị Phó');
    expect(chart.organizations.find((o) => o.id === w.O2.id)?.head).toBeNull();
  });

  it('refuses a roster that breaks the rules, naming the field, writing nothing', async () => {
    const base = { termFrom: 2024, termTo: 2029 };
    let body = await refused(422, () =>
      post(t.standing1, '/api/v1/bodies', { unitId: w.V1.id, kind: 'committee', ...base }),
    );
    expect(fields(body)).toEqual(['unitId']);
    body = await refused(422, () =>
      post(t.standing1, '/api/v1/bodies', { unitId: w.C1.id, kind: 'village_board', ...base }),
    );
    expect(fields(body)).toEqual(['unitId']);
    body = await refused(422, () =>
      post(t.standing1, '/api/v1/bodies', {
        unitId: w.C1.id,
        kind: 'people_inspection',
        ...base,
        members: [seat('A', 'head'), seat('B', 'member'), seat('C', 'member'), seat('D', 'member')],
      }),
    );
    expect((body as ErrorBody).error.fields).toEqual({
      members: 'Ban Thanh tra nhân dân cần ít nhất 5 thành viên (có 4).',
    });
    body = await refused(422, () =>
      post(t.standing1, '/api/v1/bodies', {
        unitId: w.C1.id,
        kind: 'investment_supervision',
        project: 'Đường thôn Một',
        ...base,
        members: [seat('A', 'head'), seat('B', 'deputy_head'), seat('C', 'deputy_head'), seat('D', 'deputy_head')],
      }),
    );
    expect(fields(body)).toEqual(['members.3.position']);
    body = await refused(422, () =>
      post(t.standing1, '/api/v1/bodies', {
        unitId: w.C1.id,
        kind: 'standing',
        ...base,
        members: [seat('A', 'chair', { organizationId: w.O3.id }), seat('B', 'vice_chair', { villageId: w.V3.id })],
      }),
    );
    expect(fields(body)).toEqual(['members.0.organizationId', 'members.1.villageId']);
    body = await refused(422, () =>
      post(t.standing1, '/api/v1/bodies', { unitId: w.C1.id, kind: 'standing', termFrom: 2029, termTo: 2024 }),
    );
    expect(fields(body)).toEqual(['termTo']);
  });

  it('a new term ends the old one with its seats; the old roster stays readable', async () => {
    const next = await post(t.standing1, `/api/v1/bodies/${committee.id}/terms`, {
      termFrom: 2029,
      termTo: 2034,
      electedOn: '2029-06-15',
      members: [seat('Phạm Văn Mới', 'chair')],
    });
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    expect(next.body.previousId).toBe(committee.id);
    await refused(409, () =>
      post(t.standing1, `/api/v1/bodies/${committee.id}/terms`, {
        termFrom: 2030,
        termTo: 2035,
        electedOn: '2030-01-10',
      }),
    );
    const old = await get<Body>(t.viewer1, `/api/v1/bodies/${committee.id}`);
    expect(old.endedOn).toBe('2029-06-14');
    expect(old.members.map((m) => `${m.fullName} ${m.untilDate} ${m.endReason}`)).toEqual([
      'Nguyễn Văn Chủ 2029-06-14 Hết nhiệm kỳ',
      'Trần Thị Phó 2029-06-14 Hết nhiệm kỳ',
      'Lê Văn Ủy 2029-06-14 Hết nhiệm kỳ',
    ]);
    const sitting = await get<Items<Body>>(t.standing1, `/api/v1/bodies?unitId=${w.C1.id}&kind=committee`);
    expect(sitting.items.map((b) => b.termFrom)).toEqual([2029]);
    const all = await get<Items<Body>>(
      t.standing1,
      `/api/v1/bodies?unitId=${w.C1.id}&kind=committee&includeEnded=true`,
    );
    expect(all.items.map((b) => b.termFrom)).toEqual([2029, 2024]);
  });
});

describe('boards', () => {
  it('a village head keeps their own Ban công tác Mặt trận, not a neighbour’s, and sees only theirs', async () => {
    const own = await post(t.village1, '/api/v1/bodies', {
      unitId: w.V1.id,
      kind: 'village_board',
      termFrom: 2024,
      termTo: 2029,
      members: [seat('Trưởng Thôn Một', 'head'), seat('Phó Thôn Một', 'deputy_head')],
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    await refused(403, () =>
      post(t.village1, '/api/v1/bodies', { unitId: w.V2.id, kind: 'village_board', termFrom: 2024, termTo: 2029 }),
    );
    expect(
      (
        await post(t.standing1, '/api/v1/bodies', {
          unitId: w.V2.id,
          kind: 'village_board',
          termFrom: 2024,
          termTo: 2029,
        })
      ).status,
    ).toBe(201);
    const seen = await get<Items<Body>>(t.village1, `/api/v1/bodies?unitId=${w.C1.id}&kind=village_board`);
    expect(seen.items.map((b) => b.id)).toEqual([own.body.id]);
    await refused(403, () => post(t.viewer1, `/api/v1/bodies/${own.body.id}/members`, seat('Người xem', 'member')));
  });

  it('a Ban Giám sát đầu tư takes a sixth member from neither of two clerks at once… but one fifth', async () => {
    const res = await post(t.standing1, '/api/v1/bodies', {
      unitId: w.C1.id,
      kind: 'investment_supervision',
      project: 'Nhà văn hóa Thôn Hai',
      termFrom: 2025,
      termTo: 2026,
      members: [seat('A', 'head'), seat('B', 'deputy_head'), seat('C', 'member'), seat('D', 'member')],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // Seats of one position keep the order they were elected in.
    expect(res.body.members.map((m) => m.fullName)).toEqual(['A', 'B', 'C', 'D']);
    const both = await Promise.all(
      ['E', 'F'].map((n) => post(t.standing1, `/api/v1/bodies/${res.body.id}/members`, seat(n, 'member'))),
    );
    expect(both.map((r) => r.status).sort()).toEqual([201, 422]);
    const refusedOne = both.find((r) => r.status === 422);
    expect(refusedOne?.body.error.fields).toEqual({ _: 'Ban Giám sát đầu tư của cộng đồng tối đa 5 thành viên.' });
    const third = await post(t.standing1, `/api/v1/bodies/${res.body.id}/members`, seat('G', 'deputy_head'));
    expect(third.status).toBe(422);
  });

  it('a member leaves once, not before joining', async () => {
    const board = (await get<Items<Body>>(t.standing1, `/api/v1/bodies?unitId=${w.V2.id}`)).items[0];
    const added = await post<Seat>(
      t.standing1,
      `/api/v1/bodies/${board?.id}/members`,
      seat('Người Ra', 'member', { fromDate: '2025-02-01' }),
    );
    expect(added.status).toBe(201);
    const early = await refused(422, () =>
      post(t.standing1, `/api/v1/body-members/${added.body.id}/end`, { untilDate: '2025-01-01', reason: 'Chuyển đi' }),
    );
    expect(fields(early)).toEqual(['untilDate']);
    const ok = await post<Seat>(t.standing1, `/api/v1/body-members/${added.body.id}/end`, {
      untilDate: '2025-09-01',
      reason: 'Chuyển đi',
    });
    expect(ok.status).toBe(200);
    await refused(409, () =>
      post(t.standing1, `/api/v1/body-members/${added.body.id}/end`, { untilDate: '2025-10-01', reason: 'Lần nữa' }),
    );
  });

  it('the Ban Thanh tra nhân dân is warned of an unrepresented village, and sends its plan 5 working days ahead', async () => {
    const res = await post(t.standing1, '/api/v1/bodies', {
      unitId: w.C1.id,
      kind: 'people_inspection',
      termFrom: 2024,
      termTo: 2026,
      members: ['A', 'B', 'C', 'D', 'E'].map((n, i) =>
        seat(`Thanh tra ${n}`, i === 0 ? 'head' : 'member', { villageId: w.V1.id }),
      ),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.warnings).toEqual(['Chưa có thành viên ở: Thôn Hai.']);
    // The same as data, for the staff app to word in the user's language (issue 13.10).
    expect(res.body.issues).toEqual([{ code: 'villages_unrepresented', villages: ['Thôn Hai'] }]);
    const inspection = (planSentOn: string) => ({
      communeId: w.C1.id,
      subject: 'Thanh tra việc chi trả hỗ trợ hộ nghèo',
      startDate: '2026-03-16',
      endDate: '2026-03-20',
      bodyId: res.body.id,
      planSentOn,
    });
    const late = await refused(422, () => post(t.standing1, '/api/v1/supervisions', inspection('2026-03-10')));
    expect((late as ErrorBody).error.fields).toEqual({
      planSentOn: 'Kế hoạch phải gửi trước ít nhất 5 ngày làm việc: chậm nhất ngày 09/03/2026.',
    });
    const ok = await post<{ id: string; bodyId: string; team: { name: string; title: string }[] }>(
      t.standing1,
      '/api/v1/supervisions',
      inspection('2026-03-09'),
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.bodyId).toBe(res.body.id);
    expect(ok.body.team.map((m) => `${m.name} (${m.title})`)[0]).toBe('Thanh tra A (Trưởng ban)');
    const committee = (await get<Items<Body>>(t.standing1, `/api/v1/bodies?unitId=${w.C1.id}&kind=committee`)).items[0];
    const wrong = await refused(422, () =>
      post(t.standing1, '/api/v1/supervisions', { ...inspection('2026-03-01'), bodyId: committee?.id }),
    );
    expect(fields(wrong)).toEqual(['bodyId']);
  });
});

describe('sessions', () => {
  it('records who attended; a member of another body, or named twice, is refused by position', async () => {
    // The 2024–2029 term (the sitting one begins in 2029, after today).
    const committee = (
      await get<Items<Body>>(t.standing1, `/api/v1/bodies?unitId=${w.C1.id}&kind=committee&includeEnded=true`)
    ).items[1];
    const board = (await get<Items<Body>>(t.standing1, `/api/v1/bodies?unitId=${w.V1.id}`)).items[0];
    const me = committee?.members[0]?.id ?? '';
    const bad = await refused(422, () =>
      post(t.standing1, `/api/v1/bodies/${committee?.id}/sessions`, {
        heldOn: '2025-01-10',
        title: 'Hội nghị lần thứ hai',
        attendance: [
          { memberId: me, present: true },
          { memberId: board?.members[0]?.id, present: true },
          { memberId: me, present: false },
        ],
      }),
    );
    expect(fields(bad)).toEqual(['attendance.1.memberId', 'attendance.2.memberId']);
    // A session is recorded once held.
    const future = await refused(422, () =>
      post(t.standing1, `/api/v1/bodies/${committee?.id}/sessions`, {
        heldOn: '2099-01-10',
        title: 'Chưa họp',
        attendance: [{ memberId: me, present: true }],
      }),
    );
    expect(fields(future)).toEqual(['heldOn']);
  });

  it('a session of the sitting term shows its attendance on the body', async () => {
    const old = (
      await get<Items<Body>>(t.standing1, `/api/v1/bodies?unitId=${w.C1.id}&kind=committee&includeEnded=true`)
    ).items[1];
    const [a, b, c] = old?.members ?? [];
    const res = await post<{ present: number; absent: number }>(t.standing1, `/api/v1/bodies/${old?.id}/sessions`, {
      heldOn: '2025-01-10',
      title: 'Hội nghị Ủy ban lần thứ hai',
      attendance: [
        { memberId: a?.id, present: true },
        { memberId: b?.id, present: false, reason: 'Đi công tác' },
        { memberId: c?.id, present: true },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ present: 2, absent: 1 });
    const shown = await get<{
      sessions: { title: string; attendance: { fullName: string; reason: string | null }[] }[];
    }>(t.viewer1, `/api/v1/bodies/${old?.id}`);
    expect(shown.sessions[0]?.attendance.find((x) => x.reason)?.fullName).toBe('Trần Thị Phó');
  });
});

describe('counts for the level above', () => {
  it('the province table counts each commune’s committee, standing committee and village board members on the date', async () => {
    const csv = async (asOf: string) => {
      const res = await h.app.request(`/api/v1/members/counts.csv?unitId=${w.P1.id}&asOf=${asOf}`, {
        headers: { authorization: `Bearer ${t.upper1}` },
      });
      expect(res.status).toBe(200);
      const [head = [], ...rows] = (await res.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n')
        .map((l) => l.split(','));
      const col = (label: string) => head.indexOf(label);
      const xaMot = rows.find((r) => r[1] === 'Xã Một') ?? [];
      return {
        committee: Number(xaMot[col('Ủy viên Ủy ban MTTQ')]),
        boards: Number(xaMot[col('Thành viên Ban công tác Mặt trận')]),
      };
    };
    // Mid-2025: the 2024–2029 committee's three members; of the village boards only the member of Thôn Hai who sat
    // from February to September (the Thôn Một board's seats begin on the day they were entered: today).
    expect(await csv('2025-06-30')).toEqual({ committee: 3, boards: 1 });
    expect((await csv('2025-10-01')).boards).toBe(0);
    // After the 2029 election only the new committee's one member sits.
    expect((await csv('2029-07-01')).committee).toBe(1);
  });
});
