import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type World,
} from '../../testing/harness';

let h: Harness;
let w: World;
type Who =
  | 'admin'
  | 'upper1'
  | 'standing1'
  | 'orglead1'
  | 'village1'
  | 'viewer1'
  | 'target_sibling'
  | 'target_province';
const t = {} as Record<Who, string>;
const TABLES = ['report_forms', 'report_form_versions', 'report_submissions'];

type Form = {
  id: string;
  version: number;
  fields: { key: string }[];
  validFrom: string;
  can: { edit: boolean; fill: boolean };
};
type Sub = {
  id: string;
  status: string;
  version: number;
  isCurrent: boolean;
  values: Record<string, unknown>;
  warnings: { field: string; message: string }[];
  returnComment: string | null;
  late: boolean;
  history: { id: string; version: number; status: string; values: Record<string, unknown> }[];
  can: { edit: boolean; submit: boolean; review: boolean; correct: boolean };
};
type Completeness = { items: { unitId: string; status: string; late: boolean }[] };

const req = <T>(method: string, token: string | undefined, path: string, body?: unknown) =>
  h.request(method, path, { token, body }) as Promise<{ status: number; body: T & ErrorBody }>;

const FIELDS = [
  { key: 'meetings', label: 'Số cuộc họp', type: 'count', required: true, sum: true },
  { key: 'people', label: 'Số người tham gia', type: 'count', min: 0, max: 100000, sum: true },
  { key: 'women', label: 'Trong đó: nữ', type: 'count', ofKey: 'people', sum: true },
  { key: 'raised', label: 'Số tiền vận động', type: 'money', sum: true },
  { key: 'note', label: 'Ghi chú', type: 'text' },
  { key: 'done', label: 'Đã tổ chức ngày hội', type: 'boolean' },
  { key: 'level', label: 'Mức độ', type: 'choice', choices: ['Tốt', 'Khá', 'Trung bình'] },
];

async function defineForm(body: Record<string, unknown> = {}, token = t.upper1) {
  const res = await req<Form>('POST', token, '/api/v1/report-forms', {
    ownerUnitId: w.P1.id,
    title: 'Báo cáo tháng công tác Mặt trận',
    periodKind: 'month',
    fillers: ['commune', 'village', 'organization'],
    fields: FIELDS,
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
const start = (formId: string, unitId: string, period: string, values: Record<string, unknown>, token = t.village1) =>
  req<Sub>('POST', token, '/api/v1/report-submissions', { formId, unitId, period, values });
const move = (id: string, to: string, token: string, comment?: string) =>
  req<Sub>('POST', token, `/api/v1/report-submissions/${id}/transitions`, { to, comment });
const completeness = (formId: string, period: string, token: string) =>
  req<Completeness>('GET', token, `/api/v1/report-forms/${formId}/completeness?period=${period}`);

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of [
    'upper1',
    'standing1',
    'orglead1',
    'village1',
    'viewer1',
    'target_sibling',
    'target_province',
  ] as const)
    t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('the contract of API.md (Additions 2026-12)', () => {
  it('form, draft, patch, submit, 409 on edit, accept, 409 out of order, completeness', async () => {
    // Fields exactly as API.md lists them: key, label, type (a choice without its options takes any text).
    const form = await defineForm({
      fillers: 'village',
      fields: FIELDS.map(({ key, label, type }) => ({ key, label, type })),
    });
    expect(form.version).toBe(1);
    const draft = await start(form.id, w.V1.id, '2025-03', { meetings: 2, level: 'Khá' });
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe('draft');
    const id = draft.body.id;
    expect(
      (await req<Sub>('PATCH', t.village1, `/api/v1/report-submissions/${id}`, { values: { people: 40 } })).status,
    ).toBe(200);
    expect((await move(id, 'accepted', t.standing1)).status).toBe(409);
    const sent = await move(id, 'submitted', t.village1);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.values).toEqual({ meetings: 2, level: 'Khá', people: 40 });
    expect(
      (await req('PATCH', t.village1, `/api/v1/report-submissions/${id}`, { values: { people: 41 } })).status,
    ).toBe(409);
    expect((await move(id, 'accepted', t.standing1)).body.status).toBe('accepted');
    expect((await move(id, 'accepted', t.standing1)).status).toBe(409);
    expect((await move(id, 'submitted', t.village1)).status).toBe(409);
    expect(
      (await req('PATCH', t.village1, `/api/v1/report-submissions/${id}`, { values: { people: 41 } })).status,
    ).toBe(409);
    const c = await completeness(form.id, '2025-03', t.standing1);
    expect(c.status).toBe(200);
    expect(c.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: w.V1.id, status: 'accepted' }),
        expect.objectContaining({ unitId: w.V2.id, status: 'missing' }),
      ]),
    );
    // A province form with village fillers lists every village of the province, never another province's.
    expect(c.body.items.map((i) => i.unitId)).not.toContain(w.V4.id);
  });

  it('returned with a comment, then submitted again; a return without a comment names the field', async () => {
    const form = await defineForm();
    const { body: s } = await start(form.id, w.V1.id, '2025-04', { meetings: 1 });
    await move(s.id, 'submitted', t.village1);
    const bare = await move(s.id, 'returned', t.standing1);
    expect(bare.status).toBe(422);
    expect(bare.body.error.fields).toHaveProperty('comment');
    const back = await move(s.id, 'returned', t.standing1, 'Thiếu số người tham gia');
    expect(back.body).toMatchObject({ status: 'returned', returnComment: 'Thiếu số người tham gia' });
    expect(
      (await completeness(form.id, '2025-04', t.upper1)).body.items.find((i) => i.unitId === w.V1.id)?.status,
    ).toBe('returned');
    expect(
      (await req('PATCH', t.village1, `/api/v1/report-submissions/${s.id}`, { values: { people: 12 } })).status,
    ).toBe(200);
    expect((await move(s.id, 'submitted', t.village1)).body.status).toBe('submitted');
    // The village may not review its own report; the province does not review a village's.
    expect((await move(s.id, 'accepted', t.village1)).status).toBe(403);
    expect((await move(s.id, 'accepted', t.upper1)).status).toBe(403);
    expect((await move(s.id, 'accepted', t.standing1)).status).toBe(200);
  });
});

describe('rules: 4xx naming the field, nothing written', () => {
  let form: Form;
  beforeAll(async () => {
    form = await defineForm();
  });

  it('out of range, of-which above its total, wrong type, unknown field, unknown choice', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ people: 100001 }, 'values.people'],
      [{ people: 10, women: 11 }, 'values.women'],
      [{ meetings: 1.5 }, 'values.meetings'],
      [{ raised: -5 }, 'values.raised'],
      [{ note: 3 }, 'values.note'],
      [{ bogus: 1 }, 'values.bogus'],
      [{ level: 'Xuất sắc' }, 'values.level'],
    ];
    for (const [values, field] of cases) {
      const body = (await h.expectRefused(422, TABLES, () => start(form.id, w.V1.id, '2025-05', values))) as ErrorBody;
      expect(body.error.fields, JSON.stringify(values)).toHaveProperty([field]);
    }
  });

  it('a period not yet open, a malformed period, another unit, a unit outside the form', async () => {
    const future = (await h.expectRefused(422, TABLES, () => start(form.id, w.V1.id, '2099-01', {}))) as ErrorBody;
    expect(future.error.fields).toHaveProperty('period');
    const bad = (await h.expectRefused(422, TABLES, () => start(form.id, w.V1.id, '2025-13', {}))) as ErrorBody;
    expect(bad.error.fields).toHaveProperty('period');
    const other = (await h.expectRefused(404, TABLES, () => start(form.id, w.V2.id, '2025-05', {}))) as ErrorBody;
    expect(other.error.fields).toHaveProperty('unitId');
    const foreign = (await h.expectRefused(404, TABLES, () =>
      start(form.id, w.V4.id, '2025-05', {}, t.admin),
    )) as ErrorBody;
    expect(foreign.error.fields).toHaveProperty('unitId');
    // The commune's viewer reads but does not fill.
    const viewer = (await h.expectRefused(403, TABLES, () =>
      start(form.id, w.V1.id, '2025-05', {}, t.viewer1),
    )) as ErrorBody;
    expect(viewer.error.fields).toHaveProperty('unitId');
  });

  it('required fields are checked on submitting, not on saving a draft', async () => {
    const { body: s } = await start(form.id, w.V1.id, '2025-06', { people: 5 });
    const res = await move(s.id, 'submitted', t.village1);
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toHaveProperty(['values.meetings']);
    expect((await req<Sub>('GET', t.village1, `/api/v1/report-submissions/${s.id}`)).body.status).toBe('draft');
  });

  it('a bad form definition: duplicate key, of-which of an unknown field, unknown source, province owner for a commune', async () => {
    const dup = await req('POST', t.upper1, '/api/v1/report-forms', {
      ownerUnitId: w.P1.id,
      title: 'X',
      periodKind: 'week',
      fillers: 'commune',
      fields: [
        { key: 'a', label: 'A', type: 'count' },
        { key: 'a', label: 'B', type: 'count', ofKey: 'zz' },
        { key: 'c', label: 'C', type: 'count', source: 'no.such' },
      ],
    });
    expect(dup.status).toBe(422);
    expect(Object.keys(dup.body.error.fields ?? {})).toEqual(
      expect.arrayContaining(['fields.1.key', 'fields.1.ofKey', 'fields.2.source']),
    );
    const notMine = await req('POST', t.standing1, '/api/v1/report-forms', {
      ownerUnitId: w.P1.id,
      title: 'X',
      periodKind: 'week',
      fillers: 'village',
      fields: [{ key: 'a', label: 'A', type: 'count' }],
    });
    // The province is not in a commune's scope: 404 naming the owner.
    expect(notMine.status).toBe(404);
    expect(notMine.body.error.fields).toHaveProperty('ownerUnitId');
  });
});

describe('history, versions, warnings', () => {
  it('a correction after acceptance is a new version with its reason; the province keeps seeing the accepted one', async () => {
    const form = await defineForm();
    const { body: s } = await start(form.id, w.C1.id, '2025-02', { meetings: 3, people: 90 }, t.standing1);
    await move(s.id, 'submitted', t.standing1);
    expect((await move(s.id, 'accepted', t.standing1)).status).toBe(403);
    expect((await move(s.id, 'accepted', t.upper1)).status).toBe(200);
    const noReason = await req('POST', t.standing1, `/api/v1/report-submissions/${s.id}/corrections`, { values: {} });
    expect(noReason.status).toBe(422);
    const fix = await req<Sub>('POST', t.standing1, `/api/v1/report-submissions/${s.id}/corrections`, {
      reason: 'Cộng nhầm số người',
      values: { people: 95 },
    });
    expect(fix.status, JSON.stringify(fix.body)).toBe(201);
    expect(fix.body).toMatchObject({ version: 2, status: 'draft', isCurrent: true });
    expect(fix.body.history.map((v) => [v.version, v.status])).toEqual([
      [1, 'accepted'],
      [2, 'draft'],
    ]);
    const seen = await completeness(form.id, '2025-02', t.upper1);
    expect(seen.body.items.find((i) => i.unitId === w.C1.id)?.status).toBe('accepted');
    expect((await req('GET', t.upper1, `/api/v1/report-submissions/${fix.body.id}`)).status).toBe(404);
    const old = await req<Sub>('GET', t.upper1, `/api/v1/report-submissions/${s.id}`);
    expect(old.body).toMatchObject({ isCurrent: false, values: { meetings: 3, people: 90 } });
    expect(
      (await req('POST', t.standing1, `/api/v1/report-submissions/${s.id}/corrections`, { reason: 'lại' })).status,
    ).toBe(409);
  });

  it('a change of fields applies from the next period; earlier periods keep theirs', async () => {
    const form = await defineForm({ fillers: 'commune' });
    const res = await req<Form>('PATCH', t.upper1, `/api/v1/report-forms/${form.id}`, {
      fields: [...FIELDS, { key: 'youth', label: 'Thanh niên', type: 'count' }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.validFrom > '2026-11').toBe(true);
    const past = await start(form.id, w.C1.id, '2025-01', { youth: 3 }, t.standing1);
    expect(past.status).toBe(422);
    expect(past.body.error.fields).toHaveProperty(['values.youth']);
    expect((await req('PATCH', t.standing1, `/api/v1/report-forms/${form.id}`, { title: 'Đổi' })).status).toBe(403);
  });

  it('warns (does not refuse) a value far from the unit’s earlier periods', async () => {
    const form = await defineForm({ fillers: 'village' });
    for (const [p, people] of [
      ['2025-01', 40],
      ['2025-02', 50],
    ] as const) {
      const { body } = await start(form.id, w.V1.id, p, { meetings: 1, people });
      await move(body.id, 'submitted', t.village1);
    }
    const odd = await start(form.id, w.V1.id, '2025-03', { meetings: 1, people: 900 });
    expect(odd.status).toBe(201);
    expect(odd.body.warnings).toEqual([expect.objectContaining({ field: 'people' })]);
  });
});

describe('two people submitting the same unit and period at once', () => {
  it('one is stored, the other told 409', async () => {
    const form = await defineForm({ fillers: 'commune' });
    const tries = await Promise.all([
      start(form.id, w.C1.id, '2025-07', { meetings: 1 }, t.standing1),
      start(form.id, w.C1.id, '2025-07', { meetings: 2 }, t.standing1),
    ]);
    expect(tries.map((r) => r.status).sort()).toEqual([201, 409]);
    const rows = await req<{ items: Sub[] }>(
      'GET',
      t.standing1,
      `/api/v1/report-submissions?formId=${form.id}&period=2025-07`,
    );
    expect(rows.body.items).toHaveLength(1);
  });
});

describe('scope', () => {
  let form: Form;
  let v1: string;
  let v2: string;
  beforeAll(async () => {
    form = await defineForm();
    v1 = (await start(form.id, w.V1.id, '2025-08', { meetings: 1 })).body.id;
    v2 = (await start(form.id, w.V2.id, '2025-08', { meetings: 1 }, t.target_sibling)).body.id;
  });

  it('a village reads its own only; the commune reads its villages’ drafts; the province never reads drafts', async () => {
    expect((await req('GET', t.village1, `/api/v1/report-submissions/${v1}`)).status).toBe(200);
    expect((await req('GET', t.village1, `/api/v1/report-submissions/${v2}`)).status).toBe(404);
    expect((await req('GET', t.standing1, `/api/v1/report-submissions/${v2}`)).status).toBe(200);
    expect((await req('GET', t.viewer1, `/api/v1/report-submissions/${v2}`)).status).toBe(200);
    expect((await req('GET', t.upper1, `/api/v1/report-submissions/${v1}`)).status).toBe(404);
    const list = await req<{ items: Sub[] }>('GET', t.upper1, `/api/v1/report-submissions?formId=${form.id}`);
    expect(list.body.items).toHaveLength(0);
    await move(v1, 'submitted', t.village1);
    expect((await req('GET', t.upper1, `/api/v1/report-submissions/${v1}`)).status).toBe(200);
    const mine = await req<{ items: Sub[] }>('GET', t.village1, `/api/v1/report-submissions?formId=${form.id}`);
    expect(mine.body.items.map((s) => s.id)).toEqual([v1]);
    const c = await completeness(form.id, '2025-08', t.village1);
    expect(c.body.items.map((i) => i.unitId)).toEqual([w.V1.id]);
  });

  it('another province does not see the form at all', async () => {
    expect((await req('GET', t.target_province, `/api/v1/report-forms/${form.id}`)).status).toBe(404);
    expect((await completeness(form.id, '2025-08', t.target_province)).status).toBe(404);
    const list = await req<{ items: Form[] }>('GET', t.target_province, '/api/v1/report-forms');
    expect(list.body.items.map((f) => f.id)).not.toContain(form.id);
    expect(
      (await req<{ items: Form[] }>('GET', t.village1, '/api/v1/report-forms')).body.items.map((f) => f.id),
    ).toContain(form.id);
  });

  it('an organisation fills its own report', async () => {
    const mine = await start(form.id, w.O1.id, '2025-08', { meetings: 2 }, t.orglead1);
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    expect((await start(form.id, w.O2.id, '2025-08', { meetings: 2 }, t.orglead1)).status).toBe(404);
  });
});
