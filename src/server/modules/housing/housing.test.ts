import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../core/command';
import { createHousehold } from '../households/commands/create-household';
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
const t: Record<string, string> = {};
const TABLES = ['housing_cases', 'housing_fundings', 'housing_photos'];

type Case = {
  id: string;
  headName: string;
  villageName: string;
  stage: string;
  pausedFrom: string | null;
  requiredAmount: number | null;
  funded: number;
  handedOverOn: string | null;
  fundings: { id: string; source: string; amount: number; fundName: string | null; payoutNo: string | null }[];
  photos: { id: string; stage: string; url: string; thumbUrl: string }[];
  minutes: { kind: string; available: boolean }[];
  can: { edit: boolean; move: boolean; fund: boolean; addPhoto: boolean };
};
type List = { items: Case[]; total: number; byStage: Record<string, number>; byKind: Record<string, number> };

const req = <T>(method: string, token: string | undefined, path: string, body?: unknown) =>
  h.request(method, path, { token, body }) as Promise<{ status: number; body: T & ErrorBody }>;
const post = <T>(token: string | undefined, path: string, body: unknown) => req<T>('POST', token, path, body);
const get = <T>(token: string | undefined, path: string) => req<T>('GET', token, path);

async function open(body: Record<string, unknown> = {}, token = t.standing1) {
  const res = await post<Case>(token, '/api/v1/housing-cases', {
    communeId: w.C1.id,
    headName: 'Lò Văn Khánh',
    villageId: w.V1.id,
    kind: 'new_build',
    surveyedOn: '2025-03-02',
    participants: ['Ông Nguyễn Văn A, Chủ tịch UBMTTQ xã'],
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
const move = (id: string, body: Record<string, unknown>, token = t.standing1) =>
  post<Case & ErrorBody>(token, `/api/v1/housing-cases/${id}/transitions`, body);
const fund = (id: string, body: Record<string, unknown>, token = t.standing1) =>
  post<Case['fundings'][number]>(token, `/api/v1/housing-cases/${id}/fundings`, body);

async function uploadPhoto(token: string | undefined, id: string, bytes: Uint8Array, stage?: string) {
  const form = new FormData();
  form.set('file', new File([bytes.slice()], 'nha.jpg'));
  if (stage) form.set('stage', stage);
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const res = await h.app.request(`/api/v1/housing-cases/${id}/photos`, { method: 'POST', body: form, headers });
  return {
    status: res.status,
    body: (await res.json()) as { id: string; stage: string; thumbUrl: string } & ErrorBody,
  };
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1', 'target_sibling', 'target_province'])
    t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('cases', () => {
  it('open for a registered household (its head and village from the registry) or by name and village', async () => {
    const hh = await createHousehold(systemContext(h.db), {
      villageId: w.V2.id,
      headName: 'Trần Thị Mơ',
      categories: [],
    });
    const linked = await open({ householdId: hh.id, headName: null, villageId: null, kind: 'repair' });
    expect(linked).toMatchObject({ headName: 'Trần Thị Mơ', villageName: 'Thôn Hai', stage: 'surveyed' });
    const named = await open();
    expect(named).toMatchObject({ headName: 'Lò Văn Khánh', villageName: 'Thôn Một', funded: 0 });
    expect(named.can).toEqual({ edit: true, move: true, fund: true, addPhoto: true });
  });

  it('bad input is a 4xx naming the field and writes nothing', async () => {
    const base = { communeId: w.C1.id, villageId: w.V1.id, kind: 'new_build', surveyedOn: '2025-03-02' };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, headName: 'A', kind: 'palace' }, 422, 'kind'],
      [{ ...base, headName: 'A', surveyedOn: '2025-02-30' }, 422, 'surveyedOn'],
      [{ ...base }, 422, 'headName'],
      [{ ...base, headName: 'A', villageId: w.V3.id }, 404, 'villageId'],
      [{ ...base, headName: 'A', communeId: w.C3.id }, 404, 'communeId'],
      [{ ...base, headName: 'A', requiredAmount: -5 }, 422, 'requiredAmount'],
      [{ ...base, headName: 'A', householdId: w.V1.id }, 404, 'householdId'],
    ];
    for (const [body, status, field] of cases) {
      const res = (await h.expectRefused(status, TABLES, () =>
        post(t.standing1, '/api/v1/housing-cases', body),
      )) as ErrorBody;
      expect(Object.keys(res.error.fields ?? {}), JSON.stringify(res)).toContain(field);
    }
  });
});

describe('stages', () => {
  it('go surveyed → approved → building → handed over, with the amount required and funding that covers it', async () => {
    const c = await open();
    // Approving without an amount is refused, naming the field.
    const noAmount = (await h.expectRefused(422, TABLES, () =>
      move(c.id, { move: 'approve', date: '2025-03-10' }),
    )) as ErrorBody;
    expect(noAmount.error.fields).toHaveProperty('requiredAmount');
    // Out of order is a 409.
    const skip = (await h.expectRefused(409, TABLES, () =>
      move(c.id, { move: 'hand_over', date: '2025-03-10' }),
    )) as ErrorBody;
    expect(skip.error.code).toBe('bad_transition');
    // Dated before the survey.
    const early = (await h.expectRefused(422, TABLES, () =>
      move(c.id, { move: 'approve', date: '2025-03-01', requiredAmount: 60_000_000 }),
    )) as ErrorBody;
    expect(early.error.fields).toHaveProperty('date');
    const approved = await move(c.id, { move: 'approve', date: '2025-03-10', requiredAmount: 60_000_000 });
    expect(approved.body).toMatchObject({ stage: 'approved', requiredAmount: 60_000_000, approvedOn: '2025-03-10' });
    // An approved case keeps its amount.
    const clear = (await h.expectRefused(422, TABLES, () =>
      req('PATCH', t.standing1, `/api/v1/housing-cases/${c.id}`, { requiredAmount: null }),
    )) as ErrorBody;
    expect(clear.error.fields).toHaveProperty('requiredAmount');
    expect((await move(c.id, { move: 'start', date: '2025-03-20' })).body.stage).toBe('building');
    // Paused and resumed to where it was.
    const noReason = (await h.expectRefused(422, TABLES, () =>
      move(c.id, { move: 'pause', date: '2025-04-01' }),
    )) as ErrorBody;
    expect(noReason.error.fields).toHaveProperty('reason');
    const paused = await move(c.id, { move: 'pause', date: '2025-04-01', reason: 'Mưa bão kéo dài' });
    expect(paused.body).toMatchObject({ stage: 'paused', pausedFrom: 'building' });
    expect((await move(c.id, { move: 'start', date: '2025-04-02' })).status).toBe(409);
    expect((await move(c.id, { move: 'resume', date: '2025-04-15' })).body).toMatchObject({ stage: 'building' });
    // Not yet funded: hand-over refused naming the funding.
    const unfunded = (await h.expectRefused(422, TABLES, () =>
      move(c.id, { move: 'hand_over', date: '2025-05-01' }),
    )) as ErrorBody;
    expect(unfunded.error.fields).toHaveProperty('fundings');
    expect((await fund(c.id, { source: 'budget', amount: 40_000_000 })).status).toBe(201);
    expect((await fund(c.id, { source: 'donor', amount: 15_000_000, donorName: 'Công ty Hồng Phát' })).status).toBe(
      201,
    );
    expect((await fund(c.id, { source: 'household', amount: 5_000_000 })).status).toBe(201);
    const done = await move(c.id, { move: 'hand_over', date: '2025-05-01' });
    expect(done.body).toMatchObject({ stage: 'handed_over', handedOverOn: '2025-05-01', funded: 60_000_000 });
    expect(done.body.can).toMatchObject({ move: false, fund: false, edit: false });
    // Done is done.
    await h.expectRefused(409, TABLES, () => move(c.id, { move: 'pause', date: '2025-05-02', reason: 'x' }));
    await h.expectRefused(409, TABLES, () => fund(c.id, { source: 'budget', amount: 1 }));
    await h.expectRefused(409, TABLES, () => req('PATCH', t.standing1, `/api/v1/housing-cases/${c.id}`, { note: 'x' }));
  });
});

describe('funding lines', () => {
  it('name their source; a fund and payout must be the commune’s', async () => {
    const c = await open();
    const f = await post<{ id: string }>(t.standing1, '/api/v1/funds', {
      communeId: w.C1.id,
      name: 'Quỹ "Vì người nghèo"',
    });
    expect(f.status).toBe(201);
    const other = await post<{ id: string }>(t.admin, '/api/v1/funds', { communeId: w.C3.id, name: 'Quỹ xã Ba' });
    expect(other.status).toBe(201);
    const line = await fund(c.id, { source: 'fund', amount: 20_000_000, fundId: f.body.id });
    expect(line.body).toMatchObject({ source: 'fund', fundName: 'Quỹ "Vì người nghèo"', amount: 20_000_000 });
    const refusals: [Record<string, unknown>, number, string][] = [
      [{ source: 'donor', amount: 1_000 }, 422, 'donorName'],
      [{ source: 'budget', amount: 1_000, donorName: 'X' }, 422, 'donorName'],
      [{ source: 'budget', amount: 0 }, 422, 'amount'],
      [{ source: 'gift', amount: 1_000 }, 422, 'source'],
      [{ source: 'fund', amount: 1_000, fundId: other.body.id }, 404, 'fundId'],
      [{ source: 'fund', amount: 1_000, disbursementId: other.body.id }, 404, 'disbursementId'],
      [{ source: 'budget', amount: 1_000, fundId: f.body.id }, 422, 'fundId'],
    ];
    for (const [body, status, field] of refusals) {
      const res = (await h.expectRefused(status, TABLES, () => fund(c.id, body))) as ErrorBody;
      expect(Object.keys(res.error.fields ?? {}), JSON.stringify(res)).toContain(field);
    }
    const del = await req('DELETE', t.standing1, `/api/v1/housing-cases/${c.id}/fundings/${line.body.id}`);
    expect(del.status).toBe(204);
    expect((await get<Case>(t.standing1, `/api/v1/housing-cases/${c.id}`)).body.fundings).toEqual([]);
  });
});

describe('photos', () => {
  it('are stored per stage as WebP, checked by content and size, read within scope', async () => {
    const c = await open();
    const jpeg = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#a33' } })
      .jpeg()
      .toBuffer();
    const up = await uploadPhoto(t.village1, c.id, new Uint8Array(jpeg));
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body.stage).toBe('surveyed');
    const thumb = await h.app.request(up.body.thumbUrl, { headers: { authorization: `Bearer ${t.standing1}` } });
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width).toBe(400);
    const notImage = await uploadPhoto(t.standing1, c.id, new TextEncoder().encode('<svg onload="x"></svg>......'));
    expect(notImage.status).toBe(422);
    expect(notImage.body.error.fields).toHaveProperty('file');
    const badStage = await uploadPhoto(t.standing1, c.id, new Uint8Array(jpeg), 'finished');
    expect(badStage.body.error.fields).toHaveProperty('stage');
    expect((await uploadPhoto(t.target_sibling, c.id, new Uint8Array(jpeg))).status).toBe(404);
    expect((await uploadPhoto(t.upper1, c.id, new Uint8Array(jpeg))).status).toBe(403);
    const foreign = await h.app.request(up.body.thumbUrl, {
      headers: { authorization: `Bearer ${t.target_province}` },
    });
    expect(foreign.status).toBe(404);
    const detail = await get<Case>(t.standing1, `/api/v1/housing-cases/${c.id}`);
    expect(detail.body.photos.map((p) => p.stage)).toEqual(['surveyed']);
  });
});

describe('scope', () => {
  it('the commune manages; a village head sees and proposes in their village; the province reads; others see nothing', async () => {
    const c = await open({ headName: 'Hà Thị Nụ' });
    // Village head of V1: sees, proposes in V1 only, cannot move or fund.
    const mine = await get<Case>(t.village1, `/api/v1/housing-cases/${c.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body.can).toMatchObject({ move: false, fund: false, edit: true, addPhoto: true });
    await open({ headName: 'Đinh Văn Sáu' }, t.village1);
    await h.expectRefused(403, TABLES, () =>
      post(t.village1, '/api/v1/housing-cases', {
        communeId: w.C1.id,
        headName: 'X',
        villageId: w.V2.id,
        kind: 'repair',
        surveyedOn: '2025-03-01',
      }),
    );
    await h.expectRefused(403, TABLES, () =>
      move(c.id, { move: 'approve', date: '2025-03-05', requiredAmount: 1 }, t.village1),
    );
    await h.expectRefused(403, TABLES, () => fund(c.id, { source: 'budget', amount: 1 }, t.village1));
    // Village head of V2 does not see V1's case.
    expect((await get(t.target_sibling, `/api/v1/housing-cases/${c.id}`)).status).toBe(404);
    const sibling = await get<List>(t.target_sibling, `/api/v1/housing-cases?communeId=${w.C1.id}`);
    expect(sibling.body.items.every((i) => i.villageName === 'Thôn Hai')).toBe(true);
    // The province reads read-only.
    const upper = await get<Case>(t.upper1, `/api/v1/housing-cases/${c.id}`);
    expect(upper.status).toBe(200);
    expect(upper.body.can).toEqual({ edit: false, move: false, fund: false, addPhoto: false });
    await h.expectRefused(403, TABLES, () =>
      move(c.id, { move: 'approve', date: '2025-03-05', requiredAmount: 1 }, t.upper1),
    );
    await h.expectRefused(403, TABLES, () => req('PATCH', t.upper1, `/api/v1/housing-cases/${c.id}`, { note: 'x' }));
    await h.expectRefused(403, TABLES, () =>
      post(t.upper1, '/api/v1/housing-cases', {
        communeId: w.C1.id,
        headName: 'X',
        villageId: w.V1.id,
        kind: 'repair',
        surveyedOn: '2025-03-01',
      }),
    );
    // Another province, an organisation head, nobody: nothing.
    expect((await get(t.target_province, `/api/v1/housing-cases/${c.id}`)).status).toBe(404);
    expect((await get<List>(t.target_province, '/api/v1/housing-cases')).body.total).toBe(0);
    expect((await get(t.orglead1, `/api/v1/housing-cases/${c.id}`)).status).toBe(404);
    expect((await get(undefined, `/api/v1/housing-cases/${c.id}`)).status).toBe(401);
    // The viewer reads the whole commune.
    const list = await get<List>(t.viewer1, `/api/v1/housing-cases?communeId=${w.C1.id}&q=ha thi nu`);
    expect(list.body.items.map((i) => i.headName)).toEqual(['Hà Thị Nụ']);
  });

  it('lists page, filter by stage and kind, and count per stage', async () => {
    const all = await get<List>(t.standing1, `/api/v1/housing-cases?communeId=${w.C1.id}&limit=2`);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThan(2);
    const sum = Object.values(all.body.byStage).reduce((a, b) => a + b, 0);
    expect(sum).toBe(all.body.total);
    const repair = await get<List>(t.standing1, `/api/v1/housing-cases?communeId=${w.C1.id}&kind=repair`);
    expect(repair.body.items.every((i) => (i as unknown as { kind: string }).kind === 'repair')).toBe(true);
    const bad = await get(t.standing1, '/api/v1/housing-cases?stage=done');
    expect(bad.status).toBe(422);
  });
});
