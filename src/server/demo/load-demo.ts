import { and, eq } from 'drizzle-orm';
import { systemMeta } from '../core/actor';
import { systemActor } from '../core/command';
import type { Db } from '../db/client';
import { registerIndicatorSources } from '../indicator-sources';
import type { Logger } from '../logger';
import { createOrganization } from '../modules/units/commands/save-organization';
import { writeOfficialPredecessors } from '../modules/units/commands/add-official-predecessors';
import { writeProvinceFromOfficial } from '../modules/units/commands/create-province-from-official';
import { createUnit } from '../modules/units/commands/create-unit';
import { storeLogo } from '../modules/units/commands/set-logo';
import { updateUnit } from '../modules/units/commands/update-unit';
import { defaultKind } from '../modules/units/policy';
import { listUnits } from '../modules/units/queries';
import { units, type Unit } from '../modules/units/schema';
import { createUser } from '../modules/users/commands/create-user';
import type { ResolvedRole } from '../modules/users/resolve-roles';
import { findUserByUsername } from '../modules/users/queries';
import { DEMO_STAFF } from './demo-people';
import { modules } from '../modules';
import type { DemoContext, ModuleManifest } from '../modules/manifest';
import { demoEmblemPng } from './demo-emblem';

export const DEMO_PASSWORD = 'HongSon@2026';
/** Official codes (Decision 19/2025/QĐ-TTg): xã Hồng Sơn and its neighbour xã Sơn Dương, tỉnh Tuyên Quang. */
const HONG_SON_CODE = '02608';
const NEIGHBOUR_CODE = '02536';

const VILLAGES = ['Thôn Đông', 'Thôn Đoài', 'Thôn Trung', 'Thôn Thượng', 'Thôn Hạ', 'Thôn Tân Lập'];
const ORGANIZATIONS = [
  { name: 'Hội Liên hiệp Phụ nữ xã Hồng Sơn', shortName: 'Hội LHPN' },
  { name: 'Hội Nông dân xã Hồng Sơn', shortName: 'Hội ND' },
  { name: 'Hội Cựu chiến binh xã Hồng Sơn', shortName: 'Hội CCB' },
  { name: 'Đoàn TNCS Hồ Chí Minh xã Hồng Sơn', shortName: 'Đoàn TN' },
  { name: 'Hội Người cao tuổi xã Hồng Sơn', shortName: 'Hội NCT' },
];

export type DemoCredentials = { username: string; password: string; role: string; scope: string }[];

const role = (r: ResolvedRole['role'], unit: Unit, organizationId: string | null = null): ResolvedRole => ({
  role: r,
  unitId: organizationId ? null : unit.id,
  organizationId,
  unitPath: unit.path,
  unitLevel: unit.level,
});

/**
 * The modules with a demo step, in list order, except that a step waits for the modules named in its
 * `demoAfter` (the first ready step in list order runs next).
 */
export function demoSteps(list: readonly ModuleManifest[]): ModuleManifest[] {
  let rest = list.filter((m) => m.loadDemo);
  const done = new Set<string>();
  const out: ModuleManifest[] = [];
  while (rest.length > 0) {
    const waiting = new Set(rest.map((m) => m.name));
    const next = rest.find((m) => (m.demoAfter ?? []).every((name) => done.has(name) || !waiting.has(name)));
    if (!next) throw new Error(`demo steps wait for each other: ${[...waiting].join(', ')}`);
    out.push(next);
    done.add(next.name);
    rest = rest.filter((m) => m !== next);
  }
  return out;
}

/** The portal's "Giới thiệu" of xã Hồng Sơn, one paragraph a line. */
const HONG_SON_INTRO = [
  'Ủy ban Mặt trận Tổ quốc Việt Nam xã Hồng Sơn là tổ chức liên minh chính trị, liên hiệp tự nguyện của các tổ chức chính trị - xã hội và các tầng lớp Nhân dân trên địa bàn xã, hoạt động theo Luật Mặt trận Tổ quốc Việt Nam và Điều lệ Mặt trận Tổ quốc Việt Nam.',
  'Xã Hồng Sơn, tỉnh Tuyên Quang được thành lập từ ngày 01/7/2025 trên cơ sở sáp nhập các xã Hồng Sơn, Chi Thiết và Văn Phú; có 6 thôn: Thôn Đông, Thôn Đoài, Thôn Trung, Thôn Thượng, Thôn Hạ và Thôn Tân Lập. Các tổ chức thành viên gồm Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên Cộng sản Hồ Chí Minh và Hội Người cao tuổi xã.',
  'Ban Thường trực Ủy ban MTTQ Việt Nam xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở; tiếp nhận ý kiến, kiến nghị của cử tri và Nhân dân, tổ chức các cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, “Vì người nghèo”, giám sát và phản biện xã hội theo quy định.',
].join('\n');

/**
 * The demo commune of the seed article: xã Hồng Sơn with 6 villages and its member organisations,
 * one user per role. Written through the same commands as the API, so every row is audited. With a
 * storage directory, the commune also gets its emblem for the portal.
 */
export async function loadDemo(db: Db, opts: { storageDir?: string } = {}): Promise<DemoCredentials> {
  // The demo issues a report from module-fed figures; it may run without the app (`npm run demo`).
  registerIndicatorSources();
  const meta = systemMeta;
  // Since 1/7/2025 xã Hồng Sơn (02608) is a commune of Tuyên Quang (08), which the official list gives with its 124
  // communes; Chi Thiết and Văn Phú, merged into it, are kept as history.
  const { province } = await writeProvinceFromOfficial(db, meta, '08');
  // The central committee, whose relief fund allocates to the provinces (the funds step).
  const national = await createUnit(db, meta, null, {
    level: 'national',
    name: 'Ủy ban Trung ương MTTQ Việt Nam',
    kind: defaultKind.national,
  });
  const [official] = await listUnits(db, systemActor, { code: HONG_SON_CODE });
  if (!official) throw new Error('the official list has no commune 02608');
  const commune = await updateUnit(db, meta, official, {
    settings: {
      address: 'Trụ sở UBND xã Hồng Sơn, tỉnh Tuyên Quang',
      phone: '0207 3870 123',
      email: 'mttq.hongson@example.vn',
      chairName: 'Nguyễn Văn Luyện',
      intro: HONG_SON_INTRO,
      responsible: 'Ông Nguyễn Văn Luyện, Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Sơn',
    },
  });
  if (opts.storageDir) await storeLogo(db, meta, opts.storageDir, commune, await demoEmblemPng());
  await writeOfficialPredecessors(db, meta, commune);
  const villages: Unit[] = [];
  for (const name of VILLAGES)
    villages.push(await createUnit(db, meta, commune, { level: 'village', name, kind: 'thôn' }));
  const orgs = [];
  for (const o of ORGANIZATIONS) orgs.push(await createOrganization(db, meta, commune, o));
  const demo: DemoContext = {
    db,
    national,
    province,
    commune,
    villages,
    orgs,
    meetings: { review: null, voterContact: null, consultation: null },
    reportId: null,
  };
  for (const m of demoSteps(modules)) await m.loadDemo?.(demo);
  const [neighbour] = await listUnits(db, systemActor, { code: NEIGHBOUR_CODE });
  if (!neighbour) throw new Error(`the official list has no commune ${NEIGHBOUR_CODE}`);
  await createUnit(db, meta, neighbour, { level: 'village', name: 'Thôn Bến', kind: 'thôn' });

  const [firstVillage] = villages;
  const [women] = orgs;
  if (!firstVillage || !women) throw new Error('demo structure incomplete');
  const people: { username: string; fullName: string; email: string; roles: ResolvedRole[]; scope: string }[] = [
    {
      ...DEMO_STAFF.national,
      roles: [role('upper', national)],
      scope: 'Ủy ban Trung ương MTTQ Việt Nam',
    },
    {
      ...DEMO_STAFF.province,
      roles: [role('upper', province)],
      scope: 'MTTQ tỉnh Tuyên Quang (cấp trên)',
    },
    {
      ...DEMO_STAFF.standing,
      roles: [role('standing', commune)],
      scope: 'Ban Thường trực xã Hồng Sơn',
    },
    {
      ...DEMO_STAFF.women,
      roles: [role('org_lead', commune, women.id)],
      scope: 'Chủ tịch Hội LHPN xã',
    },
    {
      ...DEMO_STAFF.villageHead,
      roles: [role('village_lead', firstVillage)],
      scope: 'Trưởng ban CTMT Thôn Đông',
    },
    { ...DEMO_STAFF.viewer, roles: [role('viewer', commune)], scope: 'Chỉ xem, xã Hồng Sơn' },
  ];
  for (const p of people) await createUser(db, meta, { ...p, password: DEMO_PASSWORD });
  return people.map((p) => ({
    username: p.username,
    password: DEMO_PASSWORD,
    role: p.roles[0]?.role ?? '',
    scope: p.scope,
  }));
}

export async function hasDemo(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.level, 'commune'), eq(units.name, 'Hồng Sơn')))
    .limit(1);
  return Boolean(row) || Boolean(await findUserByUsername(db, 'btt'));
}

export function printCredentials(creds: DemoCredentials) {
  console.log('\n  Dữ liệu mẫu xã Hồng Sơn đã được nạp. Tài khoản thử / demo accounts:');
  for (const c of creds) console.log(`  - ${c.username.padEnd(10)} ${c.password}   ${c.role.padEnd(13)} ${c.scope}`);
  console.log('');
}

/** `npm start -- --demo`: only on a database that holds no units yet. */
export async function loadDemoIfEmpty(db: Db, logger: Logger, storageDir?: string) {
  const [any] = await db.select({ id: units.id }).from(units).limit(1);
  if (any) {
    logger.info('demo not loaded: the database already has units');
    return;
  }
  printCredentials(await loadDemo(db, { storageDir }));
}
