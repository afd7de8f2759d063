import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, type ApiResponse, type ApiSchema } from '../../lib/api';

/* ---------- Shapes (generated from the OpenAPI document) ---------- */

export type Supervision = ApiSchema<'Supervision'>;
export type Kind = Supervision['kind'];
export type Status = Supervision['status'];
export type DocRef = Supervision['planDoc'];
/** What the caller may do; every route sends it, though the schema marks it optional. */
export type SupervisionCan = NonNullable<Supervision['can']>;
export type Recommendation = ApiSchema<'SupervisionRecommendation'>;
export type RecStatus = Recommendation['status'];
export type SupervisionDetail = ApiSchema<'SupervisionDetail'>;
export type Summary = ApiResponse<'/api/v1/supervisions/summary', 'get'>;
export type IssuedDocument = ApiResponse<'/api/v1/supervisions/{id}/plan-document', 'post'>;

export const KINDS = ['supervision', 'social_criticism'] as const satisfies Kind[];
export const STATUSES = ['planned', 'in_progress', 'concluded'] as const satisfies Status[];

/** Nothing allowed: for a supervision presented without `can`. */
export const NO_RIGHTS: SupervisionCan = {
  edit: false,
  addRecommendation: false,
  issuePlan: false,
  issueReport: false,
};

/* ---------- Query keys: invalidateSupervision refetches them all after a write ---------- */

type ListFilter = { kind?: Kind; status?: Status };
export const supervisionKeys = {
  list: (f: ListFilter) => ['svList', f.kind ?? '', f.status ?? ''] as const,
  detail: (id: string | undefined) => ['svDetail', id ?? 'none'] as const,
  summary: (communeId: string | undefined, year: number) => ['svSummary', communeId ?? 'none', year] as const,
};

const QUERIES = new Set(['svList', 'svDetail', 'svSummary']);
export const invalidateSupervision = (qc: QueryClient) =>
  qc.invalidateQueries({ predicate: (q) => QUERIES.has(String(q.queryKey[0])) });

/* ---------- Fetchers ---------- */

export function fetchSupervisions(filter: ListFilter) {
  const q = new URLSearchParams();
  if (filter.kind) q.set('kind', filter.kind);
  if (filter.status) q.set('status', filter.status);
  return api<{ items: Supervision[] }>('GET', `/supervisions${q.size ? `?${q}` : ''}`).then((r) => r.items);
}
export const fetchSupervision = (id: string) => api<SupervisionDetail>('GET', `/supervisions/${id}`);
export const fetchSummary = (communeId: string, year: number) =>
  api<Summary>('GET', `/supervisions/summary?communeId=${communeId}&from=${year}-01-01&to=${year}-12-31`);

export const createSupervision = (body: unknown) => api<Supervision>('POST', '/supervisions', body);
export const updateSupervision = (id: string, body: unknown) => api<Supervision>('PATCH', `/supervisions/${id}`, body);
/** Issue the plan (KH) or the result report (BC): takes the next number of the register. */
export const issueSupervisionDocument = (id: string, which: 'plan' | 'report', body: { date: string }) =>
  api<IssuedDocument>('POST', `/supervisions/${id}/${which}-document`, body);
export const addRecommendation = (supervisionId: string, body: unknown) =>
  api<Recommendation>('POST', `/supervisions/${supervisionId}/recommendations`, body);
export const stepRecommendation = (id: string, body: unknown) =>
  api<Recommendation>('POST', `/supervision-recommendations/${id}/transitions`, body);

/* ---------- Hooks ---------- */

export const useSupervisions = (filter: ListFilter) =>
  useQuery({ queryKey: supervisionKeys.list(filter), queryFn: () => fetchSupervisions(filter) });

export const useSupervision = (id: string | undefined) =>
  useQuery({
    queryKey: supervisionKeys.detail(id),
    enabled: id !== undefined,
    queryFn: () => fetchSupervision(id as string),
  });

export const useSummary = (communeId: string | undefined, year: number) =>
  useQuery({
    queryKey: supervisionKeys.summary(communeId, year),
    enabled: communeId !== undefined,
    queryFn: () => fetchSummary(communeId as string, year),
  });
