import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Key } from '../../i18n';

/* ---------- API shapes (src/server/modules/supervision/present.ts, figures.ts) ---------- */

export const KINDS = ['supervision', 'social_criticism'] as const;
export const STATUSES = ['planned', 'in_progress', 'concluded'] as const;
export type Kind = (typeof KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type RecStatus = 'issued' | 'sent' | 'answered' | 'closed';
// TODO(api-schema): the server answers anyJson here; derive from lib/api-types.ts once it declares the schema.
export type DocRef = { id: string; number: string; date: string } | null;

// TODO(api-schema)
export type Supervision = {
  id: string;
  communeId: string;
  communeName?: string;
  kind: Kind;
  subject: string;
  target: string | null;
  content: string | null;
  team: { name: string; title: string | null }[];
  startDate: string;
  endDate: string;
  status: Status;
  findings: string | null;
  planDoc: DocRef;
  reportDoc: DocRef;
  recommendations: { total: number; answered: number; overdue: number };
  canManage?: boolean;
};

// TODO(api-schema)
export type Recommendation = {
  id: string;
  position: number;
  content: string;
  addressee: string;
  dueDate: string | null;
  status: RecStatus;
  overdue: boolean;
  sentAt: string | null;
  answer: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  closingNote: string | null;
  history: { from: RecStatus | null; to: RecStatus; date: string; note: string | null; actorName: string | null }[];
};

// TODO(api-schema)
export type SupervisionDetail = Supervision & { recommendationList: Recommendation[] };

// TODO(api-schema)
type ByStatus = Record<Status, number> & { held: number };
// TODO(api-schema)
export type Summary = {
  from: string;
  to: string;
  supervision: ByStatus;
  socialCriticism: ByStatus;
  recommendations: { issued: number; answered: number; overdue: number };
  text: string;
};

/* ---------- Queries ---------- */

export const useSupervisions = (filter: { kind?: Kind; status?: Status }) =>
  useQuery({
    queryKey: ['svList', filter.kind ?? '', filter.status ?? ''],
    queryFn: () => {
      const q = new URLSearchParams();
      if (filter.kind) q.set('kind', filter.kind);
      if (filter.status) q.set('status', filter.status);
      return api<{ items: Supervision[] }>('GET', `/supervisions${q.size ? `?${q}` : ''}`).then((r) => r.items);
    },
  });

export const useSupervision = (id: string | undefined) =>
  useQuery({
    queryKey: ['svDetail', id ?? 'none'],
    enabled: id !== undefined,
    queryFn: () => api<SupervisionDetail>('GET', `/supervisions/${id}`),
  });

export const useSummary = (communeId: string | undefined, year: number) =>
  useQuery({
    queryKey: ['svSummary', communeId ?? 'none', year],
    enabled: communeId !== undefined,
    queryFn: () =>
      api<Summary>('GET', `/supervisions/summary?communeId=${communeId}&from=${year}-01-01&to=${year}-12-31`),
  });

const QUERIES = new Set(['svList', 'svDetail', 'svSummary']);
export const invalidateSupervision = (qc: QueryClient) =>
  qc.invalidateQueries({ predicate: (q) => QUERIES.has(String(q.queryKey[0])) });

/* ---------- Labels ---------- */

export const kindKey = (k: Kind): Key => `svKind_${k}`;
export const statusKey = (s: Status): Key => `svStatus_${s}`;
export const recStatusKey = (s: RecStatus): Key => `svRecStatus_${s}`;
export const NEXT_REC: Record<RecStatus, Exclude<RecStatus, 'issued'> | null> = {
  issued: 'sent',
  sent: 'answered',
  answered: 'closed',
  closed: null,
};
export const nextKey = (s: Exclude<RecStatus, 'issued'>): Key => `svNext_${s}`;
export const statusColor: Record<Status, string> = {
  planned: 'default',
  in_progress: 'processing',
  concluded: 'success',
};
export const recColor: Record<RecStatus, string> = {
  issued: 'default',
  sent: 'blue',
  answered: 'green',
  closed: 'default',
};
export const docUrl = (id: string, which: 'plan' | 'report', ext: 'docx' | 'pdf') =>
  `/api/v1/supervisions/${id}/${which}.${ext}`;
