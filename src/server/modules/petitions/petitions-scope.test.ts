import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness, type Items, type World } from '../../testing/harness';
import { api, meeting, TABLES, type PetitionOut } from './test-helpers';

/**
 * The scope matrix: each seedWorld role × own commune (its villages) / sibling commune / other province, reads and
 * writes.
 */
let h: Harness;
let w: World;
let A: ReturnType<typeof api>;
const t: Record<string, string> = {};
const p: Record<string, string> = {};
let review = '';

const ROLES = ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1'] as const;
type Role = (typeof ROLES)[number];
type Target = 'V1' | 'V2' | 'C1' | 'C2' | 'C3';

// Which petitions each role reads: a village head only their village's; the level above its province's communes.
const READS: Record<Role, Target[]> = {
  upper1: ['V1', 'V2', 'C1', 'C2'],
  standing1: ['V1', 'V2', 'C1'],
  orglead1: ['V1', 'V2', 'C1'],
  village1: ['V1'],
  viewer1: ['V1', 'V2', 'C1'],
};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  A = api(h);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ROLES) t[u] = await h.login(u);
  review = await meeting(h, w.C1, 'half_year_review', 'Sơ kết', '2023-07-06');
  const contact = { submitterName: 'Trần Văn Gửi', submitterContact: '0987 654 321', submitterAddress: 'Xóm 2' };
  p.V1 = (await A.create(t.admin, { communeId: w.C1.id, villageId: w.V1.id, receivedAt: '2023-06-01', ...contact })).id;
  p.V2 = (await A.create(t.admin, { communeId: w.C1.id, villageId: w.V2.id, receivedAt: '2023-06-01', ...contact })).id;
  p.C1 = (await A.create(t.admin, { communeId: w.C1.id, receivedAt: '2023-06-01', ...contact })).id;
  p.C2 = (await A.create(t.admin, { communeId: w.C2.id, villageId: w.V3.id, receivedAt: '2023-06-01' })).id;
  p.C3 = (await A.create(t.admin, { communeId: w.C3.id, villageId: w.V4.id, receivedAt: '2023-06-01' })).id;
});
afterAll(async () => h?.close());

describe('reads', () => {
  for (const role of ROLES) {
    it(`${role}: the detail is 200 inside scope and 404 outside; the list holds exactly the readable ones`, async () => {
      for (const target of ['V1', 'V2', 'C1', 'C2', 'C3'] as Target[]) {
        const res = await A.get(t[role], `/api/v1/petitions/${p[target]}`);
        expect(res.status, `${role} reads ${target}`).toBe(READS[role].includes(target) ? 200 : 404);
      }
      const list = (await A.get<Items<PetitionOut>>(t[role], '/api/v1/petitions?pageSize=200')).body.items
        .map((x) => x.id)
        .sort();
      expect(list).toEqual(READS[role].map((x) => p[x]).sort());
      // Asking for a foreign commune by filter gives nothing, never its rows.
      expect((await A.get<Items<PetitionOut>>(t[role], `/api/v1/petitions?communeId=${w.C3.id}`)).body.items).toEqual(
        [],
      );
    });
  }

  it('a village head never sees another village: filter, search and summary included', async () => {
    expect((await A.get<Items<PetitionOut>>(t.village1, `/api/v1/petitions?villageId=${w.V2.id}`)).body.items).toEqual(
      [],
    );
    expect(
      (await A.get<Items<PetitionOut>>(t.village1, '/api/v1/petitions?q=duong')).body.items.map((x) => x.id),
    ).toEqual([p.V1]);
    const s = await A.get<{ received: number }>(
      t.village1,
      `/api/v1/petitions/summary?communeId=${w.C1.id}&from=2023-01-01&to=2023-12-31`,
    );
    expect(s.body.received).toBe(1);
    expect(
      (
        await A.get<{ received: number }>(
          t.standing1,
          `/api/v1/petitions/summary?communeId=${w.C1.id}&from=2023-01-01&to=2023-12-31`,
        )
      ).body.received,
    ).toBe(3);
  });

  it("the sender's contact is shown to the standing committee and the village's head only", async () => {
    const seen = async (role: string, id: string) => (await A.get(t[role] as string, `/api/v1/petitions/${id}`)).body;
    expect(await seen('standing1', p.V2 as string)).toMatchObject({
      submitterName: 'Trần Văn Gửi',
      submitterContact: '0987 654 321',
    });
    expect(await seen('village1', p.V1 as string)).toMatchObject({ submitterContact: '0987 654 321' });
    for (const role of ['viewer1', 'orglead1', 'upper1']) {
      expect(await seen(role, p.V1 as string), role).toMatchObject({
        submitterName: null,
        submitterContact: null,
        hasSubmitter: true,
      });
    }
  });
});

describe('writes', () => {
  // Recording: [role, commune, village, expected status]
  const creates: [Role, 'C1' | 'C2' | 'C3', 'V1' | 'V2' | 'V3' | 'V4' | null, number][] = [
    ['standing1', 'C1', 'V2', 201],
    ['standing1', 'C1', null, 201],
    ['standing1', 'C2', 'V3', 404],
    ['standing1', 'C3', 'V4', 404],
    ['village1', 'C1', 'V1', 201],
    ['village1', 'C1', null, 201],
    ['village1', 'C1', 'V2', 404],
    ['village1', 'C2', 'V3', 404],
    ['viewer1', 'C1', 'V1', 403],
    ['orglead1', 'C1', null, 403],
    ['upper1', 'C1', 'V1', 403],
    ['upper1', 'C2', null, 403],
    ['upper1', 'C3', null, 404],
  ];
  for (const [role, commune, village, status] of creates) {
    it(`${role} records in ${commune}${village ? `/${village}` : ''} → ${status}`, async () => {
      const before = await h.counts(TABLES);
      const res = await A.post(t[role], '/api/v1/petitions', {
        communeId: w[commune].id,
        ...(village && { villageId: w[village].id }),
        content: 'Kiến nghị thử',
        field: 'other',
        agency: 'ubnd_xa',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      const after = await h.counts(TABLES);
      expect(after.petitions).toBe((before.petitions ?? 0) + (status === 201 ? 1 : 0));
      expect(after.audit_log).toBe((before.audit_log ?? 0) + (status === 201 ? 1 : 0));
      if (status === 404)
        expect(Object.keys(res.body.error.fields ?? {})[0]).toMatch(
          village && commune === 'C1' ? /villageId/ : /communeId/,
        );
    });
  }

  it("a village head's petition without a village goes to their village", async () => {
    const res = await A.post(t.village1, '/api/v1/petitions', {
      communeId: w.C1.id,
      content: 'Đề nghị nạo vét kênh',
      field: 'infrastructure',
      agency: 'ubnd_xa',
    });
    expect(res.body.villageId).toBe(w.V1.id);
    expect(res.body.canTransition).toBe(false);
  });

  // Moving along the lifecycle is the standing committee's: [role, target, expected status]
  const moves: [Role, Target, number][] = [
    ['village1', 'V1', 403],
    ['viewer1', 'V1', 403],
    ['orglead1', 'C1', 403],
    ['upper1', 'C1', 403],
    ['upper1', 'C2', 403],
    ['village1', 'V2', 404],
    ['standing1', 'C2', 404],
    ['standing1', 'C3', 404],
    ['upper1', 'C3', 404],
    ['standing1', 'V1', 200],
  ];
  for (const [role, target, status] of moves) {
    it(`${role} forwards the ${target} petition → ${status}`, async () => {
      const before = await h.counts(TABLES);
      const res = await A.move(t[role], p[target] as string, { to: 'forwarded', date: '2023-06-02' });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      const after = await h.counts(TABLES);
      expect(after.petition_events).toBe((before.petition_events ?? 0) + (status === 200 ? 1 : 0));
      expect(after.audit_log).toBe((before.audit_log ?? 0) + (status === 200 ? 1 : 0));
    });
  }

  it('closing at a meeting of the commune works only for the same commune', async () => {
    expect(
      (await A.move(t.standing1, p.V1 as string, { to: 'answered', answer: 'Đã trả lời', date: '2023-06-20' })).status,
    ).toBe(200);
    expect((await A.move(t.standing1, p.V1 as string, { to: 'closed', meetingId: review })).status).toBe(200);
    const otherCommune = await A.create(t.admin, { communeId: w.C2.id, receivedAt: '2023-06-01' });
    await A.move(t.admin, otherCommune.id, { to: 'forwarded', date: '2023-06-02' });
    await A.move(t.admin, otherCommune.id, { to: 'answered', answer: 'x', date: '2023-06-03' });
    const res = await A.move(t.admin, otherCommune.id, { to: 'closed', meetingId: review });
    expect(res.status).toBe(404);
    expect(res.body.error.fields).toHaveProperty('meetingId');
  });

  it('the synthesis and options are out of reach of another commune', async () => {
    expect(
      (
        await h.app.request(`/api/v1/petitions/synthesis.docx?communeId=${w.C3.id}`, {
          headers: { authorization: `Bearer ${t.standing1}` },
        })
      ).status,
    ).toBe(404);
    expect((await A.get(t.standing1, `/api/v1/petitions/options?communeId=${w.C2.id}`)).status).toBe(404);
    expect((await A.get(undefined, `/api/v1/petitions/${p.V1}`)).status).toBe(401);
    const opts = await A.get<{
      canCreate: boolean;
      canManage: boolean;
      villages: { id: string; canCreate: boolean }[];
    }>(t.village1, `/api/v1/petitions/options?communeId=${w.C1.id}`);
    expect(opts.body).toMatchObject({ canCreate: true, canManage: false });
    expect(opts.body.villages.map((v) => [v.id, v.canCreate])).toEqual([[w.V1.id, true]]);
  });
});
