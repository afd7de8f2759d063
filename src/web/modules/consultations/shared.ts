import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Key } from '../../i18n';

/* API shapes (src/server/modules/consultations/present.ts). */
export type Status = 'open' | 'upcoming' | 'closed';
export type AuthorKind = 'person' | 'organization' | 'meeting';
// TODO(api-schema): the server answers anyJson here; derive from lib/api-types.ts once it declares the schema.
export type Consultation = {
  id: string;
  communeId: string;
  title: string;
  requestedBy: string | null;
  opensOn: string;
  deadline: string;
  public: boolean;
  status: Status;
  closedAt: string | null;
  articles: number;
  comments: number;
};
// TODO(api-schema)
export type Article = {
  id: string;
  position: number;
  ref: string;
  heading: string | null;
  text: string;
  comments: number;
  byKind: Record<AuthorKind, number>;
};
// TODO(api-schema)
export type ConsultationDetail = Omit<Consultation, 'articles'> & {
  communeName: string;
  articles: Article[];
  canManage: boolean;
  canComment: boolean;
  /** null: any organisation (standing committee); else the ones the user leads. */
  organizationIds: string[] | null;
};
// TODO(api-schema)
export type Comment = {
  id: string;
  articleId: string;
  articleRef: string;
  authorKind: AuthorKind;
  author: string;
  organizationName: string | null;
  meetingTitle: string | null;
  source: 'staff' | 'portal';
  content: string;
  contact?: string | null;
  createdAt: string;
};
// TODO(api-schema)
export type AuthorOptions = {
  organizations: { id: string; name: string; shortName: string }[];
  meetings: { id: string; title: string; date: string; type: string }[];
};

export const useConsultations = () =>
  useQuery({
    queryKey: ['consultations'],
    queryFn: () => api<{ items: Consultation[] }>('GET', '/consultations').then((r) => r.items),
  });
export const useConsultation = (id: string | undefined) =>
  useQuery({
    queryKey: ['consultation', id ?? 'none'],
    enabled: id !== undefined,
    queryFn: () => api<ConsultationDetail>('GET', `/consultations/${id}`),
  });
export const useComments = (id: string | undefined) =>
  useQuery({
    queryKey: ['consultationComments', id ?? 'none'],
    enabled: id !== undefined,
    queryFn: () => api<{ items: Comment[] }>('GET', `/consultations/${id}/comments`).then((r) => r.items),
  });
export const useAuthorOptions = (id: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: ['consultationAuthors', id ?? 'none'],
    enabled: enabled && id !== undefined,
    queryFn: () => api<AuthorOptions>('GET', `/consultations/${id}/author-options`),
  });

const QUERIES = new Set(['consultations', 'consultation', 'consultationComments']);
export const invalidateConsultations = (qc: QueryClient) =>
  qc.invalidateQueries({ predicate: (q) => QUERIES.has(String(q.queryKey[0])) });

export const statusKey = (s: Status): Key => `csStatus_${s}`;
export const kindKey = (k: AuthorKind): Key => `csKind_${k}`;
export const statusColor = (s: Status) => (s === 'open' ? 'green' : s === 'upcoming' ? 'blue' : 'default');
export const synthesisUrl = (id: string, ext: 'docx' | 'pdf') => `/api/v1/consultations/${id}/synthesis.${ext}`;
export const articleTitle = (a: { ref: string; heading: string | null }) =>
  a.heading ? `${a.ref}. ${a.heading}` : a.ref;
