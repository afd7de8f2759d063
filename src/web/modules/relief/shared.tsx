import { useQuery, type QueryClient } from '@tanstack/react-query';
import { Tag } from 'antd';
import { useI18n, type Key } from '../../i18n';
import { reliefKeys, fetchPrograms, fetchSupports, fetchSummary, fetchSuggestions } from './api';

/* ---------- API shapes (src/server/modules/relief/present.ts, queries.ts) ---------- */

export const SUPPORT_KINDS = ['cash', 'goods', 'house', 'scholarship'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const CATEGORIES = ['poor', 'near_poor', 'policy', 'hardship', 'lonely_elderly', 'disability', 'other'] as const;
export type SourceKind = 'fund' | 'donor' | 'other';

// TODO(api-schema): the server answers anyJson here; derive from lib/api-types.ts once it declares the schema.
export type ReliefProgram = {
  id: string;
  communeId: string;
  name: string;
  date: string;
  partner: string | null;
  targetCategories: string[];
  note: string | null;
  households: number;
  value: number;
  canManage?: boolean;
};

// TODO(api-schema)
export type ReliefSupport = {
  id: string;
  programId: string;
  householdId: string;
  headName: string;
  villageId: string;
  villageName: string;
  categories: string[];
  kind: SupportKind;
  value: number;
  description: string | null;
  sourceKind: SourceKind;
  fundId: string | null;
  fundName: string | null;
  donorName: string | null;
  payoutNo: string | null;
  overrideReason: string | null;
  handedOverAt: string | null;
  handedOverBy: string | null;
};

type Group = { households: number; value: number; count: number };
// TODO(api-schema)
export type ReliefSummary = {
  households: number;
  value: number;
  count: number;
  handedOver: number;
  text: string;
  bySource: (Group & { source: SourceKind; fundId: string | null; name: string })[];
  byCategory: (Group & { category: string })[];
  byVillage: (Group & { villageId: string; name: string })[];
};

// TODO(api-schema)
export type Suggestion = {
  id: string;
  headName: string;
  villageId: string;
  villageName: string;
  address: string | null;
  members: number | null;
  categories: string[];
};
// TODO(api-schema)
export type HouseholdHit = {
  id: string;
  headName: string;
  villageId: string;
  villageName: string;
  address: string | null;
  categories: string[];
  served: boolean;
};
// TODO(api-schema)
export type HouseholdYear = {
  household: { id: string; headName: string; villageName: string; categories: string[] };
  year: number;
  items: (Omit<ReliefSupport, 'headName' | 'villageId' | 'villageName' | 'categories'> & {
    programName: string;
    programDate: string;
  })[];
  programs: number;
  value: number;
};

/* ---------- Queries ---------- */

export const usePrograms = () =>
  useQuery({
    queryKey: reliefKeys.programs,
    queryFn: fetchPrograms,
  });

export const useSupports = (programId: string | undefined) =>
  useQuery({
    queryKey: reliefKeys.supports(programId),
    enabled: programId !== undefined,
    queryFn: () => fetchSupports(programId as string),
  });

export const useSummary = (programId: string | undefined) =>
  useQuery({
    queryKey: reliefKeys.summary(programId),
    enabled: programId !== undefined,
    queryFn: () => fetchSummary(programId as string),
  });

export const useSuggestions = (programId: string | undefined) =>
  useQuery({
    queryKey: reliefKeys.suggestions(programId),
    enabled: programId !== undefined,
    queryFn: () => fetchSuggestions(programId as string),
  });

const RELIEF_QUERIES = new Set([
  'reliefPrograms',
  'reliefSupports',
  'reliefSummary',
  'reliefSuggestions',
  'reliefHouseholdYear',
  'fundBalance',
  'fundBook',
]);
export const invalidateRelief = (qc: QueryClient) =>
  qc.invalidateQueries({ predicate: (q) => RELIEF_QUERIES.has(String(q.queryKey[0])) });

/* ---------- Labels ---------- */

export const kindKey = (k: SupportKind): Key => `reliefKind_${k}`;
export const sourceKey = (k: SourceKind): Key => `reliefSource_${k}`;
export const categoryKey = (c: string): Key =>
  (CATEGORIES as readonly string[]).includes(c) || c === 'none'
    ? (`reliefCategory_${c}` as Key)
    : 'reliefCategory_other';

export function CategoryTags({ categories }: { categories: string[] }) {
  const { t } = useI18n();
  return (
    <>
      {categories.map((c) => (
        <Tag
          key={c}
          color={c === 'poor' ? 'red' : c === 'near_poor' ? 'volcano' : c === 'policy' ? 'blue' : 'default'}
          style={{ marginInlineEnd: 4 }}
        >
          {t(categoryKey(c))}
        </Tag>
      ))}
    </>
  );
}

/** "Công ty Hồng Phát", "Quỹ "Vì người nghèo" (PC-2023-0001)" or "Nguồn khác". */
export function sourceText(
  s: Pick<ReliefSupport, 'sourceKind' | 'fundName' | 'donorName' | 'payoutNo'>,
  t: (k: Key) => string,
) {
  if (s.sourceKind === 'fund') return `${s.fundName ?? t('reliefSource_fund')}${s.payoutNo ? ` (${s.payoutNo})` : ''}`;
  if (s.sourceKind === 'donor') return s.donorName ?? t('reliefSource_donor');
  return t('reliefSource_other');
}

export const signOffUrl = (programId: string, ext: 'docx' | 'xlsx' | 'pdf') =>
  `/api/v1/relief-programs/${programId}/sign-off.${ext}`;
