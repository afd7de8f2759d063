import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api, type ApiSchema } from '../../lib/api';
import type { Key } from '../../i18n';

export type EvalMeeting = ApiSchema<'EvaluationMeeting'>;
export type VillageYear = ApiSchema<'EvaluationVillageYear'>;
export type CriteriaSet = ApiSchema<'EvaluationCriteriaSet'>;
export type Scorecard = ApiSchema<'EvaluationScorecard'>;
export type HouseholdResult = NonNullable<VillageYear['households'][number]['result']>;
export type ScoreStage = Scorecard['stage'];
export type ScoreAction = Scorecard['can']['actions'][number];

export const RESULTS: HouseholdResult[] = ['passed', 'exemplary', 'failed'];
export const resultKey = (r: HouseholdResult): Key =>
  ({ passed: 'evResultPassed', exemplary: 'evResultExemplary', failed: 'evResultFailed' })[r] as Key;
export const stageKey = (s: ScoreStage): Key =>
  ({
    village: 'evStageVillage',
    commune: 'evStageCommune',
    province: 'evStageProvince',
    approved: 'evStageApproved',
    published: 'evStagePublished',
  })[s] as Key;
export const actionKey = (a: ScoreAction): Key =>
  ({ submit: 'evActionSubmit', approve: 'evActionApprove', return: 'evActionReturn', publish: 'evActionPublish' })[
    a
  ] as Key;
export const stageColor: Record<ScoreStage, string> = {
  village: 'default',
  commune: 'blue',
  province: 'gold',
  approved: 'cyan',
  published: 'green',
};

export const evaluationKeys = {
  all: ['evaluation'] as const,
  village: (villageId: string, year: number) => ['evaluation', 'village', villageId, year] as const,
  sets: ['evaluation', 'sets'] as const,
  cards: (year: number) => ['evaluation', 'cards', year] as const,
};

export const useVillageYear = (villageId: string | undefined, year: number) =>
  useQuery({
    queryKey: evaluationKeys.village(villageId ?? '', year),
    queryFn: () => api<VillageYear>('GET', `/evaluation-villages?villageId=${villageId}&year=${year}`),
    enabled: Boolean(villageId),
  });
/** The criteria sets of the province(s) in the caller's scope. */
export const useCriteriaSets = () =>
  useQuery({
    queryKey: evaluationKeys.sets,
    queryFn: () => api<{ items: CriteriaSet[] }>('GET', '/evaluation-criteria-sets').then((r) => r.items),
  });
export const useScorecards = (year: number) =>
  useQuery({
    queryKey: evaluationKeys.cards(year),
    queryFn: () => api<{ items: Scorecard[] }>('GET', `/evaluation-scorecards?year=${year}`).then((r) => r.items),
  });

export const registerAll = (villageId: string, year: number, registeredOn: string) =>
  api<{ registered: number; already: number }>('POST', '/evaluation-registrations', { villageId, year, registeredOn });
export const createMeeting = (body: unknown) => api<EvalMeeting>('POST', '/evaluation-meetings', body);
export const updateMeeting = (id: string, body: unknown) =>
  api<EvalMeeting>('PATCH', `/evaluation-meetings/${id}`, body);
export const confirmMeeting = (id: string, date: string) =>
  api<EvalMeeting>('POST', `/evaluation-meetings/${id}/confirm`, { date });
export const createSet = (body: unknown) => api<CriteriaSet>('POST', '/evaluation-criteria-sets', body);
export const updateSet = (id: string, body: unknown) =>
  api<CriteriaSet>('PUT', `/evaluation-criteria-sets/${id}`, body);
export const openCard = (setId: string, unitId: string) =>
  api<Scorecard>('POST', '/evaluation-scorecards', { setId, unitId });
export const saveScores = (id: string, scores: { key: string; points: number; bonus: number }[]) =>
  api<Scorecard>('PUT', `/evaluation-scorecards/${id}/scores`, { scores });
export const moveCard = (id: string, action: ScoreAction, comment?: string) =>
  api<Scorecard>('POST', `/evaluation-scorecards/${id}/transitions`, { action, comment });

export const invalidateEvaluation = (qc: QueryClient) => qc.invalidateQueries({ queryKey: evaluationKeys.all });
