import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../core/command';
import { createHousehold } from '../households/commands/create-household';
import { docxParagraphTexts } from '../documents/zip-read';
import { indicatorSource } from '../targets/sources';
import { evaluationFiguresOf } from './figures';
import { registerEvaluationSources } from './source';
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
const t = {} as Record<'admin' | 'upper1' | 'standing1' | 'village1' | 'viewer1' | 'target_sibling', string>;
const hh = {} as Record<'an' | 'binh' | 'cuong' | 'dung', string>;
const TABLES = ['evaluation_registrations', 'evaluation_meetings', 'outgoing_documents'];

type VillageYear = {
  households: { householdId: string; headName: string; result: string | null }[];
  meeting: Meeting | null;
  can: { register: boolean; evaluate: boolean };
};
type Meeting = {
  id: string;
  villageName: string;
  confirmedOn: string | null;
  documentNumber: string | null;
  counts: { registered: number; passed: number; exemplary: number; failed: number };
  minutesUrl: string;
  can: { edit: boolean; confirm: boolean };
};

const req = <T>(method: string, token: string | undefined, path: string, body?: unknown) =>
  h.request(method, path, { token, body }) as Promise<{ status: number; body: T & ErrorBody }>;
const villageYear = async (token: string, villageId = w.V1.id) =>
  (await req<VillageYear>('GET', token, `/api/v1/evaluation-villages?villageId=${villageId}&year=2025`)).body;
const meetingBody = (results: { householdId: string; result: string }[]) => ({
  villageId: w.V1.id,
  year: 2025,
  heldOn: '2025-12-05',
  place: 'Nhà văn hóa Thôn Một',
  attendance: 42,
  chairName: 'Nguyễn Văn Trưởng',
  secretaryName: 'Lê Thị Thư',
  results,
});

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'village1', 'viewer1', 'target_sibling'] as const) t[u] = await h.login(u);
  const ctx = systemContext(h.db);
  for (const [key, villageId, headName] of [
    ['an', w.V1.id, 'Nguyễn Văn An'],
    ['binh', w.V1.id, 'Trần Thị Bình'],
    ['cuong', w.V1.id, 'Lê Văn Cường'],
    ['dung', w.V2.id, 'Phạm Thị Dung'],
  ] as const)
    hh[key] = (await createHousehold(ctx, { villageId, headName, categories: [] })).id;
});
afterAll(async () => h?.close());

describe('registration and the village meeting', () => {
  it('a village head registers the village’s households once a year; others of the commune are refused', async () => {
    const body = { villageId: w.V1.id, year: 2025, registeredOn: '2025-01-20' };
    const first = await req<{ registered: number; already: number }>(
      'POST',
      t.village1,
      '/api/v1/evaluation-registrations',
      { ...body, householdIds: [hh.an] },
    );
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toEqual({ registered: 1, already: 0 });
    const all = await req('POST', t.village1, '/api/v1/evaluation-registrations', body);
    expect(all.body).toEqual({ registered: 2, already: 1 });
    const list = await villageYear(t.village1);
    expect(list.households.map((x) => x.headName)).toEqual(['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình']);
    expect(list.can).toEqual({ register: true, evaluate: true });
    // A household of another village, a date outside the year, another village's head: refused, nothing written.
    const other = (await h.expectRefused(404, TABLES, () =>
      req('POST', t.village1, '/api/v1/evaluation-registrations', { ...body, householdIds: [hh.an, hh.dung] }),
    )) as ErrorBody;
    expect(other.error.fields).toHaveProperty('householdIds.1');
    const date = (await h.expectRefused(422, TABLES, () =>
      req('POST', t.village1, '/api/v1/evaluation-registrations', { ...body, registeredOn: '2024-12-31' }),
    )) as ErrorBody;
    expect(date.error.fields).toHaveProperty('registeredOn');
    await h.expectRefused(404, TABLES, () => req('POST', t.target_sibling, '/api/v1/evaluation-registrations', body));
    const year = (await h.expectRefused(422, TABLES, () =>
      req('POST', t.village1, '/api/v1/evaluation-registrations', { ...body, year: 1999 }),
    )) as ErrorBody;
    expect(year.error.fields).toHaveProperty('year');
  });

  it('the meeting records each household’s result; bad results are refused naming the field', async () => {
    const notRegistered = (await h.expectRefused(422, TABLES, () =>
      req('POST', t.village1, '/api/v1/evaluation-meetings', meetingBody([{ householdId: hh.dung, result: 'passed' }])),
    )) as ErrorBody;
    expect(notRegistered.error.fields).toHaveProperty('results.0.householdId');
    const badResult = (await h.expectRefused(422, TABLES, () =>
      req('POST', t.village1, '/api/v1/evaluation-meetings', meetingBody([{ householdId: hh.an, result: 'maybe' }])),
    )) as ErrorBody;
    expect(badResult.error.fields).toHaveProperty('results.0.result');
    const wrongYear = (await h.expectRefused(422, TABLES, () =>
      req('POST', t.village1, '/api/v1/evaluation-meetings', { ...meetingBody([]), heldOn: '2026-01-05' }),
    )) as ErrorBody;
    expect(wrongYear.error.fields).toHaveProperty('heldOn');

    const res = await req<Meeting>(
      'POST',
      t.village1,
      '/api/v1/evaluation-meetings',
      meetingBody([
        { householdId: hh.an, result: 'exemplary' },
        { householdId: hh.binh, result: 'passed' },
      ]),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.counts).toEqual({ registered: 2, passed: 2, exemplary: 1, failed: 0 });
    expect(res.body.can).toEqual({ edit: true, confirm: false });
    const again = await req('POST', t.village1, '/api/v1/evaluation-meetings', meetingBody([]));
    expect(again.status).toBe(409);

    // The commune cannot confirm while a registered household has no result.
    const early = await req('POST', t.standing1, `/api/v1/evaluation-meetings/${res.body.id}/confirm`, {
      date: '2025-12-10',
    });
    expect(early.status).toBe(422);
    expect((early.body as ErrorBody).error.fields).toHaveProperty('results');

    const fixed = await req<Meeting>('PATCH', t.village1, `/api/v1/evaluation-meetings/${res.body.id}`, {
      ...meetingBody([{ householdId: hh.cuong, result: 'failed' }]),
      villageId: undefined,
      year: undefined,
    });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body.counts).toEqual({ registered: 3, passed: 2, exemplary: 1, failed: 1 });
    const list = await villageYear(t.standing1);
    expect(Object.fromEntries(list.households.map((x) => [x.headName, x.result]))).toEqual({
      'Nguyễn Văn An': 'exemplary',
      'Trần Thị Bình': 'passed',
      'Lê Văn Cường': 'failed',
    });
    expect(list.meeting?.can).toEqual({ edit: true, confirm: true });
  });

  it('the minutes open as a .docx with the motto, the meeting, each result and both signatures', async () => {
    const { meeting } = await villageYear(t.village1);
    const res = await h.app.request(meeting?.minutesUrl ?? '', { headers: { authorization: `Bearer ${t.village1}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('bien-ban-binh-xet-2025');
    const text = docxParagraphTexts(Buffer.from(await res.arrayBuffer())).join('\n');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'MTTQ VIỆT NAM XÃ MỘT',
      'BAN CÔNG TÁC MẶT TRẬN',
      'THÔN MỘT',
      'Xã Một, ngày 05 tháng 12 năm 2025',
      'BIÊN BẢN',
      'Hội nghị bình xét danh hiệu "Gia đình văn hóa" năm 2025',
      'ngày 05 tháng 12 năm 2025',
      'Nhà văn hóa Thôn Một',
      '42 đại biểu',
      'Nguyễn Văn An',
      'Đạt, tiêu biểu',
      'Không đạt',
      '2/3 hộ đăng ký, đạt 67%',
      'THƯ KÝ',
      'Lê Thị Thư',
      'CHỦ TRÌ',
      'Nguyễn Văn Trưởng',
    ])
      expect(text).toContain(s);
    const outside = await h.app.request(meeting?.minutesUrl ?? '', {
      headers: { authorization: `Bearer ${t.target_sibling}` },
    });
    expect(outside.status).toBe(404);
  });

  it('the commune confirms and issues the list through the register; then it is locked', async () => {
    const { meeting } = await villageYear(t.standing1);
    const id = meeting?.id ?? '';
    expect((await req('POST', t.village1, `/api/v1/evaluation-meetings/${id}/confirm`, {})).status).toBe(403);
    const future = await req('POST', t.standing1, `/api/v1/evaluation-meetings/${id}/confirm`, { date: '2999-01-01' });
    expect(future.status).toBe(422);
    const res = await req<Meeting>('POST', t.standing1, `/api/v1/evaluation-meetings/${id}/confirm`, {
      date: '2025-12-10',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ confirmedOn: '2025-12-10', documentNumber: '01/TB-MTTQ-BTT' });
    expect(res.body.can).toEqual({ edit: false, confirm: false });
    const register = await req<{ items: { number: string; summary: string }[] }>(
      'GET',
      t.standing1,
      `/api/v1/outgoing-documents?issuerId=${w.C1.id}&year=2025`,
    );
    expect(register.body.items.map((d) => d.number)).toContain('01/TB-MTTQ-BTT');
    expect((await req('POST', t.standing1, `/api/v1/evaluation-meetings/${id}/confirm`, {})).status).toBe(409);
    const edit = await req('PATCH', t.village1, `/api/v1/evaluation-meetings/${id}`, {
      ...meetingBody([]),
      villageId: undefined,
      year: undefined,
    });
    expect(edit.status).toBe(409);
    expect(
      (
        await req('POST', t.village1, '/api/v1/evaluation-registrations', {
          villageId: w.V1.id,
          year: 2025,
          registeredOn: '2025-12-20',
        })
      ).status,
    ).toBe(409);
  });

  it('scope: a village sees its own, the commune its villages, the province its communes', async () => {
    const list = async (token: string) =>
      (await req<{ items: Meeting[] }>('GET', token, '/api/v1/evaluation-meetings?year=2025')).body.items.length;
    expect(await list(t.village1)).toBe(1);
    expect(await list(t.standing1)).toBe(1);
    expect(await list(t.upper1)).toBe(1);
    expect(await list(t.target_sibling)).toBe(0);
    expect(
      (await req('GET', t.target_sibling, `/api/v1/evaluation-villages?villageId=${w.V1.id}&year=2025`)).status,
    ).toBe(404);
  });

  it('counts feed the figures and the indicator sources', async () => {
    const f = await evaluationFiguresOf(h.db, w.C1.path, '2025-01-01', '2025-12-31');
    expect(f).toMatchObject({
      familiesRegistered: 3,
      familiesRecognised: 2,
      familiesExemplary: 1,
      villagesConfirmed: 1,
    });
    registerEvaluationSources();
    const src = indicatorSource('evaluation.families');
    expect(await src?.compute(h.db, { params: {}, unitPath: w.P1.path, from: '2025-01-01', to: '2025-12-31' })).toEqual(
      { value: 2, denominator: 3 },
    );
    const api = await req<{ familiesRecognised: number }>(
      'GET',
      t.upper1,
      `/api/v1/evaluation-figures?unitId=${w.C1.id}&year=2025`,
    );
    expect(api.body.familiesRecognised).toBe(2);
    expect((await req('GET', t.target_sibling, `/api/v1/evaluation-figures?unitId=${w.C1.id}&year=2025`)).status).toBe(
      404,
    );
  });
});
