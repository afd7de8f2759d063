import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api, type ApiSchema } from '../../lib/api';

export type Festival = ApiSchema<'Festival'>;
export type FestivalDetail = ApiSchema<'FestivalDetail'>;
export type FestivalReport = ApiSchema<'FestivalReport'>;
export type Commendation = ApiSchema<'FestivalCommendation'>;
export type FestivalList = { items: Festival[]; can: { plan: boolean } };

export const festivalKeys = {
  all: ['festivals'] as const,
  list: (q: string) => ['festivals', 'list', q] as const,
  detail: (id: string) => ['festivals', 'detail', id] as const,
  report: (id: string) => ['festivals', 'report', id] as const,
};

export const useFestivals = (q: string) =>
  useQuery({ queryKey: festivalKeys.list(q), queryFn: () => api<FestivalList>('GET', `/festivals?${q}`) });
export const useFestival = (id: string) =>
  useQuery({ queryKey: festivalKeys.detail(id), queryFn: () => api<FestivalDetail>('GET', `/festivals/${id}`) });
export const useFestivalReport = (id: string) =>
  useQuery({ queryKey: festivalKeys.report(id), queryFn: () => api<FestivalReport>('GET', `/festivals/${id}/report`) });

export type FestivalPlan = {
  date: string;
  startTime?: string | null;
  place: string;
  programme?: string[];
  presenter?: string | null;
  highlights?: string | null;
};

export const createFestival = (body: FestivalPlan & { villageId: string }) =>
  api<FestivalDetail>('POST', '/festivals', body);
export const updateFestival = (id: string, body: Partial<FestivalPlan> & { tasks?: string[] | null }) =>
  api<FestivalDetail>('PATCH', `/festivals/${id}`, body);
export const addCommendation = (id: string, body: { kind: 'household' | 'person'; name: string; reason: string }) =>
  api<Commendation>('POST', `/festivals/${id}/commendations`, body);
export const removeCommendation = (id: string, commendationId: string) =>
  api<null>('DELETE', `/festivals/${id}/commendations/${commendationId}`);
export const issueReport = (id: string, date?: string) =>
  api<FestivalDetail>('POST', `/festivals/${id}/report/issue`, date ? { date } : {});
export const draftNewsPost = (id: string) => api<{ id: string; title: string }>('POST', `/festivals/${id}/news-post`);

export const invalidateFestivals = (qc: QueryClient) => qc.invalidateQueries({ queryKey: festivalKeys.all });

/** Lines of a textarea, trimmed, empty ones dropped. */
export const linesOf = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
