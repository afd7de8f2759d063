import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../core/command';
import { createMeeting } from '../meetings/commands/create-meeting';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type Items,
  type World,
} from '../../testing/harness';
import { docxParagraphTexts } from '../documents/zip-read';
import type { ReportModel } from './types';

let h: Harness;
let w: World;
const t: Record<string, string> = {};
const TABLES = ['reports', 'outgoing_documents', 'register_counters'];
const H1 = { from: '2023-01-01', to: '2023-06-30' };
type Model = ReportModel & { canEdit: boolean; submittedAt: string | null } & ErrorBody;
type Listed = { id: string; status: string; number: string | null; unitId: string };

const post = (token: string | undefined, path: string, body?: unknown) =>
  h.request('POST', path, { token, body: body ?? {} }) as Promise<{ status: number; body: Model }>;
const get = (token: string | undefined, path: string) =>
  h.request('GET', path, { token }) as Promise<{ status: number; body: Model }>;
const patch = (token: string | undefined, id: string, body: unknown) =>
  h.request('PATCH', `/api/v1/reports/${id}`, { token, body }) as Promise<{ status: number; body: Model }>;
const create = async (token: string | undefined, body: Record<string, unknown> = {}) => {
  // confirm: true — several tests draft reports for a half-year that already has an issued one.
  const r = await post(token, '/api/v1/reports', { unitId: w.C1.id, type: 'half_year', ...H1, confirm: true, ...body });
  return r as { status: number; body: Model & Listed & { title: string } };
};
const allText = (m: ReportModel) =>
  m.sections.flatMap((s) => [...s.paragraphs.map((p) => p.text), ...(s.list ?? [])]).join('\n');
const paragraph = (m: ReportModel, key: string) => m.sections.flatMap((s) => s.paragraphs).find((p) => p.key === key);

async function ok<T>(p: Promise<{ status: number; body: unknown }>, status = 201): Promise<T> {
  const r = await p;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body as T;
}

const ind = { blood: '', registered: '', cremation: '' };
let driveId = '';
let fundId = '';

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1']) t[u] = await h.login(u);
  // Province-wide indicators, a district target for the commune, its split to the two villages, and results per
  // village.
  const indicator = (code: string, name: string, unitLabel: string, aggregation: string) =>
    ok<{ id: string }>(
      post(t.admin, '/api/v1/indicators', { ownerUnitId: w.P1.id, code, name, unitLabel, aggregation }),
    );
  ind.blood = (await indicator('HIEN_MAU', 'Hiến máu tình nguyện', 'đơn vị máu', 'count')).id;
  ind.registered = (await indicator('HIEN_MAU_DK', 'Người đăng ký hiến máu', 'người', 'count')).id;
  ind.cremation = (await indicator('HOA_TANG', 'Tang lễ thực hiện hỏa táng', 'ca', 'ratio')).id;
  const target = (indicatorId: string, unitId: string, value: number, assignedBy: unknown) =>
    ok(post(t.admin, '/api/v1/targets', { indicatorId, unitId, ...H1, value, assignedBy }));
  await target(ind.blood, w.C1.id, 40, { body: 'Ban Chỉ đạo hiến máu tình nguyện huyện' });
  await target(ind.blood, w.C2.id, 20, { body: 'Ban Chỉ đạo hiến máu tình nguyện huyện' });
  await target(ind.blood, w.V1.id, 20, { unitId: w.C1.id });
  await target(ind.blood, w.V2.id, 20, { unitId: w.C1.id });
  const entry = (indicatorId: string, unitId: string, value: number, extra: Record<string, unknown> = {}) =>
    ok(post(t.standing1, '/api/v1/entries', { indicatorId, unitId, date: '2023-03-26', value, ...extra }));
  await entry(ind.blood, w.V1.id, 25);
  await entry(ind.blood, w.V2.id, 19);
  await entry(ind.registered, w.V1.id, 60);
  await entry(ind.registered, w.V2.id, 50);
  await entry(ind.cremation, w.V1.id, 4, { denominator: 9 });
  await entry(ind.cremation, w.V2.id, 5, { denominator: 8 });
  // A fund drive with the district's plan and receipts in the half-year (and one after it).
  fundId = (
    await ok<{ id: string }>(
      post(t.standing1, '/api/v1/funds', { communeId: w.C1.id, name: 'Quỹ vì biển đảo Việt Nam' }),
    )
  ).id;
  driveId = (
    await ok<{ id: string }>(
      post(t.standing1, '/api/v1/drives', {
        fundId,
        name: 'Vận động năm 2023',
        ...H1,
        target: 45_300_000,
        assignedBy: { body: 'Ủy ban MTTQ huyện' },
      }),
    )
  ).id;
  const give = (amount: number, date: string, outOfPeriodReason?: string) =>
    ok(
      post(t.standing1, '/api/v1/donations', {
        fundId,
        driveId,
        donorName: 'Nhân dân thôn Một',
        donorKind: 'organization',
        amount,
        date,
        unitId: w.V1.id,
        outOfPeriodReason,
      }),
    );
  await give(50_000_000, '2023-05-15');
  await give(22_925_000, '2023-05-19');
  // After the drive (and the half-year): taken with a reason, and outside the report's period.
  await give(1_000_000, '2023-07-15', 'Thôn Một nộp chậm sau đợt');
});
afterAll(async () => h?.close());

describe('creating a report', () => {
  it('makes a draft of the half-year with the default title', async () => {
    const r = await create(t.standing1);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'draft', type: 'half_year', from: H1.from, to: H1.to, number: null });
    expect(r.body.title).toBe(
      'Báo cáo kết quả công tác Mặt trận 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2023',
    );
    const y = await create(t.standing1, { type: 'year', from: '2023-01-01', to: '2023-12-31' });
    expect(y.body.title).toBe('Báo cáo kết quả công tác Mặt trận năm 2023 và phương hướng, nhiệm vụ năm 2024');
    const h2 = await create(t.standing1, { from: '2023-07-01', to: '2023-12-31' });
    expect(h2.status).toBe(201);
  });

  const cases: [string, Record<string, unknown>, number, string][] = [
    ['a half-year from 1 Feb', { from: '2023-02-01' }, 422, 'from'],
    ['a half-year over two years', { from: '2023-07-01', to: '2024-06-30' }, 422, 'to'],
    ['a half-year ending 31 May', { to: '2023-05-31' }, 422, 'to'],
    ['a year ending 30 Jun', { type: 'year', to: '2023-06-30' }, 422, 'to'],
    ['a year from 1 Jul', { type: 'year', from: '2023-07-01', to: '2024-06-30' }, 422, 'from'],
    ['a custom period backwards', { type: 'custom', from: '2023-05-01', to: '2023-03-01' }, 422, 'to'],
    ['an impossible date', { from: '2023-02-30' }, 422, 'from'],
    ['an unknown type', { type: 'quarter' }, 422, 'type'],
    ['a unit id that is not a uuid', { unitId: 'x' }, 422, 'unitId'],
    ['a village as the unit', { unitId: 'V1' }, 404, 'unitId'],
    ['a commune of another province', { unitId: 'C3' }, 404, 'unitId'],
    ['a sibling commune', { unitId: 'C2' }, 404, 'unitId'],
    ['an unknown meeting', { meetingId: '00000000-0000-4000-8000-000000000000' }, 404, 'meetingId'],
    ['a title of 3 characters', { title: 'abc' }, 422, 'title'],
    ['a field the API does not know', { colour: 'red' }, 422, 'colour'],
  ];
  it.each(cases)('%s → %i naming %s, nothing written', async (_name, patchBody, status, field) => {
    const body = { ...patchBody };
    if (body.unitId === 'V1') body.unitId = w.V1.id;
    if (body.unitId === 'C3') body.unitId = w.C3.id;
    if (body.unitId === 'C2') body.unitId = w.C2.id;
    const before = await h.counts(TABLES);
    const r = await create(t.standing1, body);
    expect(r.status).toBe(status);
    expect(r.body.error.fields?.[field]).toBeTruthy();
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('takes the review conference of its own commune, not another one', async () => {
    const ctx = systemContext(h.db);
    const own = await createMeeting(ctx, {
      communeId: w.C1.id,
      type: 'half_year_review',
      title: 'Hội nghị sơ kết 6 tháng đầu năm 2023',
      date: '2023-07-06',
      chair: 'Nguyễn Văn An',
      status: 'held',
    });
    const other = await createMeeting(ctx, {
      communeId: w.C2.id,
      type: 'half_year_review',
      title: 'Hội nghị sơ kết xã Hai',
      date: '2023-07-06',
      status: 'held',
    });
    const r = await create(t.standing1, { meetingId: own.id });
    expect(r.status).toBe(201);
    const m = await get(t.standing1, `/api/v1/reports/${r.body.id}`);
    expect(m.body.meeting).toMatchObject({
      title: 'Hội nghị sơ kết 6 tháng đầu năm 2023',
      date: '2023-07-06',
      chair: 'Nguyễn Văn An',
    });
    expect(m.body.sections.at(-1)?.list?.length).toBeGreaterThan(0);
    const bad = await create(t.standing1, { meetingId: other.id });
    expect(bad.status).toBe(404);
    expect(bad.body.error.fields?.meetingId).toBeTruthy();
  });
});

describe('the model is built from the records', () => {
  it('writes the sentences and percentages of the entries and receipts', async () => {
    const { id } = (await create(t.standing1)).body;
    const m = (await get(t.standing1, `/api/v1/reports/${id}`)).body;
    const text = allText(m);
    // 25 + 19 = 44 units against 40: 110%; 60 + 50 registered; 9 of 17 cremations: 53%.
    expect(text).toContain(
      'hiến máu nhân đạo có 110 người đăng ký tham gia, kết quả đã hiến tặng 44/40 đơn vị máu, đạt 110% chỉ tiêu giao',
    );
    expect(text).toContain('6 tháng đầu năm có 9/17 ca thực hiện hỏa táng, đạt 53%');
    // 72.925.000 of 45.300.000 in the half-year (the July receipt is outside it): 161%.
    expect(text).toContain(
      'Vận động ủng hộ “Quỹ vì biển đảo Việt Nam” tổng số tiền là 72.925.000 đồng, đạt 161% KH huyện giao',
    );
    // V1 25/20 met, V2 19/20 not.
    expect(text).toContain('hiến máu tình nguyện có 1/2 thôn đạt chỉ tiêu');
    const table = m.sections.flatMap((s) => s.tables).find((tb) => tb.key === 'indicators');
    expect(table?.rows).toContainEqual([
      expect.any(Number),
      'Hiến máu tình nguyện',
      'đơn vị máu',
      44,
      40,
      'Ban Chỉ đạo hiến máu tình nguyện huyện',
      '110%',
      '1/2',
    ]);
    expect(m.figures).toContainEqual(
      expect.objectContaining({ key: 'indicator.HIEN_MAU', value: 44, target: 40, percent: 110 }),
    );
    expect(m.indicators.find((i) => i.code === 'HIEN_MAU')?.met).toMatchObject({
      count: 1,
      of: 2,
      text: '1/2 thôn đạt chỉ tiêu',
    });
    // The next period's tasks name the target not yet met? (all met here) — and a default list exists.
    expect(m.tasks.length).toBeGreaterThan(3);
    expect(m.sections.at(-1)?.heading).toBe('II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2023');
  });

  it('changes when a new entry is recorded (a draft is never frozen)', async () => {
    const { id } = (await create(t.standing1)).body;
    await ok(
      post(t.standing1, '/api/v1/entries', { indicatorId: ind.blood, unitId: w.V2.id, date: '2023-06-10', value: 2 }),
    );
    const m = (await get(t.standing1, `/api/v1/reports/${id}`)).body;
    expect(paragraph(m, 'targets.HIEN_MAU')?.text).toContain('46/40 đơn vị máu, đạt 115% chỉ tiêu giao');
    expect(allText(m)).toContain('2/2 thôn đạt chỉ tiêu');
  });
});

describe('editing a draft', () => {
  it('replaces a paragraph, keeps the generated text, and resets with null', async () => {
    const { id } = (await create(t.standing1)).body;
    const edited = await patch(t.standing1, id, {
      edits: { 'propaganda.intro': 'Đoạn mở đầu do cán bộ viết lại.' },
      tasks: ['Nhiệm vụ thứ nhất.', 'Nhiệm vụ thứ hai.'],
      signerName: 'Nguyễn Văn An',
      recipients: ['BTT UBMTTQ tỉnh;', 'Lưu: VT.'],
    });
    expect(edited.status).toBe(200);
    const p = paragraph(edited.body, 'propaganda.intro');
    expect(p).toMatchObject({ text: 'Đoạn mở đầu do cán bộ viết lại.', edited: true });
    expect(p?.generated).toContain('đã bám sát nhiệm vụ chính trị');
    expect(edited.body.tasks).toEqual(['Nhiệm vụ thứ nhất.', 'Nhiệm vụ thứ hai.']);
    expect(edited.body.signer).toEqual({ name: 'Nguyễn Văn An', position: 'CHỦ TỊCH' });
    const reset = await patch(t.standing1, id, { edits: { 'propaganda.intro': null }, tasks: null });
    expect(paragraph(reset.body, 'propaganda.intro')).toMatchObject({ edited: false });
    expect(paragraph(reset.body, 'propaganda.intro')?.text).toBe(p?.generated);
    expect(reset.body.tasks.length).toBeGreaterThan(3);
    // The figures still come from the records: an edit of one paragraph leaves the others generated.
    expect(paragraph(reset.body, 'targets.HIEN_MAU')?.edited).toBe(false);
  });

  const bad: [string, unknown, string][] = [
    ['an unknown paragraph key', { edits: { 'khong.co': 'x' } }, 'edits.khong.co'],
    ['an empty paragraph', { edits: { 'propaganda.intro': '   ' } }, 'edits.propaganda.intro'],
    ['tasks not a list', { tasks: 'làm tốt' }, 'tasks'],
    ['a task of 1 character', { tasks: ['x'] }, 'tasks.0'],
    ['a one-letter signer', { signerName: 'A' }, 'signerName'],
    ['a short title', { title: 'Ngắn' }, 'title'],
    ['an unknown field', { status: 'issued' }, 'status'],
  ];
  it.each(bad)('%s → 422 naming %s, nothing written', async (_n, body, field) => {
    const { id } = (await create(t.standing1)).body;
    const before = await h.counts(TABLES);
    const r = await patch(t.standing1, id, body);
    expect(r.status).toBe(422);
    expect(r.body.error.fields?.[field]).toBeTruthy();
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('issuing freezes the report', () => {
  it('takes a BC number, and later data changes never alter the issued report', async () => {
    const { id } = (await create(t.standing1)).body;
    const issued = await post(t.standing1, `/api/v1/reports/${id}/issue`, {
      date: '2023-07-06',
      signerName: 'Nguyễn Văn An',
    });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({
      status: 'issued',
      number: '01/BC-MTTQ-BTT',
      date: '2023-07-06',
      signer: { name: 'Nguyễn Văn An' },
    });
    const reg = await h.db.execute(
      sql`select number, source_kind, source_id::text as source_id, summary from outgoing_documents where source_id = ${id}`,
    );
    expect((reg as unknown as { rows: unknown[] }).rows).toEqual([
      {
        number: '01/BC-MTTQ-BTT',
        source_kind: 'report',
        source_id: id,
        summary: 'Kết quả công tác Mặt trận 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2023',
      },
    ]);
    const frozen = paragraph(issued.body, 'targets.HIEN_MAU')?.text;
    const frozenFunds = paragraph(issued.body, 'welfare.funds')?.text;
    // New data after issuing: an entry and a receipt inside the period.
    await ok(
      post(t.standing1, '/api/v1/entries', { indicatorId: ind.blood, unitId: w.V1.id, date: '2023-06-20', value: 10 }),
    );
    await ok(
      post(t.standing1, '/api/v1/donations', {
        fundId,
        driveId,
        donorName: 'Ông Một',
        donorKind: 'person',
        amount: 5_000_000,
        date: '2023-06-01',
      }),
    );
    const again = (await get(t.standing1, `/api/v1/reports/${id}`)).body;
    expect(paragraph(again, 'targets.HIEN_MAU')?.text).toBe(frozen);
    expect(paragraph(again, 'welfare.funds')?.text).toBe(frozenFunds);
    expect(again.number).toBe('01/BC-MTTQ-BTT');
    const fresh = (await get(t.standing1, `/api/v1/reports/${(await create(t.standing1)).body.id}`)).body;
    expect(paragraph(fresh, 'targets.HIEN_MAU')?.text).not.toBe(frozen);
    expect(paragraph(fresh, 'welfare.funds')?.text).toContain('77.925.000 đồng, đạt 172% KH huyện giao');
    // A second issue, and edits after issuing: 409, nothing written.
    const before = await h.counts(TABLES);
    expect((await post(t.standing1, `/api/v1/reports/${id}/issue`, { date: '2023-07-07' })).status).toBe(409);
    expect((await patch(t.standing1, id, { tasks: ['Nhiệm vụ mới sau ban hành.'] })).status).toBe(409);
    expect(await h.counts(TABLES)).toEqual(before);
    // 12.14: a second report for a half-year already issued is a 409 warning unless confirmed.
    const twice = (await create(t.standing1, { confirm: undefined })) as unknown as {
      status: number;
      body: { error: { code: string; fields?: Record<string, string> } };
    };
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('period_already_reported');
    expect(Object.keys(twice.body.error.fields ?? {})).toEqual(['confirm']);
    expect(await h.counts(TABLES)).toEqual(before);
    // The next report of the year (confirmed) takes the next number.
    const next = (await create(t.standing1)).body.id;
    expect((await post(t.standing1, `/api/v1/reports/${next}/issue`, { date: '2023-07-10' })).body.number).toBe(
      '02/BC-MTTQ-BTT',
    );
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['no date', {}, 'date'],
    ['a date after today', { date: '2099-01-01' }, 'date'],
    ['a date before the period', { date: '2022-12-31' }, 'date'],
    ['an impossible date', { date: '2023-06-31' }, 'date'],
  ];
  it.each(bad)('%s → 422 naming %s, no number taken', async (_n, body, field) => {
    const { id } = (await create(t.standing1)).body;
    const before = await h.counts(TABLES);
    const r = await post(t.standing1, `/api/v1/reports/${id}/issue`, body);
    expect(r.status).toBe(422);
    expect(r.body.error.fields?.[field]).toBeTruthy();
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('submits once, only when issued', async () => {
    const { id } = (await create(t.standing1)).body;
    expect((await post(t.standing1, `/api/v1/reports/${id}/submit`)).status).toBe(409);
    await post(t.standing1, `/api/v1/reports/${id}/issue`, { date: '2023-07-06' });
    const s = await post(t.standing1, `/api/v1/reports/${id}/submit`);
    expect(s.status).toBe(200);
    expect(s.body.submittedAt).toBeTruthy();
    expect((await post(t.standing1, `/api/v1/reports/${id}/submit`)).status).toBe(409);
  });
});

describe('scope', () => {
  let draft = '';
  let submitted = '';
  let other = '';
  beforeAll(async () => {
    draft = (await create(t.standing1)).body.id;
    submitted = (await create(t.standing1)).body.id;
    await post(t.standing1, `/api/v1/reports/${submitted}/issue`, { date: '2023-07-06' });
    await post(t.standing1, `/api/v1/reports/${submitted}/submit`);
    other = (await ok<{ id: string }>(post(t.admin, '/api/v1/reports', { unitId: w.C3.id, type: 'half_year', ...H1 })))
      .id;
  });

  it.each([
    ['admin', 200, 200, 200],
    ['standing1', 200, 200, 404],
    ['viewer1', 200, 200, 404],
    ['upper1', 404, 200, 404],
    ['orglead1', 404, 404, 404],
    ['village1', 404, 404, 404],
  ])('%s reads a draft → %i, a submitted report → %i, another province’s → %i', async (user, d, s, o) => {
    expect((await get(t[user], `/api/v1/reports/${draft}`)).status).toBe(d);
    expect((await get(t[user], `/api/v1/reports/${submitted}`)).status).toBe(s);
    expect((await get(t[user], `/api/v1/reports/${other}`)).status).toBe(o);
    expect((await h.request('GET', `/api/v1/reports/${draft}/document.docx`, { token: t[user] })).status).toBe(d);
    expect((await h.request('GET', `/api/v1/reports/${submitted}/document.docx`, { token: t[user] })).status).toBe(s);
  });

  it('lists only what each role may read', async () => {
    const ids = async (user: string) =>
      ((await h.request('GET', '/api/v1/reports', { token: t[user] })).body as Items<Listed>).items.map((r) => r.id);
    expect(await ids('standing1')).toEqual(expect.arrayContaining([draft, submitted]));
    expect(await ids('standing1')).not.toContain(other);
    const upper = await ids('upper1');
    expect(upper).toContain(submitted);
    expect(upper).not.toContain(draft);
    expect(upper).not.toContain(other);
    expect(await ids('orglead1')).toEqual([]);
    expect(await ids('village1')).toEqual([]);
    expect(await ids('admin')).toEqual(expect.arrayContaining([draft, submitted, other]));
  });

  it.each([
    ['standing1', 'C1', 201],
    ['standing1', 'C2', 404],
    ['standing1', 'C3', 404],
    ['viewer1', 'C1', 403],
    ['upper1', 'C1', 403],
    ['upper1', 'C3', 404],
    ['upper1', 'P1', 201],
    ['upper1', 'P2', 404],
    ['orglead1', 'C1', 404],
    ['village1', 'C1', 404],
  ] as const)('%s creating a report of %s → %i', async (user, unit, status) => {
    const before = await h.counts(TABLES);
    const r = await post(t[user], '/api/v1/reports', { unitId: w[unit].id, type: 'half_year', ...H1, confirm: true });
    expect(r.status).toBe(status);
    if (status !== 201) expect(await h.counts(TABLES)).toEqual(before);
  });

  it.each([
    ['viewer1', 403],
    ['upper1', 404],
    ['orglead1', 404],
    ['village1', 404],
  ])('%s editing, issuing or submitting a commune draft → %i, nothing written', async (user, status) => {
    const before = await h.counts(TABLES);
    expect((await patch(t[user], draft, { signerName: 'Người Khác' })).status).toBe(status);
    expect((await post(t[user], `/api/v1/reports/${draft}/issue`, { date: '2023-07-06' })).status).toBe(status);
    expect((await post(t[user], `/api/v1/reports/${draft}/submit`)).status).toBe(status);
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('the province roll-up', () => {
  it('lists who submitted and adds up the submitted figures', async () => {
    // Xã Hai: 12 units of blood against 20, report issued and submitted by an admin on its behalf.
    await ok(
      post(t.admin, '/api/v1/entries', { indicatorId: ind.blood, unitId: w.V3.id, date: '2023-04-01', value: 12 }),
    );
    const c2 = (
      await ok<{ id: string }>(post(t.admin, '/api/v1/reports', { unitId: w.C2.id, type: 'half_year', ...H1 }))
    ).id;
    await ok(post(t.admin, `/api/v1/reports/${c2}/issue`, { date: '2023-07-08' }), 200);
    const q = `provinceId=${w.P1.id}&type=half_year&from=${H1.from}&to=${H1.to}`;
    const before = (await h.request('GET', `/api/v1/reports/rollup?${q}`, { token: t.upper1 })).body as {
      communes: { unitId: string; submitted: boolean }[];
    };
    expect(before.communes.find((c) => c.unitId === w.C2.id)?.submitted).toBe(false);
    await ok(post(t.admin, `/api/v1/reports/${c2}/submit`), 200);
    const r = await h.request('GET', `/api/v1/reports/rollup?${q}`, { token: t.upper1 });
    expect(r.status).toBe(200);
    type Cell = { value: number; target?: number; percent: string | null } | null;
    const body = r.body as {
      submitted: number;
      communes: { unitId: string; submitted: boolean; report: { number: string } | null }[];
      columns: { unitId: string }[];
      rows: { key: string; cells: Cell[]; total: NonNullable<Cell> }[];
    };
    expect(body.communes.map((c) => c.unitId).sort()).toEqual([w.C1.id, w.C2.id].sort());
    expect(body.communes.every((c) => c.submitted)).toBe(true);
    expect(body.communes.find((c) => c.unitId === w.C2.id)?.report?.number).toBe('01/BC-MTTQ-BTT');
    const blood = body.rows.find((x) => x.key === 'indicator.HIEN_MAU');
    const i1 = body.columns.findIndex((c) => c.unitId === w.C1.id);
    const i2 = body.columns.findIndex((c) => c.unitId === w.C2.id);
    // C1's newest submitted report froze 44 + 2 + 10 = 56 of 40 (the issued one in "scope"); C2 12 of 20.
    expect(blood?.cells[i2]).toMatchObject({ value: 12, target: 20, percent: '60' });
    const c1 = blood?.cells[i1];
    expect(blood?.total).toMatchObject({ value: (c1?.value ?? 0) + 12, target: 60 });
    const xlsx = await h.app.request(`/api/v1/reports/rollup.xlsx?${q}`, {
      headers: { authorization: `Bearer ${t.upper1}` },
    });
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const cells = wb.worksheets[0]?.getSheetValues().flat().map(String) ?? [];
    expect(cells).toContain('Hiến máu tình nguyện');
    expect(cells).toContain('Xã Hai');
  });

  it.each([
    ['standing1', 'P1', 404],
    ['viewer1', 'P1', 404],
    ['orglead1', 'P1', 404],
    ['upper1', 'P2', 404],
    ['upper1', 'C1', 404],
    ['admin', 'P2', 200],
  ] as const)('%s asking the roll-up of %s → %i', async (user, unit, status) => {
    const r = await h.request(
      'GET',
      `/api/v1/reports/rollup?provinceId=${w[unit].id}&type=half_year&from=${H1.from}&to=${H1.to}`,
      { token: t[user] },
    );
    expect(r.status).toBe(status);
  });

  it('rejects a bad period naming the field', async () => {
    const r = await h.request(
      'GET',
      `/api/v1/reports/rollup?provinceId=${w.P1.id}&type=half_year&from=2023-01-01&to=2023-05-31`,
      { token: t.upper1 },
    );
    expect(r.status).toBe(422);
    expect((r.body as ErrorBody).error.fields?.to).toBeTruthy();
  });
});

describe('files', () => {
  it('prints a draft with a blank number and an issued one with its number', async () => {
    const { id } = (await create(t.standing1)).body;
    const draft = await h.app.request(`/api/v1/reports/${id}/document.docx`, {
      headers: { authorization: `Bearer ${t.standing1}` },
    });
    expect(draft.status).toBe(200);
    const lines = docxParagraphTexts(Buffer.from(await draft.arrayBuffer()));
    expect(lines).toContain('Số:      /BC-MTTQ-BTT');
    expect(lines).toContain('BÁO CÁO');
    await post(t.standing1, `/api/v1/reports/${id}/issue`, { date: '2023-07-06' });
    const issued = docxParagraphTexts(
      Buffer.from(
        await (
          await h.app.request(`/api/v1/reports/${id}/document.docx`, {
            headers: { authorization: `Bearer ${t.standing1}` },
          })
        ).arrayBuffer(),
      ),
    );
    expect(issued.some((l) => /^Số: \d{2}\/BC-MTTQ-BTT$/.test(l))).toBe(true);
    expect(issued).toContain('Hồng Sơn, ngày 06 tháng 7 năm 2023'.replace('Hồng Sơn', 'Xã Một'));
    const xlsx = await h.app.request(`/api/v1/reports/${id}/annex.xlsx`, {
      headers: { authorization: `Bearer ${t.standing1}` },
    });
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((s) => s.name)).toContain('Kết quả thực hiện các chỉ tiêu');
    const values = wb.getWorksheet('Kết quả thực hiện các chỉ tiêu')?.getSheetValues().flat().map(String) ?? [];
    expect(values).toContain('Hiến máu tình nguyện');
  });
});
