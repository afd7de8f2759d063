import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Key } from '../../i18n';

/* API shapes (src/server/modules/petitions/present.ts, routes.ts). */
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
] as const;
export const AGENCIES = ['ubnd_xa', 'hdnd_xa', 'dang_uy_xa', 'district', 'province', 'central', 'other'] as const;
export const STATUSES = ['received', 'forwarded', 'answered', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export type Step = Exclude<Status, 'received'>;

// TODO(api-schema): the server answers anyJson here; derive from lib/api-types.ts once it declares the schema.
export type Petition = {
  id: string;
  code: string;
  communeId: string;
  villageId: string | null;
  villageName: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  source: 'meeting' | 'portal' | 'staff';
  content: string;
  field: (typeof FIELDS)[number];
  agency: (typeof AGENCIES)[number];
  agencyName: string | null;
  agencyText: string;
  dueDate: string | null;
  overdue: boolean;
  status: Status;
  nextStatus: Step | null;
  receivedAt: string;
  submitterName: string | null;
  submitterContact: string | null;
  submitterAddress: string | null;
  hasSubmitter: boolean;
  forwardDocument: string | null;
  answer: string | null;
  answerDocument: string | null;
  answerPublic: boolean;
  closedMeetingTitle: string | null;
};
// TODO(api-schema)
export type HistoryStep = {
  id: string;
  fromStatus: Status | null;
  toStatus: Status;
  date: string;
  note: string | null;
  document: string | null;
  meetingTitle: string | null;
  actorName: string | null;
};
// TODO(api-schema)
export type PetitionDetail = Petition & { history: HistoryStep[]; canTransition: boolean };
// TODO(api-schema)
export type Counts = { received: number; answered: number; overdue: number };
// TODO(api-schema)
export type Summary = Counts & {
  from: string;
  to: string;
  asOf: string;
  byStatus: Record<Status, number>;
  byField: (Counts & { field: string; label: string })[];
  byAgency: (Counts & { agency: string; label: string })[];
};
// TODO(api-schema)
export type Options = {
  canCreate: boolean;
  canManage: boolean;
  villages: { id: string; name: string; canCreate: boolean }[];
  meetings: { id: string; title: string; date: string; type: string }[];
};
export type Filters = {
  status?: Status;
  field?: string;
  agency?: string;
  villageId?: string;
  overdue?: boolean;
  q?: string;
  page: number;
};

export const fieldKey = (f: string) => `ptField_${f}` as Key;
export const agencyKey = (a: string) => `ptAgency_${a}` as Key;
export const statusKey = (s: string) => `ptStatus_${s}` as Key;
export const sourceKey = (s: string) => `ptSource_${s}` as Key;
export const stepKey = (s: Step) => `ptDoStep_${s}` as Key;
export const STATUS_COLORS: Record<Status, string> = {
  received: 'default',
  forwarded: 'processing',
  answered: 'success',
  closed: 'green',
};

export const PAGE_SIZE = 20;

const qs = (o: Record<string, string | number | boolean | undefined>) =>
  new URLSearchParams(
    Object.entries(o)
      .filter((e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== '' && e[1] !== false)
      .map(([k, v]) => [k, String(v)]),
  ).toString();

export const usePetitions = (communeId: string | undefined, f: Filters) =>
  useQuery({
    queryKey: ['petitions', communeId ?? 'none', f],
    enabled: communeId !== undefined,
    queryFn: () =>
      api<{ items: Petition[]; total: number }>('GET', `/petitions?${qs({ communeId, ...f, pageSize: PAGE_SIZE })}`),
  });

export const useSummary = (communeId: string | undefined, period: { from?: string; to?: string }) =>
  useQuery({
    queryKey: ['petitionSummary', communeId ?? 'none', period],
    enabled: communeId !== undefined,
    queryFn: () => api<Summary>('GET', `/petitions/summary?${qs({ communeId, ...period })}`),
  });

export const useOptions = (communeId: string | undefined) =>
  useQuery({
    queryKey: ['petitionOptions', communeId ?? 'none'],
    enabled: communeId !== undefined,
    queryFn: () => api<Options>('GET', `/petitions/options?${qs({ communeId })}`),
  });

export const usePetition = (id: string | null) =>
  useQuery({
    queryKey: ['petition', id ?? 'none'],
    enabled: id !== null,
    queryFn: () => api<PetitionDetail>('GET', `/petitions/${id}`),
  });

export const invalidatePetitions = (qc: QueryClient) =>
  Promise.all([
    qc.invalidateQueries({ queryKey: ['petitions'] }),
    qc.invalidateQueries({ queryKey: ['petitionSummary'] }),
    qc.invalidateQueries({ queryKey: ['petition'] }),
  ]);

export const synthesisUrl = (communeId: string, period: { from?: string; to?: string }, session?: string) =>
  `/api/v1/petitions/synthesis.docx?${qs({ communeId, ...period, session })}`;
