import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../../lib/dates';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness, type Items, type World } from '../../testing/harness';
import { api, meeting, TABLES, type PetitionOut } from './test-helpers';

let h: Harness;
let w: World;
let A: ReturnType<typeof api>;
const t: Record<string, string> = {};
const m: Record<string, string> = {};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  A = api(h);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1']) t[u] = await h.login(u);
  m.contact = await meeting(h, w.C1, 'voter_contact', 'Hội nghị tiếp xúc cử tri trước kỳ họp thứ 7', '2023-06-10');
  m.review = await meeting(h, w.C1, 'half_year_review', 'Hội nghị sơ kết 6 tháng đầu năm 2023', '2023-07-06');
  m.foreign = await meeting(h, w.C3, 'voter_contact', 'Tiếp xúc cử tri xã Ba', '2023-06-12');
});
afterAll(async () => h?.close());

describe('recording a petition', () => {
  it('from a voter-contact meeting: a lookup code, source "meeting", received on the meeting day, the first history step', async () => {
    const before = await h.counts(TABLES);
    const p = await A.create(t.standing1, {
      communeId: w.C1.id,
      meetingId: m.contact,
      villageId: w.V1.id,
      dueDate: '2023-07-30',
      submitterName: 'Nguyễn Văn Cử',
      submitterContact: '0912 345 678',
    });
    expect(p.code).toMatch(/^KN-[2-9A-HJ-NP-Z]{6}$/);
    expect(p).toMatchObject({
      status: 'received',
      source: 'meeting',
      receivedAt: '2023-06-10',
      villageId: w.V1.id,
      dueDate: '2023-07-30',
      submitterContact: '0912 345 678',
    });
    expect(p.history).toEqual([
      expect.objectContaining({
        toStatus: 'received',
        fromStatus: null,
        date: '2023-06-10',
        meetingTitle: 'Hội nghị tiếp xúc cử tri trước kỳ họp thứ 7',
      }),
    ]);
    const after = await h.counts(TABLES);
    expect([after.petitions, after.petition_events, after.audit_log]).toEqual([
      (before.petitions ?? 0) + 1,
      (before.petition_events ?? 0) + 1,
      (before.audit_log ?? 0) + 1,
    ]);
    const read = await A.get(t.viewer1, `/api/v1/petitions/${p.id}`);
    expect(read.status).toBe(200);
    expect(read.body.content).toBe('Đề nghị sửa đường liên thôn');
  });

  it('typed in by staff without a meeting: source "staff", received today by default', async () => {
    const p = await A.create(t.standing1, { communeId: w.C1.id });
    expect(p).toMatchObject({ source: 'staff', receivedAt: todayVn(), villageId: null, meetingId: null });
  });

  it('stores HTML as text and returns it unchanged (the page escapes it)', async () => {
    const p = await A.create(t.standing1, { communeId: w.C1.id, content: '<script>alert(1)</script> đường ngập' });
    expect((await A.get(t.standing1, `/api/v1/petitions/${p.id}`)).body.content).toBe(
      '<script>alert(1)</script> đường ngập',
    );
  });
});

describe('the lifecycle received → forwarded → answered → closed', () => {
  it('every step in order writes one history row and one audit row', async () => {
    const p = await A.create(t.standing1, { communeId: w.C1.id, meetingId: m.contact, villageId: w.V2.id });
    let before = await h.counts(TABLES);
    const steps: [Record<string, unknown>, Partial<PetitionOut>][] = [
      [
        {
          to: 'forwarded',
          date: '2023-06-15',
          document: 'Công văn số 12/MTTQ-BTT',
          dueDate: '2023-07-15',
          note: 'Chuyển UBND xã',
        },
        { status: 'forwarded', forwardDocument: 'Công văn số 12/MTTQ-BTT', dueDate: '2023-07-15' },
      ],
      [
        {
          to: 'answered',
          date: '2023-07-01',
          answer: 'UBND xã đã bố trí kinh phí sửa đường trong quý III.',
          document: 'Văn bản số 45/UBND-VP',
        },
        {
          status: 'answered',
          answer: 'UBND xã đã bố trí kinh phí sửa đường trong quý III.',
          answerDocument: 'Văn bản số 45/UBND-VP',
        },
      ],
      [
        { to: 'closed', meetingId: m.review },
        { status: 'closed', closedMeetingId: m.review, closedMeetingTitle: 'Hội nghị sơ kết 6 tháng đầu năm 2023' },
      ],
    ];
    for (const [body, expected] of steps) {
      const res = await A.move(t.standing1, p.id, body);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject(expected);
      const after = await h.counts(TABLES);
      expect(after.petition_events).toBe((before.petition_events ?? 0) + 1);
      expect(after.audit_log).toBe((before.audit_log ?? 0) + 1);
      expect(after.petitions).toBe(before.petitions);
      before = after;
    }
    const detail = await A.get(t.standing1, `/api/v1/petitions/${p.id}`);
    expect(detail.body.history.map((e) => [e.fromStatus, e.toStatus, e.date])).toEqual([
      [null, 'received', '2023-06-10'],
      ['received', 'forwarded', '2023-06-15'],
      ['forwarded', 'answered', '2023-07-01'],
      ['answered', 'closed', '2023-07-06'],
    ]);
    expect(detail.body.history[1]).toMatchObject({
      note: 'Chuyển UBND xã',
      document: 'Công văn số 12/MTTQ-BTT',
      actorName: 'Người standing1',
    });
    expect(detail.body.history[3]?.meetingTitle).toBe('Hội nghị sơ kết 6 tháng đầu năm 2023');
    // Nothing comes after closed.
    for (const to of ['forwarded', 'answered', 'closed']) {
      const res = await A.move(t.standing1, p.id, {
        to,
        ...(to === 'answered' && { answer: 'x' }),
        ...(to === 'closed' && { meetingId: m.review }),
      });
      expect(res.status).toBe(409);
    }
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('out of order is 409 and writes nothing', async () => {
    const p = await A.create(t.standing1, { communeId: w.C1.id, receivedAt: '2023-06-01' });
    const before = await h.counts(TABLES);
    const skipped = await A.move(t.standing1, p.id, { to: 'answered', answer: 'Đã giải quyết' });
    expect(skipped.status).toBe(409);
    expect(skipped.body.error.code).toBe('petition_out_of_order');
    expect(skipped.body.error.fields).toHaveProperty('to');
    expect((await A.move(t.standing1, p.id, { to: 'closed', meetingId: m.review })).status).toBe(409);
    expect(await h.counts(TABLES)).toEqual(before);
    expect((await A.move(t.standing1, p.id, { to: 'forwarded', date: '2023-06-02' })).status).toBe(200);
    const mid = await h.counts(TABLES);
    expect((await A.move(t.standing1, p.id, { to: 'forwarded' })).status).toBe(409);
    expect((await A.move(t.standing1, p.id, { to: 'closed', meetingId: m.review })).status).toBe(409);
    expect(await h.counts(TABLES)).toEqual(mid);
    expect((await A.get(t.standing1, `/api/v1/petitions/${p.id}`)).body.status).toBe('forwarded');
  });

  it('answering without an answer is 422 naming answer, nothing written', async () => {
    const p = await A.create(t.standing1, { communeId: w.C1.id, receivedAt: '2023-06-01' });
    expect((await A.move(t.standing1, p.id, { to: 'forwarded', date: '2023-06-02' })).status).toBe(200);
    const before = await h.counts(TABLES);
    for (const answer of [undefined, '', '   ']) {
      const res = await A.move(t.standing1, p.id, { to: 'answered', answer });
      expect(res.status).toBe(422);
      expect(Object.keys(res.body.error.fields ?? {})).toEqual(['answer']);
    }
    expect(await h.counts(TABLES)).toEqual(before);
    expect((await A.get(t.standing1, `/api/v1/petitions/${p.id}`)).body.status).toBe('forwarded');
  });

  it('two people forwarding at the same moment: one 200, one 409, one history row', async () => {
    const p = await A.create(t.standing1, { communeId: w.C1.id, receivedAt: '2023-06-01' });
    const before = await h.counts(TABLES);
    const results = await Promise.all([
      A.move(t.standing1, p.id, { to: 'forwarded', note: 'a' }),
      A.move(t.admin, p.id, { to: 'forwarded', note: 'b' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const after = await h.counts(TABLES);
    expect(after.petition_events).toBe((before.petition_events ?? 0) + 1);
    expect(after.audit_log).toBe((before.audit_log ?? 0) + 1);
  });

  const bad: [string, () => Record<string, unknown>, number, string][] = [
    ['an unknown step', () => ({ to: 'done' }), 422, 'to'],
    ['received is not a step', () => ({ to: 'received' }), 422, 'to'],
    ['a date that does not exist', () => ({ to: 'forwarded', date: '2023-02-30' }), 422, 'date'],
    ['a date in the future', () => ({ to: 'forwarded', date: '2999-01-01' }), 422, 'date'],
    ['a date before the petition was received', () => ({ to: 'forwarded', date: '2023-05-01' }), 422, 'date'],
    [
      'a due date before the forwarding',
      () => ({ to: 'forwarded', date: '2023-06-05', dueDate: '2023-06-04' }),
      422,
      'dueDate',
    ],
    ['an answer given while forwarding', () => ({ to: 'forwarded', answer: 'x' }), 422, 'answer'],
    ['a 3,000-character note', () => ({ to: 'forwarded', note: 'x'.repeat(3000) }), 422, 'note'],
    ['closing without the meeting', () => ({ to: 'closed' }), 422, 'meetingId'],
    ['closing at a meeting of another commune', () => ({ to: 'closed', meetingId: m.foreign }), 404, 'meetingId'],
    [
      'closing at an unknown meeting',
      () => ({ to: 'closed', meetingId: '00000000-0000-4000-8000-000000000000' }),
      404,
      'meetingId',
    ],
  ];
  for (const [name, body, status, field] of bad) {
    it(`transition with ${name} → ${status} naming ${field}, nothing written`, async () => {
      const p = await A.create(t.standing1, { communeId: w.C1.id, receivedAt: '2023-06-01' });
      const before = await h.counts(TABLES);
      const res = await A.move(t.standing1, p.id, body());
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(Object.keys(res.body.error.fields ?? {})).toContain(field);
      expect(await h.counts(TABLES)).toEqual(before);
    });
  }
});

describe('bad input when recording is refused and writes nothing', () => {
  const cases: [string, () => Record<string, unknown>, number, string][] = [
    ['no content', () => ({ content: '' }), 422, 'content'],
    ['blank content', () => ({ content: '   ' }), 422, 'content'],
    ['6,000 characters of content', () => ({ content: 'x'.repeat(6000) }), 422, 'content'],
    ['an unknown field', () => ({ field: 'weather' }), 422, 'field'],
    ['an unknown agency', () => ({ agency: 'police' }), 422, 'agency'],
    ['agency "other" without its name', () => ({ agency: 'other' }), 422, 'agencyName'],
    ['communeId not a uuid', () => ({ communeId: 'abc' }), 422, 'communeId'],
    ['villageId not a uuid', () => ({ villageId: 'thôn 1' }), 422, 'villageId'],
    ['a due date that does not exist', () => ({ dueDate: '2023-02-29' }), 422, 'dueDate'],
    ['a due date before receipt', () => ({ receivedAt: '2023-06-10', dueDate: '2023-06-01' }), 422, 'dueDate'],
    [
      'a due date before the meeting that raised it',
      () => ({ meetingId: m.contact, dueDate: '2023-06-01' }),
      422,
      'dueDate',
    ],
    ['received in the future', () => ({ receivedAt: '2999-01-01' }), 422, 'receivedAt'],
    ['a 300-character contact', () => ({ submitterContact: '0'.repeat(300) }), 422, 'submitterContact'],
    ['content as a number', () => ({ content: 42 }), 422, 'content'],
    ['a commune of another province', () => ({ communeId: w.C3.id }), 404, 'communeId'],
    ['a sibling commune', () => ({ communeId: w.C2.id }), 404, 'communeId'],
    ['a village (not a commune) as communeId', () => ({ communeId: w.V1.id }), 404, 'communeId'],
    ['a village of another commune', () => ({ villageId: w.V3.id }), 404, 'villageId'],
    ['a village of another province', () => ({ villageId: w.V4.id }), 404, 'villageId'],
    ['the commune itself as villageId', () => ({ villageId: w.C1.id }), 404, 'villageId'],
    ['a meeting of another commune', () => ({ meetingId: m.foreign }), 404, 'meetingId'],
    ['an unknown meeting', () => ({ meetingId: '00000000-0000-4000-8000-000000000000' }), 404, 'meetingId'],
  ];
  for (const [name, over, status, field] of cases) {
    it(`${name} → ${status} naming ${field}`, async () => {
      const before = await h.counts(TABLES);
      const res = await A.post(t.standing1, '/api/v1/petitions', {
        communeId: w.C1.id,
        content: 'Đề nghị lắp đèn đường',
        field: 'infrastructure',
        agency: 'ubnd_xa',
        ...over(),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(Object.keys(res.body.error.fields ?? {})).toContain(field);
      expect(await h.counts(TABLES)).toEqual(before);
    });
  }
  it('malformed JSON is 400; not logged in is 401', async () => {
    const before = await h.counts(TABLES);
    expect((await h.request('POST', '/api/v1/petitions', { token: t.standing1, raw: '{"content":' })).status).toBe(400);
    expect(
      (
        await A.post(undefined, '/api/v1/petitions', {
          communeId: w.C1.id,
          content: 'x',
          field: 'other',
          agency: 'ubnd_xa',
        })
      ).status,
    ).toBe(401);
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('lists, filters and the summary', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    // A clean commune (C2) so the counts are exact.
    const c = (body: Record<string, unknown>) => A.create(t.admin, { communeId: w.C2.id, ...body });
    ids.road = (
      await c({
        content: 'Đường trục thôn Ba xuống cấp, đề nghị nâng cấp',
        field: 'infrastructure',
        agency: 'ubnd_xa',
        villageId: w.V3.id,
        receivedAt: '2023-03-01',
        dueDate: '2023-04-01',
      })
    ).id;
    ids.land = (
      await c({
        content: 'Cấp giấy chứng nhận quyền sử dụng đất chậm',
        field: 'land',
        agency: 'province',
        agencyName: 'Sở Tài nguyên và Môi trường',
        receivedAt: '2023-03-02',
        dueDate: '2999-01-01',
      })
    ).id;
    ids.light = (
      await c({
        content: 'Đề nghị lắp điện chiếu sáng',
        field: 'infrastructure',
        agency: 'ubnd_xa',
        receivedAt: '2023-03-03',
      })
    ).id;
    ids.school = (
      await c({
        content: 'Trường mầm non thiếu phòng học',
        field: 'health_education',
        agency: 'hdnd_xa',
        receivedAt: '2022-12-30',
      })
    ).id;
    expect((await A.move(t.admin, ids.light, { to: 'forwarded', date: '2023-03-04' })).status).toBe(200);
    expect(
      (await A.move(t.admin, ids.light, { to: 'answered', date: '2023-03-20', answer: 'Đã lắp 10 bóng đèn.' })).status,
    ).toBe(200);
    expect((await A.move(t.admin, ids.road, { to: 'forwarded', date: '2023-03-05' })).status).toBe(200);
  });
  const list = async (token: string | undefined, qs: string) =>
    (await A.get<Items<PetitionOut> & { total: number }>(token, `/api/v1/petitions?communeId=${w.C2.id}&${qs}`)).body;

  it('filters by status, field, agency, village, overdue and text without diacritics', async () => {
    expect((await list(t.upper1, 'status=forwarded')).items.map((p) => p.id)).toEqual([ids.road]);
    expect((await list(t.upper1, 'field=infrastructure')).items.map((p) => p.id).sort()).toEqual(
      [ids.road, ids.light].sort(),
    );
    expect((await list(t.upper1, 'agency=province')).items.map((p) => p.id)).toEqual([ids.land]);
    expect((await list(t.upper1, `villageId=${w.V3.id}`)).items.map((p) => p.id)).toEqual([ids.road]);
    const overdue = await list(t.upper1, 'overdue=true');
    expect(overdue.items.map((p) => p.id)).toEqual([ids.road]);
    expect(overdue.items[0]?.overdue).toBe(true);
    expect((await list(t.upper1, 'q=duong truc')).items.map((p) => p.id)).toEqual([ids.road]);
    expect((await list(t.upper1, 'q=CHIEU SANG')).items.map((p) => p.id)).toEqual([ids.light]);
    const page = await list(t.upper1, 'pageSize=2&page=2');
    expect(page.total).toBe(4);
    expect(page.items).toHaveLength(2);
    const bad = await A.get(t.upper1, '/api/v1/petitions?status=open&pageSize=1000');
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(['pageSize', 'status']);
  });

  it('the summary counts by status, field and agency, with answered and overdue', async () => {
    const s = await A.get<{
      received: number;
      answered: number;
      overdue: number;
      byStatus: Record<string, number>;
      byField: { field: string; received: number; answered: number; overdue: number }[];
      byAgency: { agency: string; received: number }[];
    }>(t.upper1, `/api/v1/petitions/summary?communeId=${w.C2.id}&from=2023-01-01&to=2023-12-31`);
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({
      received: 3,
      answered: 1,
      overdue: 1,
      byStatus: { received: 1, forwarded: 1, answered: 1, closed: 0 },
    });
    expect(s.body.byField).toEqual([
      expect.objectContaining({ field: 'land', received: 1, answered: 0, overdue: 0 }),
      expect.objectContaining({ field: 'infrastructure', received: 2, answered: 1, overdue: 1 }),
    ]);
    expect(s.body.byAgency.map((a) => [a.agency, a.received])).toEqual([
      ['ubnd_xa', 2],
      ['province', 1],
    ]);
    // As of the end of March: the light was answered on the 20th, the road overdue since 1 April is not yet.
    const march = await A.get<{ answered: number; overdue: number; asOf: string }>(
      t.upper1,
      `/api/v1/petitions/summary?communeId=${w.C2.id}&from=2023-01-01&to=2023-03-10`,
    );
    expect(march.body).toMatchObject({ asOf: '2023-03-10', answered: 0, overdue: 0 });
    expect((await A.get(t.standing1, `/api/v1/petitions/summary?communeId=${w.C2.id}`)).status).toBe(404);
    expect(
      (await A.get(t.upper1, `/api/v1/petitions/summary?communeId=${w.C2.id}&from=2023-05-01&to=2023-01-01`)).status,
    ).toBe(422);
  });
});
