import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePastedUnits } from '../../../lib/unit-kinds';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type Items,
  type World,
} from '../../testing/harness';
import { checkChildItems } from './commands/add-children';

type UnitDto = { id: string; level: string; kind: string; name: string; parentId: string; communeId: string };

let h: Harness;
let w: World;
let admin: string;
let standing: string;
beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  admin = await h.login('admin', ADMIN_PASSWORD);
  standing = await h.login('standing1');
});
afterAll(async () => h?.close());

const addChildren = (token: string, parentId: string, items: { name: string; kind: string }[]) =>
  h.request('POST', `/api/v1/units/${parentId}/children`, { token, body: { items } });

describe('units added in bulk (issue 13.5)', () => {
  it("adds a commune's six villages at once, each a village of the commune, one audit row each", async () => {
    const before = await h.counts([]);
    const items = [
      { name: 'Thôn Đông', kind: 'thôn' },
      { name: 'Tổ dân phố 3', kind: 'tổ dân phố' },
      { name: 'Ấp Tân Lập', kind: 'ấp' },
      { name: 'Bản Hua Pan', kind: 'bản' },
      { name: 'Khu phố 2', kind: 'khu phố' },
      { name: 'Xóm Trại', kind: 'xóm' },
    ];
    const res = await addChildren(admin, w.C1.id, items);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const created = (res.body as Items<UnitDto>).items;
    expect(created.map((u) => [u.name, u.kind])).toEqual(items.map((i) => [i.name, i.kind]));
    for (const u of created) expect(u).toMatchObject({ level: 'village', parentId: w.C1.id, communeId: w.C1.id });
    const after = await h.counts([]);
    expect((after.units ?? 0) - (before.units ?? 0)).toBe(6);
    expect((after.audit_log ?? 0) - (before.audit_log ?? 0)).toBe(6);
    const audit = await h.request('GET', `/api/v1/audit?entityId=${created[0]?.id}`, { token: admin });
    expect((audit.body as Items<{ action: string }>).items[0]?.action).toBe('unit.create');
  });

  it('refuses the whole batch, writing nothing, naming each bad line’s field', async () => {
    const body = await h.expectRefused(422, [], () =>
      addChildren(standing, w.C1.id, [
        { name: 'Thôn Mới Một', kind: 'thôn' },
        { name: 'thôn một', kind: 'thôn' }, // an existing sibling (seeded "Thôn Một")
        { name: 'Thôn Mới Một', kind: 'thôn' }, // twice in the paste
        { name: '  ', kind: 'thôn' },
        { name: 'Phường Lạ', kind: 'phường' }, // a commune's kind, not a village's
      ]),
    );
    const fields = (body as ErrorBody).error.fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(['items.1.name', 'items.2.name', 'items.3.name', 'items.4.kind']);
    expect(fields['items.2.name']).toContain('dòng 1');
    expect(fields['items.4.kind']).toContain('thôn');
  });

  it('an unknown kind is refused by the schema, naming items.N.kind', async () => {
    const res = await addChildren(admin, w.C1.id, [{ name: 'Thôn X', kind: 'làng xã' }]);
    expect(res.status).toBe(422);
    expect((res.body as ErrorBody).error.fields).toHaveProperty('items.0.kind');
  });

  it('under a province the children are communes; a village has none', async () => {
    const res = await addChildren(admin, w.P2.id, [
      { name: 'Phường Mới', kind: 'phường' },
      { name: 'Đặc khu Cồn Cỏ', kind: 'đặc khu' },
    ]);
    expect(res.status).toBe(201);
    const [c] = (res.body as Items<UnitDto>).items;
    expect(c).toMatchObject({ level: 'commune', communeId: c?.id });
    const none = await addChildren(admin, w.V1.id, [{ name: 'Xóm A', kind: 'xóm' }]);
    expect(none.status).toBe(422);
    expect((none.body as ErrorBody).error.fields).toHaveProperty('items');
  });

  it('a standing committee adds to its commune only', async () => {
    expect((await addChildren(standing, w.C1.id, [{ name: 'Thôn Chín', kind: 'thôn' }])).status).toBe(201);
    await h.expectRefused(404, [], () => addChildren(standing, w.C2.id, [{ name: 'Thôn Chín', kind: 'thôn' }]));
    // the province above is outside its scope
    await h.expectRefused(404, [], () => addChildren(standing, w.P1.id, [{ name: 'Xã Mới', kind: 'xã' }]));
  });

  it('POST /units refuses a kind of another level, naming kind', async () => {
    const res = await h.request('POST', '/api/v1/units', {
      token: admin,
      body: { level: 'village', name: 'Thôn Y', parentId: w.C1.id, kind: 'phường' },
    });
    expect(res.status).toBe(422);
    expect((res.body as ErrorBody).error.fields).toHaveProperty('kind');
  });
});

describe('pasted lines and their checks', () => {
  it('reads "kind<TAB>name", a kind prefix, or a plain name of the default kind', () => {
    expect(
      parsePastedUnits('Thôn Đông\n\nTổ dân phố 3\nấp\tTân Lập\nTổ 5\nKhu phố 1\n  Bắc  ', 'village', 'thôn'),
    ).toEqual([
      { line: 1, name: 'Thôn Đông', kind: 'thôn' },
      { line: 3, name: 'Tổ dân phố 3', kind: 'tổ dân phố' },
      { line: 4, name: 'Tân Lập', kind: 'ấp' },
      { line: 5, name: 'Tổ 5', kind: 'tổ' },
      { line: 6, name: 'Khu phố 1', kind: 'khu phố' },
      { line: 7, name: 'Bắc', kind: 'thôn' },
    ]);
  });

  it('names duplicates case-blind, but keeps accents apart', () => {
    const fields = checkChildItems(
      'village',
      [
        { name: 'Thôn Đông', kind: 'thôn' },
        { name: 'Thôn Dông', kind: 'thôn' },
        { name: 'THÔN ĐÔNG', kind: 'thôn' },
      ],
      [],
    );
    expect(Object.keys(fields)).toEqual(['items.2.name']);
  });
});
