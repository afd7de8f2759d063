import { foldVietnamese } from './vi-text';

/**
 * The kinds a unit of each level may be, as the law and local usage name them: the one list the server validates
 * against (an OpenAPI enum) and the staff app offers. A village is a thôn, tổ dân phố, ấp, bản… (Thông tư
 * 05/2022/TT-BNV names thôn and tổ dân phố; ấp, bản, buôn, làng, xóm, khu, khu phố, tổ are their local names).
 */
export const UNIT_KINDS = {
  national: ['trung ương'],
  province: ['tỉnh', 'thành phố'],
  district: ['huyện', 'quận', 'thị xã', 'thành phố'],
  commune: ['xã', 'phường', 'đặc khu', 'thị trấn'],
  village: ['thôn', 'tổ dân phố', 'ấp', 'bản', 'khu phố', 'buôn', 'làng', 'xóm', 'khu', 'tổ'],
} as const;

export const VILLAGE_KINDS = UNIT_KINDS.village;
export type VillageKind = (typeof VILLAGE_KINDS)[number];
export type UnitKindLevel = keyof typeof UNIT_KINDS;

/** Every kind of every level, once each (the OpenAPI enum of a unit's kind). */
export type UnitKind = (typeof UNIT_KINDS)[UnitKindLevel][number];
export const ALL_UNIT_KINDS = [...new Set(Object.values(UNIT_KINDS).flat())] as [UnitKind, ...UnitKind[]];

/** The level below a parent of this level, when units are added under it in bulk (a district is history only). */
export const CHILD_LEVEL: Record<UnitKindLevel, UnitKindLevel | null> = {
  national: null,
  province: 'commune',
  district: 'commune',
  commune: 'village',
  village: null,
};

export const isKindOf = (level: UnitKindLevel, kind: string): boolean =>
  (UNIT_KINDS[level] as readonly string[]).includes(kind);

/** "Tổ dân phố 3" → 'tổ dân phố' (the longest kind the line starts with, ignoring case and accents), else null. */
export function kindPrefix(level: UnitKindLevel, line: string): string | null {
  const folded = foldVietnamese(line);
  const kinds = [...UNIT_KINDS[level]].sort((a, b) => b.length - a.length);
  return kinds.find((k) => folded.startsWith(`${foldVietnamese(k)} `)) ?? null;
}

export type PastedUnit = { line: number; name: string; kind: string };

/**
 * Pasted lines → units, one a line (blank lines skipped): "kind<TAB>name", or a name whose first words are a kind
 * ("Tổ dân phố 3", kept whole as the name, the way units are named), or a plain name of the default kind. A kind
 * before a tab that is not a known kind is passed on as typed, so the server names the line's kind field.
 */
export function parsePastedUnits(text: string, level: UnitKindLevel, defaultKind: string): PastedUnit[] {
  const out: PastedUnit[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.normalize('NFC').trim();
    if (!line) return;
    const tab = line.indexOf('\t');
    if (tab >= 0) {
      const typed = line.slice(0, tab).trim().toLowerCase();
      const name = line.slice(tab + 1).trim();
      const known = UNIT_KINDS[level].find((k) => foldVietnamese(k) === foldVietnamese(typed));
      out.push({ line: i + 1, name, kind: known ?? typed });
      return;
    }
    const name = line.replace(/\s+/g, ' ');
    out.push({ line: i + 1, name, kind: kindPrefix(level, name) ?? defaultKind });
  });
  return out;
}
