import { useQuery, type QueryClient } from '@tanstack/react-query';
import { Tag } from 'antd';
import type { ApiItem, ApiResponse, ApiSchema } from '../../lib/api';
import { useI18n, type Key } from '../../i18n';
import { HOUSEHOLD_CATEGORIES } from '../households/shared';
import { reliefKeys, fetchPrograms, fetchSupports, fetchSummary, fetchSuggestions } from './api';

/* ---------- API shapes (generated from the OpenAPI document) ---------- */

/** A programme with what the caller may do (`can`: manage, addSupport, payFromFund). */
export type ReliefProgram = ApiSchema<'ReliefProgram'>;
/** A gift, with what the caller may do with it (`can.handOver`). */
export type ReliefSupport = ApiSchema<'ReliefSupport'>;
export type SupportKind = ReliefSupport['kind'];
export type SourceKind = ReliefSupport['sourceKind'];
export type ReliefSummary = ApiSchema<'ReliefSummary'>;
export type Suggestion = ApiItem<'/api/v1/relief-programs/{id}/suggestions', 'get'>;
export type HouseholdHit = ApiItem<'/api/v1/relief-programs/{id}/households', 'get'>;
export type HouseholdYear = ApiResponse<'/api/v1/households/{id}/supports', 'get'>;

export const SUPPORT_KINDS = ['cash', 'goods', 'house', 'scholarship'] as const satisfies SupportKind[];
/** The household categories, in the households module's order. */
export const CATEGORIES = HOUSEHOLD_CATEGORIES;

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
/** The summary's `bySource[].source` is a plain string in the document; it holds a SourceKind. */
export const sourceKey = (k: SourceKind | string): Key => `reliefSource_${k}` as Key;
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
