import type { HouseholdCategory, HouseholdCategoryRow } from './api';
import { Tag } from 'antd';
import type { Key } from '../../i18n';

export const HOUSEHOLD_CATEGORIES: readonly HouseholdCategory[] = [
  'poor',
  'near_poor',
  'policy',
  'hardship',
  'lonely_elderly',
  'disability',
  'other',
];

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
