import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api, type ApiSchema } from '../../lib/api';
import type { Key } from '../../i18n';

export type HousingCase = ApiSchema<'HousingCase'>;
export type HousingCaseDetail = ApiSchema<'HousingCaseDetail'>;
export type HousingFunding = ApiSchema<'HousingFunding'>;
export type HousingStage = HousingCase['stage'];
export type HousingKind = HousingCase['kind'];
export type FundingSource = HousingFunding['source'];
export type HousingList = {
  items: HousingCase[];
  total: number;
  limit: number;
  offset: number;
  byStage: Record<string, number>;
  byKind: Record<string, number>;
  can: { propose: boolean };
};

export const STAGES: HousingStage[] = ['surveyed', 'approved', 'building', 'handed_over', 'paused'];
export const KINDS: HousingKind[] = ['new_build', 'repair'];
export const SOURCES: FundingSource[] = ['fund', 'budget', 'donor', 'household'];

export const stageKey = (s: HousingStage): Key =>
  ({
    surveyed: 'hsStageSurveyed',
    approved: 'hsStageApproved',
    building: 'hsStageBuilding',
    handed_over: 'hsStageHandedOver',
    paused: 'hsStagePaused',
  })[s] as Key;
export const kindKey = (k: HousingKind): Key => (k === 'new_build' ? 'hsKindNewBuild' : 'hsKindRepair');
export const sourceKey = (s: FundingSource): Key =>
  ({ fund: 'hsSourceFund', budget: 'hsSourceBudget', donor: 'hsSourceDonor', household: 'hsSourceHousehold' })[
    s
  ] as Key;
export const stageColor: Record<HousingStage, string> = {
  surveyed: 'default',
  approved: 'blue',
  building: 'gold',
  handed_over: 'green',
  paused: 'red',
};

export const housingKeys = {
  all: ['housing'] as const,
  list: (q: string) => ['housing', 'list', q] as const,
  detail: (id: string) => ['housing', 'case', id] as const,
};

export const useHousingList = (query: URLSearchParams) => {
  const q = query.toString();
  return useQuery({
    queryKey: housingKeys.list(q),
    queryFn: () => api<HousingList>('GET', `/housing-cases?${q}`),
    placeholderData: (prev) => prev,
  });
};
export const useHousingCase = (id: string) =>
  useQuery({ queryKey: housingKeys.detail(id), queryFn: () => api<HousingCaseDetail>('GET', `/housing-cases/${id}`) });

export const createCase = (body: unknown) => api<HousingCaseDetail>('POST', '/housing-cases', body);
export const moveCase = (id: string, body: unknown) =>
  api<HousingCaseDetail>('POST', `/housing-cases/${id}/transitions`, body);
export const addFunding = (id: string, body: unknown) =>
  api<HousingFunding>('POST', `/housing-cases/${id}/fundings`, body);
export const removeFunding = (id: string, fundingId: string) =>
  api<null>('DELETE', `/housing-cases/${id}/fundings/${fundingId}`);
export const uploadPhoto = (id: string, file: File, stage: HousingStage) => {
  const fd = new FormData();
  fd.set('file', file);
  fd.set('stage', stage);
  return api('POST', `/housing-cases/${id}/photos`, fd);
};

export const invalidateHousing = (qc: QueryClient) => qc.invalidateQueries({ queryKey: housingKeys.all });
