import type { HouseholdCan } from './permissions';
import { Tag } from 'antd';
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
  /** What the caller may do (the server is adding it to the Household presenter). */
  can?: HouseholdCan;
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
