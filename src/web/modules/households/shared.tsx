import { Tag } from 'antd';
import type { Me, Unit } from '../../lib/api';
import type { Key } from '../../i18n';

/* ---------- API shapes (src/server/modules/households/present.ts) ---------- */

export const HOUSEHOLD_CATEGORIES = [
  'poor',
  'near_poor',
  'policy',
  'hardship',
  'lonely_elderly',
  'disability',
  'other',
] as const;
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];
export type HouseholdCategoryRow = { year: number; category: HouseholdCategory; decisionRef: string | null };
export type Household = {
  id: string;
  communeId: string;
  villageId: string;
  villageName: string;
  headName: string;
  address: string | null;
  members: number | null;
  phone: string | null;
  categories: HouseholdCategoryRow[];
  erased: boolean;
  erasedAt: string | null;
  createdAt: string;
  updatedAt: string;
};
export type HouseholdPage = { items: Household[]; total: number; limit: number; offset: number };
export type ImportRowError = { row: number; field: string; message: string };
export type ImportResult = { created: number; updated: number; errors: ImportRowError[] };

export const categoryKey = (c: HouseholdCategory): Key => `hhCat_${c}` as Key;

/** "{n} hộ" → "12 hộ". */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Rights as the server decides them (src/server/modules/households/policy.ts), to show only usable buttons. */
export function householdRights(me: Me) {
  const admin = me.permissions.admin;
  const standing = me.roles.filter((r) => r.role === 'standing').map((r) => r.unitId);
  const villageLead = me.roles.filter((r) => r.role === 'village_lead').map((r) => r.unitId);
  return {
    writesAny: admin || standing.length > 0 || villageLead.length > 0,
    write: (h: { communeId: string; villageId: string }) =>
      admin || standing.includes(h.communeId) || villageLead.includes(h.villageId),
    erase: (h: { communeId: string }) => admin || standing.includes(h.communeId),
    /** Villages the user may add households to. */
    writableVillages: (units: Unit[]) =>
      units.filter(
        (u) =>
          u.level === 'village' &&
          (admin || (u.communeId !== null && standing.includes(u.communeId)) || villageLead.includes(u.id)),
      ),
  };
}

/** Category tags of one year (or, without a year, of the latest year with categories). */
export function CategoryTags({
  categories,
  year,
  t,
}: {
  categories: HouseholdCategoryRow[];
  year?: number;
  t: (k: Key) => string;
}) {
  const y = year ?? categories[0]?.year;
  const shown = categories.filter((c) => c.year === y);
  if (!shown.length) return <Tag>{t('hhNoCategory')}</Tag>;
  const colour: Record<HouseholdCategory, string> = {
    poor: 'red',
    near_poor: 'orange',
    policy: 'blue',
    hardship: 'gold',
    lonely_elderly: 'purple',
    disability: 'cyan',
    other: 'default',
  };
  return (
    <>
      {shown.map((c) => (
        <Tag key={c.category} color={colour[c.category]} title={c.decisionRef ?? undefined} style={{ marginBottom: 2 }}>
          {year === undefined ? `${c.year}: ` : ''}
          {t(categoryKey(c.category))}
        </Tag>
      ))}
    </>
  );
}
