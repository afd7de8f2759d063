import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../db/client';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness, type Items, type World } from '../../testing/harness';
import { nextSlug, slugPart } from './slug';

/** Issue 13.9: every commune has a readable portal address, /xa/hong-son, unique across the installation. */
type UnitDto = { id: string; level: string; name: string; code: string | null; slug: string | null };

let h: Harness;
let w: World;
let admin = '';
beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  admin = await h.login('admin', ADMIN_PASSWORD);
});
afterAll(async () => h?.close());

const communes = async () => {
  const res = await h.request('GET', '/api/v1/units?ended=include', { token: admin });
  return (res.body as Items<UnitDto>).items.filter((u) => u.level === 'commune');
};
const byCode = (list: UnitDto[], code: string) => list.find((u) => u.code === code);

describe('the slug ladder', () => {
  it('drops diacritics and đ, keeps letters and digits', () => {
    expect(slugPart('Hồng Sơn')).toBe('hong-son');
    expect(slugPart('Đặc khu Côn Đảo')).toBe('dac-khu-con-dao');
    expect(slugPart('Phường 12 (cũ)')).toBe('phuong-12-cu');
    expect(slugPart('  ***  ')).toBe('');
  });

  it('takes the name, then the province, then the official code or a counter', () => {
    const taken = new Set<string>();
    const hs = { name: 'Hồng Sơn', provinceName: 'Tuyên Quang', code: '02608' };
    expect(nextSlug(hs, taken)).toBe('hong-son');
    expect(nextSlug({ ...hs, provinceName: 'Hà Nội', code: '10465' }, taken)).toBe('hong-son-ha-noi');
    expect(nextSlug({ ...hs, provinceName: 'Hà Nội', code: '99999' }, taken)).toBe('hong-son-ha-noi-99999');
    expect(nextSlug({ ...hs, provinceName: 'Hà Nội', code: null }, taken)).toBe('hong-son-ha-noi-2');
    expect(nextSlug({ ...hs, provinceName: 'Hà Nội', code: null }, taken)).toBe('hong-son-ha-noi-3');
    expect(nextSlug({ name: '***', provinceName: null, code: null }, taken)).toBe('xa');
  });
});

describe('communes made through the API', () => {
  it('get their slug when made one by one, in bulk or from the official list; a name that repeats takes its province', async () => {
    expect((await communes()).map((u) => [u.name, u.slug])).toEqual(
      expect.arrayContaining([
        ['Xã Một', 'xa-mot'],
        ['Xã Hai', 'xa-hai'],
        ['Xã Ba', 'xa-ba'],
      ]),
    );
    // The same name in another province.
    const one = await h.request('POST', '/api/v1/units', {
      token: admin,
      body: { level: 'commune', name: 'Xã Một', parentId: w.P2.id },
    });
    expect(one.status).toBe(201);
    expect((one.body as UnitDto).slug).toBe('xa-mot-tinh-hai');
    // Several at once under a province.
    const bulk = await h.request('POST', `/api/v1/units/${w.P2.id}/children`, {
      token: admin,
      body: {
        items: [
          { name: 'Hồng Sơn', kind: 'xã' },
          { name: 'Xã Hai', kind: 'xã' },
        ],
      },
    });
    expect(bulk.status).toBe(201);
    expect((bulk.body as Items<UnitDto>).items.map((u) => u.slug)).toEqual(['hong-son', 'xa-hai-tinh-hai']);
    // Villages have none.
    const village = await h.request('GET', `/api/v1/units/${w.V1.id}`, { token: admin });
    expect((village.body as UnitDto).slug).toBeNull();
  });

  it('a province from the official list: each of its ~100 communes gets one, all different', async () => {
    for (const code of ['08', '80', '01']) {
      const res = await h.request('POST', '/api/v1/units/from-official', {
        token: admin,
        body: { provinceCode: code },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const list = await communes();
    const slugs = list.map((u) => u.slug);
    expect(slugs.every((s) => typeof s === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s))).toBe(true);
    expect(new Set(slugs).size).toBe(slugs.length);
    // Tuyên Quang's Hồng Sơn came after the hand-made one above; Hà Nội's after both.
    expect(byCode(list, '02608')?.slug).toBe('hong-son-tuyen-quang');
    expect(byCode(list, '10465')?.slug).toBe('hong-son-ha-noi');
    // Tân Thanh (Tuyên Quang) first; Tây Ninh has both a Tân Thành and a Tân Thạnh.
    expect(byCode(list, '02578')?.slug).toBe('tan-thanh');
    expect(byCode(list, '25534')?.slug).toBe('tan-thanh-tay-ninh');
    expect(byCode(list, '27826')?.slug).toBe('tan-thanh-tay-ninh-27826');
  });

  it('keeps its slug when renamed, so links already shared keep working', async () => {
    const res = await h.request('PATCH', `/api/v1/units/${w.C3.id}`, { token: admin, body: { name: 'Xã Ba Mới' } });
    expect(res.status).toBe(200);
    expect((res.body as UnitDto).slug).toBe('xa-ba');
  });
});

describe('migration 0015', () => {
  it('gives the communes made before it the same kind of slugs: unique, the first by name the short one', async () => {
    const file = readFileSync(`${migrationsFolder}/0015_portal_identity.sql`, 'utf8');
    const backfill = file.split('--> statement-breakpoint').find((s) => s.includes('UPDATE units SET slug'));
    expect(backfill).toBeTruthy();
    await h.db.execute(sql`update units set slug = null`);
    await h.db.execute(sql.raw(backfill ?? ''));
    const list = await communes();
    const slugs = list.map((u) => u.slug);
    expect(slugs.every((s) => typeof s === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s))).toBe(true);
    expect(new Set(slugs).size).toBe(slugs.length);
    // The seed's communes came first; the later "Xã Một" and "Xã Hai" of Tỉnh Hai take the province, as the app gave.
    expect(list.find((u) => u.id === w.C2.id)?.slug).toBe('xa-hai');
    expect(list.filter((u) => u.name === 'Xã Hai').map((u) => u.slug)).toEqual(
      expect.arrayContaining(['xa-hai', 'xa-hai-tinh-hai']),
    );
    expect(list.filter((u) => u.name === 'Xã Một').map((u) => u.slug)).toEqual(
      expect.arrayContaining(['xa-mot', 'xa-mot-tinh-hai']),
    );
    expect(byCode(list, '10465')?.slug).toBe('hong-son-ha-noi');
    // The two Tân Thanh of Tây Ninh made in one statement: the province for one, the province and code for the other.
    for (const code of ['25534', '27826'])
      expect(['tan-thanh-tay-ninh', `tan-thanh-tay-ninh-${code}`]).toContain(byCode(list, code)?.slug);
    const others = await h.db.execute(
      sql`select count(*)::int as n from units where slug is not null and level <> 'commune'`,
    );
    expect(Number((others as unknown as { rows: { n: number }[] }).rows[0]?.n)).toBe(0);
  });
});
