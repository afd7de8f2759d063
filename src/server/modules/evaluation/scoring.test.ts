import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationFiguresOf } from './figures';
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
const t = {} as Record<'admin' | 'upper1' | 'standing1' | 'village1' | 'target_sibling' | 'target_province', string>;
const TABLES = ['evaluation_criteria_sets', 'evaluation_scorecards'];

type CriteriaSet = { id: string; maxTotal: number; groups: { key: string; criteria: { key: string }[] }[] };
type Card = {
  id: string;
  unitName: string;
  communeName: string;
  stage: string;
  total: number;
  recognised: boolean;
  returnComment: string | null;
  history: { action: string; comment: string | null }[];
  can: { score: boolean; actions: string[] };
};

const req = <T>(method: string, token: string | undefined, path: string, body?: unknown) =>
  h.request(method, path, { token, body }) as Promise<{ status: number; body: T & ErrorBody }>;
const move = (token: string, id: string, action: string, comment?: string) =>
  req<Card>('POST', token, `/api/v1/evaluation-scorecards/${id}/transitions`, { action, comment });
const score = (token: string, id: string, scores: { key: string; points: number; bonus?: number }[]) =>
  req<Card>('PUT', token, `/api/v1/evaluation-scorecards/${id}/scores`, { scores });

const SET = {
  title: 'Thôn văn hóa 2025',
  passScore: 30,
  groups: [
    {
      title: 'Kinh tế',
      maxPoints: 20,
      criteria: [
        { title: 'Giảm nghèo', maxPoints: 12 },
        { title: 'Mô hình kinh tế', maxPoints: 8, maxBonus: 3 },
      ],
    },
    { title: 'Môi trường', maxPoints: 15, criteria: [{ title: 'Sáng - xanh - sạch - đẹp', maxPoints: 15 }] },
  ],
};
let set: CriteriaSet;

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'village1', 'target_sibling', 'target_province'] as const)
    t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('criteria sets of the province', () => {
  it('the province defines one per year and level; its pass score is reachable; others may not define it', async () => {
    const body = { ...SET, provinceId: w.P1.id, year: 2025, target: 'village' };
    const unreachable = (await h.expectRefused(422, TABLES, () =>
      req('POST', t.upper1, '/api/v1/evaluation-criteria-sets', { ...body, passScore: 36 }),
    )) as ErrorBody;
    expect(unreachable.error.fields).toHaveProperty('passScore');
    const noCriteria = (await h.expectRefused(422, TABLES, () =>
      req('POST', t.upper1, '/api/v1/evaluation-criteria-sets', {
        ...body,
        groups: [{ title: 'Trống', maxPoints: 5, criteria: [] }],
      }),
    )) as ErrorBody;
    expect(noCriteria.error.fields).toHaveProperty('groups.0.criteria');
    await h.expectRefused(403, TABLES, () => req('POST', t.standing1, '/api/v1/evaluation-criteria-sets', body));
    await h.expectRefused(404, TABLES, () =>
      req('POST', t.upper1, '/api/v1/evaluation-criteria-sets', { ...body, provinceId: w.P2.id }),
    );
    const res = await req<CriteriaSet>('POST', t.upper1, '/api/v1/evaluation-criteria-sets', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.maxTotal).toBe(35);
    expect(res.body.groups.map((g) => g.criteria.map((c) => c.key))).toEqual([['1.1', '1.2'], ['2.1']]);
    set = res.body;
    expect((await req('POST', t.upper1, '/api/v1/evaluation-criteria-sets', body)).status).toBe(409);
    // A village of the province reads its province's sets; another province's village does not.
    const seen = await req<{ items: unknown[] }>(
      'GET',
      t.village1,
      `/api/v1/evaluation-criteria-sets?provinceId=${w.P1.id}`,
    );
    expect(seen.body.items).toHaveLength(1);
    expect((await req('GET', t.target_province, `/api/v1/evaluation-criteria-sets/${set.id}`)).status).toBe(404);
  });
});

describe('a village scorecard through the chain', () => {
  let card: Card;

  it('scores never exceed a criterion’s maximum, its bonus, nor the group’s maximum; nothing is written', async () => {
    const opened = await req<Card>('POST', t.village1, '/api/v1/evaluation-scorecards', {
      setId: set.id,
      unitId: w.V1.id,
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    card = opened.body;
    expect(card).toMatchObject({ stage: 'village', unitName: 'Thôn Một', can: { score: true, actions: ['submit'] } });
    expect(
      (await req('POST', t.village1, '/api/v1/evaluation-scorecards', { setId: set.id, unitId: w.V1.id })).status,
    ).toBe(409);
    expect(
      (await req('POST', t.village1, '/api/v1/evaluation-scorecards', { setId: set.id, unitId: w.V2.id })).status,
    ).toBe(404);

    const refused = async (scores: { key: string; points: number; bonus?: number }[], field: string) => {
      const before = await h.counts(['audit_log']);
      const res = await score(t.village1, card.id, scores);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.error.fields).toHaveProperty(field);
      expect(await h.counts(['audit_log'])).toEqual(before);
      const again = await req<Card>('GET', t.village1, `/api/v1/evaluation-scorecards/${card.id}`);
      expect(again.body.total).toBe(0);
    };
    await refused([{ key: '1.1', points: 13 }], 'scores.0.points');
    await refused([{ key: '1.1', points: 5, bonus: 1 }], 'scores.0.bonus');
    await refused(
      [
        { key: '1.1', points: 12 },
        { key: '1.2', points: 8, bonus: 1 },
      ],
      'scores.1.points',
    );
    await refused([{ key: '9.9', points: 1 }], 'scores.0.key');
    await refused([{ key: '2.1', points: -1 }], 'scores.0.points');

    const ok = await score(t.village1, card.id, [
      { key: '1.1', points: 10 },
      { key: '1.2', points: 7, bonus: 3 },
      { key: '2.1', points: 12 },
    ]);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.total).toBe(32);
  });

  it('village → commune → province, a return with its comment, and a locked result once published', async () => {
    expect((await move(t.village1, card.id, 'approve')).status).toBe(409);
    expect((await move(t.village1, card.id, 'submit')).body.stage).toBe('commune');
    // Submitted: the village may no longer change it; the commune returns it, with a comment.
    expect((await score(t.village1, card.id, [{ key: '1.1', points: 1 }])).status).toBe(403);
    const noComment = await move(t.standing1, card.id, 'return');
    expect(noComment.status).toBe(422);
    expect(noComment.body.error.fields).toHaveProperty('comment');
    const back = await move(t.standing1, card.id, 'return', 'Thiếu minh chứng tiêu chí 2.1');
    expect(back.body).toMatchObject({ stage: 'village', returnComment: 'Thiếu minh chứng tiêu chí 2.1' });
    expect((await move(t.village1, card.id, 'submit')).body.returnComment).toBeNull();
    expect((await move(t.upper1, card.id, 'approve')).status).toBe(403);
    const atCommune = await req<Card>('GET', t.standing1, `/api/v1/evaluation-scorecards/${card.id}`);
    expect(atCommune.body.can.actions).toEqual(['approve', 'return']);
    expect((await move(t.standing1, card.id, 'approve')).body.stage).toBe('province');
    expect((await move(t.standing1, card.id, 'approve')).status).toBe(403);
    expect((await move(t.upper1, card.id, 'publish')).status).toBe(409);
    expect((await move(t.upper1, card.id, 'approve')).body.stage).toBe('approved');
    const published = await move(t.upper1, card.id, 'publish');
    expect(published.body, JSON.stringify(published.body)).toMatchObject({
      stage: 'published',
      recognised: true,
      can: { score: false, actions: [] },
    });
    expect(published.body.history.map((s) => s.action)).toEqual([
      'submit',
      'return',
      'submit',
      'approve',
      'approve',
      'publish',
    ]);
    const edit = await score(t.upper1, card.id, [{ key: '1.1', points: 1 }]);
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('evaluation_locked');
    // The set used for scoring is fixed now.
    const change = await req('PUT', t.upper1, `/api/v1/evaluation-criteria-sets/${set.id}`, SET);
    expect(change.status).toBe(409);
    const f = await evaluationFiguresOf(h.db, w.P1.path, '2025-01-01', '2025-12-31');
    expect(f.villagesRecognised).toBe(1);
  });

  it('scope: the province sees scoring across its communes; a sibling village and another province see nothing', async () => {
    const list = async (token: string) =>
      (await req<{ items: Card[] }>('GET', token, '/api/v1/evaluation-scorecards?year=2025')).body.items;
    expect((await list(t.upper1)).map((c) => `${c.communeName}/${c.unitName}`)).toEqual(['Xã Một/Thôn Một']);
    expect(await list(t.standing1)).toHaveLength(1);
    expect(await list(t.village1)).toHaveLength(1);
    expect(await list(t.target_sibling)).toHaveLength(0);
    expect(await list(t.target_province)).toHaveLength(0);
    expect((await req('GET', t.target_sibling, `/api/v1/evaluation-scorecards/${card.id}`)).status).toBe(404);
  });
});
