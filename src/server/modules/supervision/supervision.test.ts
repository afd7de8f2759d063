import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness, type World } from '../../testing/harness';
import { indicatorSource } from '../targets/sources';
import { client, makeSupervision, planBody, TABLES, type Rec, type Sup } from './test-helpers';

let h: Harness;
let w: World;
let c: ReturnType<typeof client>;
const t = {} as Record<'admin' | 'upper1' | 'standing1' | 'orglead1' | 'village1' | 'viewer1', string>;

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  c = client(h);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1'] as const) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('a supervision plan', () => {
  it('is created, read back with its team, edited, and every write is audited', async () => {
    const before = await h.counts(TABLES);
    const res = await c.post<Sup>(t.standing1, '/api/v1/supervisions', planBody(w));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: 'planned',
      kind: 'supervision',
      target: 'UBND xã',
      startDate: '2023-03-01',
      endDate: '2023-03-15',
      planDoc: null,
      canManage: true,
    });
    expect(res.body.team).toEqual([
      { name: 'Nguyễn Văn Luyện', title: 'Chủ tịch UBMTTQ xã, Trưởng đoàn' },
      { name: 'Lê Thị Hoa', title: 'Chủ tịch Hội LHPN xã' },
    ]);
    const after = await h.counts(TABLES);
    expect(after.supervisions).toBe((before.supervisions ?? 0) + 1);
    expect(after.audit_log).toBe((before.audit_log ?? 0) + 1);

    const id = res.body.id;
    const edit = await c.patch<Sup>(t.standing1, `/api/v1/supervisions/${id}`, {
      team: [{ name: 'Trần Văn Ba', title: null }],
      endDate: '2023-03-20',
      target: '',
    });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    expect(edit.body).toMatchObject({
      endDate: '2023-03-20',
      target: null,
      team: [{ name: 'Trần Văn Ba', title: null }],
    });
    const read = await c.get<Sup>(t.viewer1, `/api/v1/supervisions/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      subject: planBody(w).subject,
      endDate: '2023-03-20',
      canManage: false,
      recommendationList: [],
    });
    expect((await h.counts(TABLES)).audit_log).toBe((after.audit_log ?? 0) + 1);
  });

  it('moves planned → in_progress → concluded in order only; concluding needs findings', async () => {
    const id = await makeSupervision(h, w, t.standing1);
    const path = `/api/v1/supervisions/${id}`;
    let before = await h.counts(TABLES);
    const skip = await c.patch(t.standing1, path, { status: 'concluded', findings: 'Tốt.' });
    expect(skip.status).toBe(409);
    expect(skip.body.error.code).toBe('status_order');
    expect(await h.counts(TABLES)).toEqual(before);

    expect((await c.patch<Sup>(t.standing1, path, { status: 'in_progress' })).body.status).toBe('in_progress');
    before = await h.counts(TABLES);
    const bare = await c.patch(t.standing1, path, { status: 'concluded' });
    expect(bare.status).toBe(422);
    expect(bare.body.error.fields).toHaveProperty('findings');
    const blank = await c.patch(t.standing1, path, { status: 'concluded', findings: '   ' });
    expect(blank.status).toBe(422);
    expect(blank.body.error.fields).toHaveProperty('findings');
    expect(await h.counts(TABLES)).toEqual(before);

    // Findings first, conclusion later, works too.
    expect(
      (await c.patch(t.standing1, path, { findings: 'Danh sách lập đúng quy trình, công khai tại nhà văn hóa thôn.' }))
        .status,
    ).toBe(200);
    const done = await c.patch<Sup>(t.standing1, path, { status: 'concluded' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'concluded',
      findings: 'Danh sách lập đúng quy trình, công khai tại nhà văn hóa thôn.',
    });

    before = await h.counts(TABLES);
    const back = await c.patch(t.standing1, path, { status: 'in_progress' });
    expect(back.status).toBe(409);
    const erase = await c.patch(t.standing1, path, { findings: '' });
    expect(erase.status).toBe(422);
    expect(erase.body.error.fields).toHaveProperty('findings');
    expect(await h.counts(TABLES)).toEqual(before);
    // Setting the status it already has changes nothing and is not an error.
    expect((await c.patch(t.standing1, path, { status: 'concluded' })).status).toBe(200);
  });

  it('two people starting the same supervision at once: one moves it, the second concluding without findings is refused', async () => {
    const id = await makeSupervision(h, w, t.standing1);
    const path = `/api/v1/supervisions/${id}`;
    const [a, b] = await Promise.all([
      c.patch<Sup>(t.standing1, path, { status: 'in_progress' }),
      c.patch<Sup>(t.admin, path, { status: 'in_progress' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const audits = await h.db.execute<{ n: number }>(
      (await import('drizzle-orm'))
        .sql`select count(*)::int as n from audit_log where entity_id = ${id} and action = 'supervision.start'`,
    );
    // The second saw in_progress already (the row is locked while the first writes): one start, one plain update.
    expect(Number((audits as unknown as { rows: { n: number }[] }).rows[0]?.n)).toBe(1);
  });

  it('lists the commune’s supervisions with filters on kind, status and period', async () => {
    const crit = await makeSupervision(h, w, t.standing1, 'in_progress', {
      kind: 'social_criticism',
      subject: 'Dự thảo Nghị quyết HĐND xã về chỉnh trang nghĩa trang nhân dân',
      target: 'UBND xã',
      startDate: '2023-05-10',
      endDate: '2023-05-10',
    });
    const all = await c.get<{ items: Sup[] }>(t.village1, '/api/v1/supervisions');
    expect(all.status).toBe(200);
    expect(all.body.items.map((s) => s.id)).toContain(crit);
    const kindOnly = await c.get<{ items: Sup[] }>(t.standing1, '/api/v1/supervisions?kind=social_criticism');
    expect(kindOnly.body.items.map((s) => s.id)).toEqual([crit]);
    const may = await c.get<{ items: Sup[] }>(t.standing1, '/api/v1/supervisions?from=2023-05-01&to=2023-05-31');
    expect(may.body.items.map((s) => s.id)).toEqual([crit]);
    const planned = await c.get<{ items: Sup[] }>(t.standing1, '/api/v1/supervisions?status=planned');
    expect(planned.body.items.every((s) => s.status === 'planned')).toBe(true);
    expect(planned.body.items.length).toBeGreaterThan(0);
    const bad = await c.get(t.standing1, '/api/v1/supervisions?kind=audit&from=2023-13-01');
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(['from', 'kind']);
  });
});

describe('bad input is refused, naming the field, and writes nothing', () => {
  const cases: [string, (w: World) => Record<string, unknown>, number, string][] = [
    ['end before start', () => ({ startDate: '2023-03-15', endDate: '2023-03-01' }), 422, 'endDate'],
    ['a date that does not exist', () => ({ startDate: '2023-02-30' }), 422, 'startDate'],
    ['no subject', () => ({ subject: '   ' }), 422, 'subject'],
    ['a 10,000-character subject', () => ({ subject: 'x'.repeat(10_000) }), 422, 'subject'],
    ['an unknown kind', () => ({ kind: 'inspection' }), 422, 'kind'],
    ['a team member without a name', () => ({ team: [{ name: '', title: 'Ủy viên' }] }), 422, 'team.0.name'],
    ['a team that is not a list', () => ({ team: 'Nguyễn Văn A' }), 422, 'team'],
    ['communeId not a uuid', () => ({ communeId: 'x' }), 422, 'communeId'],
    ['a commune that does not exist', () => ({ communeId: '00000000-0000-4000-8000-000000000000' }), 404, 'communeId'],
    ['a village as the commune', (w) => ({ communeId: w.V1.id }), 404, 'communeId'],
    ['another province’s commune', (w) => ({ communeId: w.C3.id }), 404, 'communeId'],
  ];
  for (const [name, over, status, field] of cases) {
    it(name, async () => {
      const before = await h.counts(TABLES);
      const res = await c.post(t.standing1, '/api/v1/supervisions', { ...planBody(w), ...over(w) });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(Object.keys(res.body.error.fields ?? {})).toContain(field);
      expect(await h.counts(TABLES)).toEqual(before);
    });
  }
  it('PATCH: end before the stored start, an empty body, an unknown status', async () => {
    const id = await makeSupervision(h, w, t.standing1);
    const before = await h.counts(TABLES);
    const end = await c.patch(t.standing1, `/api/v1/supervisions/${id}`, { endDate: '2023-02-01' });
    expect(end.status).toBe(422);
    expect(end.body.error.fields).toHaveProperty('endDate');
    expect((await c.patch(t.standing1, `/api/v1/supervisions/${id}`, {})).status).toBe(422);
    const st = await c.patch(t.standing1, `/api/v1/supervisions/${id}`, { status: 'done' });
    expect(st.status).toBe(422);
    expect(st.body.error.fields).toHaveProperty('status');
    expect(await h.counts(TABLES)).toEqual(before);
  });
  it('malformed JSON is a 400 and an unknown supervision a 404', async () => {
    const raw = await h.request('POST', '/api/v1/supervisions', { token: t.standing1, raw: '{"subject":' });
    expect(raw.status).toBe(400);
    expect((await c.get(t.standing1, '/api/v1/supervisions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(
      (await c.patch(t.standing1, '/api/v1/supervisions/00000000-0000-4000-8000-000000000000', { subject: 'X' }))
        .status,
    ).toBe(404);
  });
});

describe('recommendations and their follow-up', () => {
  let sup = '';
  const recPath = () => `/api/v1/supervisions/${sup}/recommendations`;
  const step = (id: string, body: Record<string, unknown>, token = t.standing1) =>
    c.post<Rec>(token, `/api/v1/supervision-recommendations/${id}/transitions`, body);
  const add = (body: Record<string, unknown> = {}) =>
    c.post<Rec>(t.standing1, recPath(), {
      content: 'Rà soát, bổ sung 3 hộ cận nghèo bị sót vào danh sách hỗ trợ.',
      addressee: 'UBND xã',
      dueDate: '2023-04-15',
      date: '2023-03-16',
      ...body,
    });

  beforeAll(async () => {
    sup = await makeSupervision(h, w, t.standing1, 'in_progress');
  });

  it('are only issued once the supervision has started (409 while planned), numbered in order', async () => {
    const planned = await makeSupervision(h, w, t.standing1);
    const before = await h.counts(TABLES);
    const early = await c.post(t.standing1, `/api/v1/supervisions/${planned}/recommendations`, {
      content: 'X',
      addressee: 'UBND xã',
      date: '2023-03-01',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('supervision_not_started');
    expect(await h.counts(TABLES)).toEqual(before);

    const a = await add();
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(a.body).toMatchObject({ position: 1, status: 'issued', dueDate: '2023-04-15' });
    expect(a.body.history).toEqual([expect.objectContaining({ from: null, to: 'issued', date: '2023-03-16' })]);
    const b = await add({ content: 'Công khai danh sách hộ được hỗ trợ tại nhà văn hóa các thôn.', dueDate: null });
    expect(b.body.position).toBe(2);
    const after = await h.counts(TABLES);
    expect(after.supervision_recommendations).toBe((before.supervision_recommendations ?? 0) + 2);
    expect(after.supervision_events).toBe((before.supervision_events ?? 0) + 2);
    expect(after.audit_log).toBe((before.audit_log ?? 0) + 2);
  });

  it('bad recommendation input names the field and writes nothing', async () => {
    const before = await h.counts(TABLES);
    for (const [body, field] of [
      [{ content: '' }, 'content'],
      [{ addressee: '  ' }, 'addressee'],
      [{ dueDate: '2023-04-31' }, 'dueDate'],
      [{ dueDate: '2023-03-01' }, 'dueDate'],
      [{ date: '2999-01-01' }, 'date'],
    ] as const) {
      const res = await add(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.fields, JSON.stringify(body)).toHaveProperty(field);
    }
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('follow issued → sent → answered → closed, each step with its history and audit row', async () => {
    const r = (await add()).body;
    let before = await h.counts(TABLES);
    const sent = await step(r.id, { to: 'sent', date: '2023-03-20', note: 'Công văn số 05/CV-MTTQ' });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sent', sentAt: '2023-03-20' });
    const after = await h.counts(TABLES);
    expect(after.supervision_events).toBe((before.supervision_events ?? 0) + 1);
    expect(after.audit_log).toBe((before.audit_log ?? 0) + 1);

    before = after;
    const noAnswer = await step(r.id, { to: 'answered', date: '2023-04-10' });
    expect(noAnswer.status).toBe(422);
    expect(noAnswer.body.error.fields).toHaveProperty('answer');
    const blank = await step(r.id, { to: 'answered', answer: '   ' });
    expect(blank.status).toBe(422);
    expect(blank.body.error.fields).toHaveProperty('answer');
    const earlier = await step(r.id, { to: 'answered', date: '2023-03-19', answer: 'Đã bổ sung.' });
    expect(earlier.status).toBe(422);
    expect(earlier.body.error.fields).toHaveProperty('date');
    expect(await h.counts(TABLES)).toEqual(before);

    const answered = await step(r.id, {
      to: 'answered',
      date: '2023-04-10',
      answer: 'UBND xã đã bổ sung 3 hộ và trao quà ngày 05/4/2023.',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      status: 'answered',
      answeredAt: '2023-04-10',
      answer: 'UBND xã đã bổ sung 3 hộ và trao quà ngày 05/4/2023.',
      overdue: false,
    });
    const closed = await step(r.id, { to: 'closed', date: '2023-04-12', note: 'Đã thông báo tại hội nghị' });
    expect(closed.status).toBe(200);
    expect(closed.body.history.map((e) => `${e.from}>${e.to}@${e.date}`)).toEqual([
      'null>issued@2023-03-16',
      'issued>sent@2023-03-20',
      'sent>answered@2023-04-10',
      'answered>closed@2023-04-12',
    ]);
    const detail = await c.get<Sup>(t.viewer1, `/api/v1/supervisions/${sup}`);
    expect(detail.body.recommendationList.find((x) => x.id === r.id)?.history).toHaveLength(4);
  });

  it('out-of-order steps are 409 and write nothing; an answer is only given when answering', async () => {
    const r = (await add()).body;
    const before = await h.counts(TABLES);
    for (const to of ['answered', 'closed'] as const) {
      const res = await step(r.id, { to, answer: to === 'answered' ? 'Trả lời' : undefined });
      expect(res.status, to).toBe(409);
      expect(res.body.error.code).toBe('transition_order');
    }
    const stray = await step(r.id, { to: 'sent', answer: 'Không hợp lệ' });
    expect(stray.status).toBe(422);
    expect(stray.body.error.fields).toHaveProperty('answer');
    const unknown = await step(r.id, { to: 'issued' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields).toHaveProperty('to');
    expect(await h.counts(TABLES)).toEqual(before);
    expect((await step(r.id, { to: 'sent', date: '2023-03-20' })).status).toBe(200);
    const again = await step(r.id, { to: 'sent', date: '2023-03-21' });
    expect(again.status).toBe(409);
  });

  it('two identical steps at the same moment: one 200, one 409, one history row', async () => {
    const r = (await add()).body;
    const before = await h.counts(TABLES);
    const results = await Promise.all([
      step(r.id, { to: 'sent', date: '2023-03-20' }),
      step(r.id, { to: 'sent', date: '2023-03-20' }, t.admin),
    ]);
    expect(results.map((x) => x.status).sort()).toEqual([200, 409]);
    const after = await h.counts(TABLES);
    expect(after.supervision_events).toBe((before.supervision_events ?? 0) + 1);
    expect(after.audit_log).toBe((before.audit_log ?? 0) + 1);
    const answers = await Promise.all([
      step(r.id, { to: 'answered', date: '2023-04-01', answer: 'Một' }),
      step(r.id, { to: 'answered', date: '2023-04-01', answer: 'Hai' }),
    ]);
    expect(answers.map((x) => x.status).sort()).toEqual([200, 409]);
    const kept = answers.find((x) => x.status === 200)?.body.answer;
    const detail = await c.get<Sup>(t.standing1, `/api/v1/supervisions/${sup}`);
    expect(detail.body.recommendationList.find((x) => x.id === r.id)?.answer).toBe(kept);
  });

  it('is overdue past its due date until answered', async () => {
    const late = (await add({ dueDate: '2023-04-01' })).body;
    expect(late.overdue).toBe(true);
    expect((await step(late.id, { to: 'sent', date: '2023-03-20' })).body.overdue).toBe(true);
    expect((await step(late.id, { to: 'answered', date: '2023-04-20', answer: 'Đã thực hiện.' })).body.overdue).toBe(
      false,
    );
    const noDue = (await add({ dueDate: null })).body;
    expect(noDue.overdue).toBe(false);
  });

  it('only the standing committee follows them up; another commune’s recommendation is 404', async () => {
    const r = (await add()).body;
    for (const u of ['viewer1', 'orglead1', 'village1', 'upper1'] as const)
      expect((await step(r.id, { to: 'sent' }, t[u])).status, u).toBe(403);
    expect((await c.post(t.viewer1, recPath(), { content: 'X', addressee: 'Y', date: '2023-03-16' })).status).toBe(403);
    const foreignSup = await makeSupervision(h, w, t.admin, 'in_progress', { communeId: w.C3.id });
    const foreign = await c.post<Rec>(t.admin, `/api/v1/supervisions/${foreignSup}/recommendations`, {
      content: 'X',
      addressee: 'UBND xã Ba',
      date: '2023-03-16',
    });
    expect(foreign.status).toBe(201);
    expect((await step(foreign.body.id, { to: 'sent' })).status).toBe(404);
    expect((await step(foreign.body.id, { to: 'sent' }, t.upper1)).status).toBe(404);
    expect(
      (
        await c.post(t.standing1, `/api/v1/supervisions/${foreignSup}/recommendations`, {
          content: 'X',
          addressee: 'Y',
        })
      ).status,
    ).toBe(404);
    expect((await step('00000000-0000-4000-8000-000000000000', { to: 'sent' })).status).toBe(404);
  });
});

describe('summary for the review report and the indicator source', () => {
  it('counts sessions by kind and status, recommendations issued / answered / overdue, and lists them', async () => {
    // A commune of its own so the other tests' rows do not disturb the counts.
    const c2 = w.C2;
    const s1 = await makeSupervision(h, w, t.admin, 'concluded', {
      communeId: c2.id,
      startDate: '2023-03-01',
      endDate: '2023-03-15',
    });
    const s2 = await makeSupervision(h, w, t.admin, 'in_progress', {
      communeId: c2.id,
      kind: 'social_criticism',
      subject: 'Dự thảo Nghị quyết HĐND xã về quy hoạch chợ',
      startDate: '2023-05-10',
      endDate: '2023-05-12',
    });
    await makeSupervision(h, w, t.admin, 'planned', {
      communeId: c2.id,
      startDate: '2023-06-01',
      endDate: '2023-06-05',
    });
    await makeSupervision(h, w, t.admin, 'concluded', {
      communeId: c2.id,
      startDate: '2023-09-01',
      endDate: '2023-09-05',
    });
    const r1 = await c.post<Rec>(t.admin, `/api/v1/supervisions/${s1}/recommendations`, {
      content: 'A',
      addressee: 'UBND xã',
      dueDate: '2023-04-15',
      date: '2023-03-16',
    });
    await c.post<Rec>(t.admin, `/api/v1/supervisions/${s1}/recommendations`, {
      content: 'B',
      addressee: 'UBND xã',
      dueDate: '2023-04-15',
      date: '2023-03-16',
    });
    await c.post<Rec>(t.admin, `/api/v1/supervisions/${s2}/recommendations`, {
      content: 'C',
      addressee: 'HĐND xã',
      date: '2023-05-12',
    });
    await c.post(t.admin, `/api/v1/supervision-recommendations/${r1.body.id}/transitions`, {
      to: 'sent',
      date: '2023-03-20',
    });
    await c.post(t.admin, `/api/v1/supervision-recommendations/${r1.body.id}/transitions`, {
      to: 'answered',
      date: '2023-04-01',
      answer: 'Đã thực hiện',
    });

    type Summary = {
      supervision: Record<string, number>;
      socialCriticism: Record<string, number>;
      recommendations: Record<string, number>;
      items: { subject: string; kind: string; recommendations: number; startDate: string }[];
      text: string;
    };
    const res = await c.get<Summary>(
      t.upper1,
      `/api/v1/supervisions/summary?communeId=${c2.id}&from=2023-01-01&to=2023-06-30`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.supervision).toEqual({ planned: 1, in_progress: 0, concluded: 1, held: 1 });
    expect(res.body.socialCriticism).toEqual({ planned: 0, in_progress: 1, concluded: 0, held: 1 });
    expect(res.body.recommendations).toEqual({ issued: 3, answered: 1, overdue: 1 });
    expect(res.body.items.map((i) => [i.kind, i.startDate, i.recommendations])).toEqual([
      ['supervision', '2023-03-01', 2],
      ['social_criticism', '2023-05-10', 1],
      ['supervision', '2023-06-01', 0],
    ]);
    expect(res.body.text).toBe(
      'Tổ chức 1 cuộc giám sát, 1 hội nghị phản biện xã hội; nêu 3 kiến nghị, đã được trả lời 1, quá hạn chưa trả lời 1.',
    );
    // Scope and input.
    expect((await c.get(t.standing1, `/api/v1/supervisions/summary?communeId=${c2.id}`)).status).toBe(404);
    const bad = await c.get(t.admin, `/api/v1/supervisions/summary?communeId=${c2.id}&from=2023-06-30&to=2023-01-01`);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty('to');
    expect((await c.get(t.admin, '/api/v1/supervisions/summary')).body.error.fields).toHaveProperty('communeId');

    const held = indicatorSource('supervision.held');
    expect(held).toBeTruthy();
    const h1 = { unitPath: c2.path, from: '2023-01-01', to: '2023-06-30' };
    expect((await held?.compute(h.db, { params: {}, ...h1 }))?.value).toBe(2);
    expect((await held?.compute(h.db, { params: { kind: 'social_criticism' }, ...h1 }))?.value).toBe(1);
    expect((await held?.compute(h.db, { params: { kind: 'nope' }, ...h1 }))?.value).toBe(0);
    expect(
      (await held?.compute(h.db, { params: {}, unitPath: c2.path, from: '2023-01-01', to: '2023-12-31' }))?.value,
    ).toBe(3);
    expect((await held?.compute(h.db, { params: {}, ...h1, unitPath: w.P1.path }))?.value).toBeGreaterThan(2); // C1's sessions too
    expect(
      (await held?.compute(h.db, { params: {}, unitPath: w.C3.path, from: '2030-01-01', to: '2030-12-31' }))?.value,
    ).toBe(0);
  });
});

describe('the API description', () => {
  it('publishes the supervision paths in the OpenAPI document', async () => {
    const doc = (await h.request('GET', '/api/v1/openapi.json')).body as { paths: Record<string, unknown> };
    for (const p of [
      '/api/v1/supervisions',
      '/api/v1/supervisions/summary',
      '/api/v1/supervisions/{id}',
      '/api/v1/supervisions/{id}/recommendations',
      '/api/v1/supervision-recommendations/{id}/transitions',
      '/api/v1/supervisions/{id}/plan-document',
      '/api/v1/supervisions/{id}/report-document',
    ]) {
      expect(doc.paths, p).toHaveProperty([p]);
    }
  });
});
