import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, type ApiItem, type ApiResponse, type ApiSchema } from '../../lib/api';

/* ---------- Shapes (generated from the OpenAPI document) ---------- */

export type Petition = ApiItem<'/api/v1/petitions', 'get'>;
export type PetitionPage = ApiResponse<'/api/v1/petitions', 'get'>;
export type PetitionDetail = ApiSchema<'PetitionDetail'>;
export type HistoryStep = PetitionDetail['history'][number];
export type Status = Petition['status'];
export type Field = Petition['field'];
export type Agency = Petition['agency'];
/** A step a petition can move to: every status but the first. */
export type Step = Exclude<Status, 'received'>;
export type Summary = ApiResponse<'/api/v1/petitions/summary', 'get'>;
export type Counts = Pick<Summary, 'received' | 'answered' | 'overdue'>;
/** The form's pickers, with what the caller may do in the commune (canCreate, canManage, village canCreate). */
export type Options = ApiResponse<'/api/v1/petitions/options', 'get'>;
export type IssuedSynthesis = ApiResponse<'/api/v1/petitions/synthesis', 'post'>;

export const FIELDS = [
  'land',
  'infrastructure',
  'social_policy',
  'environment',
  'security',
  'health_education',
  'economy',
  'administration',
  'other',
] as const satisfies Field[];
export const AGENCIES = [
  'ubnd_xa',
  'hdnd_xa',
  'dang_uy_xa',
  'district',
  'province',
  'central',
  'other',
] as const satisfies Agency[];
export const STATUSES = ['received', 'forwarded', 'answered', 'closed'] as const satisfies Status[];

/** The step the caller may take next, or null (none left, or not allowed: `can.transition`). */
export const nextStep = (p: PetitionDetail): Step | null =>
  p.can.transition && p.nextStatus && p.nextStatus !== 'received' ? p.nextStatus : null;

export type Filters = {
  status?: Status;
  field?: string;
  agency?: string;
  villageId?: string;
  overdue?: boolean;
  q?: string;
  page: number;
};

export const PAGE_SIZE = 20;

export const qs = (o: Record<string, string | number | boolean | undefined>) =>
  new URLSearchParams(
    Object.entries(o)
      .filter((e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== '' && e[1] !== false)
      .map(([k, v]) => [k, String(v)]),
  ).toString();

/* ---------- Query keys: invalidatePetitions refetches lists, summaries and petitions after a write ---------- */

type Period = { from?: string; to?: string };
export const petitionKeys = {
  lists: ['petitions'] as const,
  list: (communeId: string | undefined, f: Filters) => ['petitions', communeId ?? 'none', f] as const,
  summaries: ['petitionSummary'] as const,
  summary: (communeId: string | undefined, period: Period) => ['petitionSummary', communeId ?? 'none', period] as const,
  options: (communeId: string | undefined) => ['petitionOptions', communeId ?? 'none'] as const,
  details: ['petition'] as const,
  detail: (id: string | null) => ['petition', id ?? 'none'] as const,
};

export const invalidatePetitions = (qc: QueryClient) =>
  Promise.all([
    qc.invalidateQueries({ queryKey: petitionKeys.lists }),
    qc.invalidateQueries({ queryKey: petitionKeys.summaries }),
    qc.invalidateQueries({ queryKey: petitionKeys.details }),
  ]);

/* ---------- Fetchers ---------- */

export const fetchPetitions = (communeId: string, f: Filters) =>
  api<PetitionPage>('GET', `/petitions?${qs({ communeId, ...f, pageSize: PAGE_SIZE })}`);
export const fetchSummary = (communeId: string, period: Period) =>
  api<Summary>('GET', `/petitions/summary?${qs({ communeId, ...period })}`);
export const fetchOptions = (communeId: string) => api<Options>('GET', `/petitions/options?${qs({ communeId })}`);
export const fetchPetition = (id: string) => api<PetitionDetail>('GET', `/petitions/${id}`);

export const createPetition = (body: unknown) => api<PetitionDetail>('POST', '/petitions', body);
export const stepPetition = (id: string, body: unknown) =>
  api<PetitionDetail>('POST', `/petitions/${id}/transitions`, body);

export const synthesisUrl = (communeId: string, period: Period, session?: string) =>
  `/api/v1/petitions/synthesis.docx?${qs({ communeId, ...period, session })}`;

/* ---------- Hooks ---------- */

export const usePetitions = (communeId: string | undefined, f: Filters) =>
  useQuery({
    queryKey: petitionKeys.list(communeId, f),
    enabled: communeId !== undefined,
    queryFn: () => fetchPetitions(communeId as string, f),
  });

export const useSummary = (communeId: string | undefined, period: Period) =>
  useQuery({
    queryKey: petitionKeys.summary(communeId, period),
    enabled: communeId !== undefined,
    queryFn: () => fetchSummary(communeId as string, period),
  });

export const useOptions = (communeId: string | undefined) =>
  useQuery({
    queryKey: petitionKeys.options(communeId),
    enabled: communeId !== undefined,
    queryFn: () => fetchOptions(communeId as string),
  });

export const usePetition = (id: string | null) =>
  useQuery({
    queryKey: petitionKeys.detail(id),
    enabled: id !== null,
    queryFn: () => fetchPetition(id as string),
  });
