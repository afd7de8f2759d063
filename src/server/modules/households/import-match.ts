import { unitDisplayName } from '../../../lib/units';
import { foldVietnamese } from '../../../lib/vi-text';
import type { Unit } from '../units/schema';
import type { ImportRow, RowError } from './import-file';
import type { HouseholdCategory } from './schema';

/** A checked row of an import: its village resolved, and the household it updates (if the registry has it). */
export type ResolvedRow = {
  row: number;
  village: Unit;
  headName: string;
  headNameFolded: string;
  address: string | null;
  members: number | null;
  phone: string | null;
  year: number | null;
  categories: HouseholdCategory[];
  decisionRef: string | null;
  /** The existing household (same folded head name, same village), or null for a new one. */
  matchId: string | null;
};

type RegistryKey = { id: string; villageId: string; headNameFolded: string };

/** Villages by folded name, display name ("Thôn Một") or id; a name two villages share is ambiguous. */
function villageIndex(villages: Unit[]) {
  const byKey = new Map<string, Unit | 'ambiguous'>();
  const put = (k: string, v: Unit) => {
    const had = byKey.get(k);
    byKey.set(k, had && had !== 'ambiguous' && had.id !== v.id ? 'ambiguous' : v);
  };
  for (const v of villages) {
    put(foldVietnamese(v.name), v);
    put(foldVietnamese(unitDisplayName(v)), v);
    put(v.id.toLowerCase(), v);
  }
  return byKey;
}

/**
 * Matches parsed rows to the actor's villages and to the commune's registry. A household is its village plus its
 * head's folded name: twice in the file is an error on both rows; one existing household is updated; two existing
 * ones with that name cannot be told apart, so the row is refused. Errors come back sorted by row.
 */
export function matchImportRows(
  rows: ImportRow[],
  parseErrors: RowError[],
  villages: Unit[],
  registryKeys: RegistryKey[],
): { resolved: ResolvedRow[]; errors: RowError[] } {
  const byKey = villageIndex(villages);
  const errors: RowError[] = [...parseErrors];
  const registry = new Map<string, string[]>();
  for (const r of registryKeys) {
    const k = `${r.villageId}|${r.headNameFolded}`;
    registry.set(k, [...(registry.get(k) ?? []), r.id]);
  }
  const seen = new Map<string, number>();
  const resolved: ResolvedRow[] = [];
  for (const r of rows) {
    const v = byKey.get(foldVietnamese(r.village));
    if (!v) {
      errors.push({
        row: r.row,
        field: 'villageId',
        message: `Thôn "${r.village}" không có trong xã hoặc nằm ngoài phạm vi của bạn.`,
      });
      continue;
    }
    if (v === 'ambiguous') {
      errors.push({
        row: r.row,
        field: 'villageId',
        message: `Có nhiều thôn cùng tên "${r.village}": ghi mã thôn (xem trang Hướng dẫn của tệp mẫu).`,
      });
      continue;
    }
    const folded = foldVietnamese(r.headName);
    const key = `${v.id}|${folded}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const msg = (other: number) => `Trùng hộ với dòng ${other} (cùng họ tên chủ hộ và thôn).`;
      errors.push({ row: first, field: 'headName', message: msg(r.row) });
      errors.push({ row: r.row, field: 'headName', message: msg(first) });
      continue;
    }
    seen.set(key, r.row);
    const matches = registry.get(key) ?? [];
    if (matches.length > 1) {
      errors.push({
        row: r.row,
        field: 'headName',
        message: `Thôn đã có ${matches.length} hộ cùng họ tên chủ hộ này; hãy sửa trực tiếp trên ứng dụng.`,
      });
      continue;
    }
    resolved.push({ ...r, village: v, headNameFolded: folded, matchId: matches[0] ?? null });
  }
  errors.sort((a, b) => a.row - b.row);
  return { resolved, errors };
}
