import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness, type World } from '../../testing/harness';
import { client, makeSupervision, TABLES, type Rec, type Sup } from './test-helpers';

/**
 * The scope matrix: every seedWorld role against a supervision of its own commune (C1), of a sibling
 * commune in the same province (C2) and of a commune in another province (C3) — reads, writes, and
 * the lists not leaking foreign rows.
 */
let h: Harness;
let w: World;
let c: ReturnType<typeof client>;
const t = {} as Record<'admin' | 'upper1' | 'standing1' | 'orglead1' | 'village1' | 'viewer1', string>;
const sup: Record<'own' | 'sibling' | 'other', string> = { own: '', sibling: '', other: '' };
const rec: Record<'own' | 'sibling' | 'other', string> = { own: '', sibling: '', other: '' };

type Where = keyof typeof sup;
type Role = 'admin' | 'upper1' | 'standing1' | 'orglead1' | 'village1' | 'viewer1';

// Expected status of a read (GET detail) and a write (PATCH; a recommendation step) per role and place.
const READ: Record<Role, Record<Where, number>> = {
  admin: { own: 200, sibling: 200, other: 200 },
  upper1: { own: 200, sibling: 200, other: 404 },
  standing1: { own: 200, sibling: 404, other: 404 },
  orglead1: { own: 200, sibling: 404, other: 404 },
  village1: { own: 200, sibling: 404, other: 404 },
  viewer1: { own: 200, sibling: 404, other: 404 },
};
const WRITE: Record<Role, Record<Where, number>> = {
  admin: { own: 200, sibling: 200, other: 200 },
  upper1: { own: 403, sibling: 403, other: 404 },
  standing1: { own: 200, sibling: 404, other: 404 },
  orglead1: { own: 403, sibling: 404, other: 404 },
  village1: { own: 403, sibling: 404, other: 404 },
  viewer1: { own: 403, sibling: 404, other: 404 },
};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  c = client(h);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1'] as const) t[u] = await h.login(u);
  const communes: Record<Where, string> = { own: w.C1.id, sibling: w.C2.id, other: w.C3.id };
  for (const where of ['own', 'sibling', 'other'] as const) {
    sup[where] = await makeSupervision(h, w, t.admin, 'in_progress', {
      communeId: communes[where],
      subject: `Giám sát ở ${where}`,
    });
    const r = await c.post<Rec>(t.admin, `/api/v1/supervisions/${sup[where]}/recommendations`, {
      content: `Kiến nghị ${where}`,
      addressee: 'UBND xã',
      date: '2023-03-16',
    });
    expect(r.status).toBe(201);
    rec[where] = r.body.id;
  }
});
afterAll(async () => h?.close());

describe('scope matrix', () => {
  for (const role of Object.keys(READ) as Role[]) {
    for (const where of ['own', 'sibling', 'other'] as const) {
      it(`${role} × ${where}: read ${READ[role][where]}, write ${WRITE[role][where]}`, async () => {
        const token = t[role];
        expect((await c.get(token, `/api/v1/supervisions/${sup[where]}`)).status).toBe(READ[role][where]);
        expect(
          (
            await h.app.request(`/api/v1/supervisions/${sup[where]}/plan.docx`, {
              headers: { authorization: `Bearer ${token}` },
            })
          ).status,
        ).toBe(READ[role][where]);
        const before = await h.counts(TABLES);
        const write = await c.patch(token, `/api/v1/supervisions/${sup[where]}`, { content: `Sửa bởi ${role}` });
        expect(write.status).toBe(WRITE[role][where]);
        // The other writes answer the same way; a refused one writes nothing.
        const recWrite = await c.post(token, `/api/v1/supervisions/${sup[where]}/recommendations`, {
          content: 'K',
          addressee: 'UBND xã',
          date: '2023-03-16',
        });
        expect(recWrite.status).toBe(WRITE[role][where] === 200 ? 201 : WRITE[role][where]);
        const issue = await c.post(token, `/api/v1/supervisions/${sup[where]}/report-document`, {});
        // Allowed callers reach the state check: the supervision is not concluded yet (409).
        expect(issue.status).toBe(WRITE[role][where] === 200 ? 409 : WRITE[role][where]);
        if (WRITE[role][where] !== 200) {
          const step = await c.post(token, `/api/v1/supervision-recommendations/${rec[where]}/transitions`, {
            to: 'sent',
            date: '2023-03-20',
          });
          expect(step.status).toBe(WRITE[role][where]);
          expect(await h.counts(TABLES)).toEqual(before);
        }
      });
    }
  }

  it('creating: only the standing committee of the commune (or admin); a foreign commune is 404 naming communeId', async () => {
    const body = (communeId: string) => ({
      communeId,
      subject: 'Giám sát thử',
      startDate: '2023-03-01',
      endDate: '2023-03-02',
    });
    expect((await c.post(t.standing1, '/api/v1/supervisions', body(w.C1.id))).status).toBe(201);
    for (const u of ['orglead1', 'village1', 'viewer1', 'upper1'] as const) {
      const res = await c.post(t[u], '/api/v1/supervisions', body(w.C1.id));
      expect(res.status, u).toBe(403);
    }
    for (const id of [w.C2.id, w.C3.id]) {
      const res = await c.post(t.standing1, '/api/v1/supervisions', body(id));
      expect(res.status).toBe(404);
      expect(res.body.error.fields).toHaveProperty('communeId');
    }
    expect((await c.post(t.upper1, '/api/v1/supervisions', body(w.C3.id))).status).toBe(404);
    expect((await c.post(undefined, '/api/v1/supervisions', body(w.C1.id))).status).toBe(401);
  });

  it('lists hold only the communes the caller reads', async () => {
    const ids = async (token: string, q = '') =>
      (await c.get<{ items: Sup[] }>(token, `/api/v1/supervisions${q}`)).body.items.map((s) => s.id);
    for (const u of ['standing1', 'orglead1', 'village1', 'viewer1'] as const) {
      const seen = await ids(t[u]);
      expect(seen, u).toContain(sup.own);
      expect(seen, u).not.toContain(sup.sibling);
      expect(seen, u).not.toContain(sup.other);
    }
    const upper = await ids(t.upper1);
    expect(upper).toEqual(expect.arrayContaining([sup.own, sup.sibling]));
    expect(upper).not.toContain(sup.other);
    // Naming a foreign commune in the filter does not open it.
    expect(await ids(t.standing1, `?communeId=${w.C3.id}`)).toEqual([]);
    expect(await ids(t.admin)).toEqual(expect.arrayContaining([sup.own, sup.sibling, sup.other]));
    expect((await c.get(undefined, '/api/v1/supervisions')).status).toBe(401);
  });

  it('summaries: the own commune, the upper level for its communes, nothing beyond', async () => {
    const s = (token: string, communeId: string) =>
      c.get(token, `/api/v1/supervisions/summary?communeId=${communeId}&from=2023-01-01&to=2023-12-31`);
    expect((await s(t.village1, w.C1.id)).status).toBe(200);
    expect((await s(t.upper1, w.C2.id)).status).toBe(200);
    expect((await s(t.upper1, w.C3.id)).status).toBe(404);
    expect((await s(t.viewer1, w.C2.id)).status).toBe(404);
  });
});
