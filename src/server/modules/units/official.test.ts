import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type Items,
  type World,
} from '../../testing/harness';

/** Issue 14.1: the official map since 1/7/2025, a province onboarded from it, and merged units kept as history. */
type UnitDto = {
  id: string;
  level: string;
  kind: string;
  name: string;
  parentId: string | null;
  code: string | null;
  endedOn: string | null;
  successorId: string | null;
};
type Official = { code: string; name: string; kind: string; level: string; provinceCode: string };

let h: Harness;
let w: World;
const t = { admin: '', upper1: '', standing1: '' };
beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  t.upper1 = await h.login('upper1');
  t.standing1 = await h.login('standing1');
});
afterAll(async () => h?.close());

const get = async <T>(token: string, path: string) => {
  const res = await h.request('GET', path, { token });
  expect(res.status, path).toBe(200);
  return res.body as T;
};
const post = (token: string, path: string, body?: unknown) => h.request('POST', path, { token, body });
const fieldsOf = (body: unknown) => Object.keys((body as ErrorBody).error.fields ?? {});

describe('the official list', () => {
  it('has the 34 provinces, and the communes of one with their codes and kinds', async () => {
    const provinces = await get<Items<Official>>(t.standing1, '/api/v1/official-units');
    expect(provinces.items).toHaveLength(34);
    expect(provinces.items).toContainEqual({
      code: '08',
      name: 'Tuyên Quang',
      kind: 'tỉnh',
      level: 'province',
      provinceCode: '08',
    });
    expect(provinces.items.find((p) => p.code === '01')).toMatchObject({ name: 'Hà Nội', kind: 'thành phố' });
    const phuTho = await get<Items<Official>>(t.standing1, '/api/v1/official-units?provinceCode=25');
    expect(phuTho.items).toHaveLength(148);
    expect(new Set(phuTho.items.map((c) => c.kind))).toEqual(new Set(['xã', 'phường']));
    expect(phuTho.items.every((c) => /^\d{5}$/.test(c.code) && c.level === 'commune')).toBe(true);
    const tuyenQuang = await get<Items<Official>>(t.standing1, '/api/v1/official-units?provinceCode=08');
    expect(tuyenQuang.items).toHaveLength(124);
    expect(tuyenQuang.items).toContainEqual({
      code: '02608',
      name: 'Hồng Sơn',
      kind: 'xã',
      level: 'commune',
      provinceCode: '08',
    });
    const before = await get<Items<{ oldCode: string; oldName: string; oldDistrict: string }>>(
      t.standing1,
      '/api/v1/official-units/02608/predecessors',
    );
    expect(before.items.map((m) => m.oldName).sort()).toEqual(['Xã Chi Thiết', 'Xã Hồng Sơn', 'Xã Văn Phú']);
    expect(before.items[0]?.oldDistrict).toBe('Huyện Sơn Dương');
  });

  it('refuses a malformed province code naming it', async () => {
    const res = await h.request('GET', '/api/v1/official-units?provinceCode=8', { token: t.standing1 });
    expect(res.status).toBe(422);
    expect(fieldsOf(res.body)).toEqual(['provinceCode']);
  });
});

describe('a province created from the official list', () => {
  it('is created with all its 148 communes in one step, each with its code; again, it adds nothing', async () => {
    const res = await post(t.admin, '/api/v1/units/from-official', { provinceCode: '25' });
    expect(res.status).toBe(201);
    const body = res.body as { province: UnitDto; communes: number; created: number };
    expect(body).toMatchObject({ communes: 148, created: 148 });
    expect(body.province).toMatchObject({ name: 'Phú Thọ', kind: 'tỉnh', code: '25', level: 'province' });
    const communes = await get<Items<UnitDto>>(t.admin, `/api/v1/units?parentId=${body.province.id}`);
    expect(communes.items).toHaveLength(148);
    expect(communes.items.every((c) => c.level === 'commune' && /^\d{5}$/.test(c.code ?? ''))).toBe(true);
    const byCode = await get<Items<UnitDto>>(t.admin, '/api/v1/units?code=25');
    expect(byCode.items.map((u) => u.id)).toEqual([body.province.id]);

    const before = await h.counts();
    const again = await post(t.admin, '/api/v1/units/from-official', { provinceCode: '25' });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ communes: 148, created: 0, province: { id: body.province.id } });
    expect((await h.counts()).units).toBe(before.units);
  });

  it('gives its code to a province and commune typed in by hand before, instead of duplicating them', async () => {
    const province = (
      await post(t.admin, '/api/v1/units', { level: 'province', name: 'Tuyên Quang', parentId: null, kind: 'tỉnh' })
    ).body as UnitDto;
    const commune = (
      await post(t.admin, '/api/v1/units', { level: 'commune', name: 'Hồng Sơn', parentId: province.id, kind: 'xã' })
    ).body as UnitDto;
    const res = await post(t.admin, '/api/v1/units/from-official', { provinceCode: '08' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      communes: 124,
      created: 123,
      coded: 1,
      province: { id: province.id, code: '08' },
    });
    const hongSon = await get<Items<UnitDto>>(t.admin, '/api/v1/units?code=02608');
    expect(hongSon.items.map((u) => u.id)).toEqual([commune.id]);
  });

  it('is for the administrator only; an unknown or malformed code is refused naming provinceCode; nothing is written', async () => {
    const before = await h.counts();
    for (const token of [t.upper1, t.standing1]) {
      const res = await post(token, '/api/v1/units/from-official', { provinceCode: '01' });
      expect(res.status).toBe(403);
    }
    const unknown = await post(t.admin, '/api/v1/units/from-official', { provinceCode: '99' });
    expect(unknown.status).toBe(404);
    expect(fieldsOf(unknown.body)).toEqual(['provinceCode']);
    for (const provinceCode of ['8', '0a', 8, null]) {
      const bad = await post(t.admin, '/api/v1/units/from-official', { provinceCode });
      expect(bad.status).toBe(422);
      expect(fieldsOf(bad.body)).toEqual(['provinceCode']);
    }
    expect(await h.counts()).toEqual(before);
  });
});

describe('units that ended on 30/6/2025 are kept as history with their successor', () => {
  it("a commune's old communes come from the mapping, ended, out of the pickers, found by their code", async () => {
    const [hongSon] = (await get<Items<UnitDto>>(t.admin, '/api/v1/units?code=02608')).items;
    const res = await post(t.admin, `/api/v1/units/${hongSon?.id}/official-predecessors`);
    expect(res.status).toBe(201);
    const added = (res.body as Items<UnitDto>).items;
    expect(added.map((u) => `${u.kind} ${u.name} ${u.code}`).sort()).toEqual([
      'xã Chi Thiết 02599',
      'xã Văn Phú 02596',
    ]);
    expect(added.every((u) => u.endedOn === '2025-06-30' && u.successorId === hongSon?.id)).toBe(true);
    expect(((await post(t.admin, `/api/v1/units/${hongSon?.id}/official-predecessors`)).body as Items).items).toEqual(
      [],
    );
    const current = await get<Items<UnitDto>>(t.admin, `/api/v1/units?parentId=${hongSon?.parentId}`);
    expect(current.items).toHaveLength(124);
    expect(current.items.some((u) => u.endedOn)).toBe(false);
    const ended = await get<Items<UnitDto>>(t.admin, '/api/v1/units?ended=only');
    expect(ended.items.map((u) => u.name).sort()).toEqual(['Chi Thiết', 'Văn Phú']);
    expect((await get<Items<UnitDto>>(t.admin, '/api/v1/units?code=02599')).items).toHaveLength(1);
  });

  it("the successor's users read the merged commune's records, and cannot write them", async () => {
    const old = (
      await post(t.admin, '/api/v1/units', { level: 'commune', name: 'Xã Cũ', parentId: w.P1.id, kind: 'xã' })
    ).body as UnitDto;
    const fund = (await post(t.admin, '/api/v1/funds', { communeId: old.id, name: 'Quỹ xã Cũ' })).body as {
      id: string;
    };
    const seen = async () =>
      ((await get<Items>(t.standing1, '/api/v1/funds')).items as { id: string }[]).some((f) => f.id === fund.id);
    expect(await seen()).toBe(false);

    const res = await post(t.admin, `/api/v1/units/${old.id}/succession`, { successorId: w.C1.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ endedOn: '2025-06-30', successorId: w.C1.id });
    t.standing1 = await h.login('standing1');
    expect(await seen()).toBe(true);
    const write = await post(t.standing1, '/api/v1/donations', {
      fundId: fund.id,
      donorKind: 'person',
      donorName: 'Nguyễn Văn A',
      amount: 100_000,
      date: '2025-01-02',
    });
    expect(write.status).toBe(403);
    // The name is free again for a current unit of the province.
    expect(
      (await post(t.admin, '/api/v1/units', { level: 'commune', name: 'Xã Cũ', parentId: w.P1.id, kind: 'xã' })).status,
    ).toBe(201);
  });

  it('refuses a successor of another level, itself, an ended one, or an ended unit again; writes nothing', async () => {
    const unit = (
      await post(t.admin, '/api/v1/units', { level: 'commune', name: 'Xã Sắp nhập', parentId: w.P1.id, kind: 'xã' })
    ).body as UnitDto;
    const [ended] = (await get<Items<UnitDto>>(t.admin, '/api/v1/units?ended=only')).items;
    const before = await h.counts();
    for (const [successorId, status] of [
      [w.V1.id, 422],
      [unit.id, 422],
      [ended?.id, 422],
      ['7b0e7a52-0000-4000-8000-000000000000', 404],
    ] as const) {
      const res = await post(t.admin, `/api/v1/units/${unit.id}/succession`, { successorId });
      expect(res.status, String(successorId)).toBe(status);
      expect(fieldsOf(res.body)).toEqual(['successorId']);
    }
    const bad = await post(t.admin, `/api/v1/units/${unit.id}/succession`, {
      successorId: w.C2.id,
      endedOn: '2025-02-30',
    });
    expect(fieldsOf(bad.body)).toEqual(['endedOn']);
    const again = await post(t.admin, `/api/v1/units/${ended?.id}/succession`, { successorId: w.C2.id });
    expect(again.status).toBe(409);
    const outside = await post(t.standing1, `/api/v1/units/${unit.id}/succession`, { successorId: w.C1.id });
    expect(outside.status).toBe(404);
    expect(await h.counts()).toEqual(before);
  });
});
