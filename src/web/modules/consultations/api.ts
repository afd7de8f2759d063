import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, type ApiItem, type ApiResponse, type ApiSchema } from '../../lib/api';

/* ---------- Shapes (generated from the OpenAPI document) ---------- */

export type Consultation = ApiItem<'/api/v1/consultations', 'get'>;
export type Status = Consultation['status'];
export type ConsultationDetail = ApiSchema<'ConsultationDetail'>;
export type Article = ConsultationDetail['articles'][number];
export type Comment = ApiSchema<'ConsultationComment'>;
export type AuthorKind = Comment['authorKind'];
export type AuthorOptions = ApiResponse<'/api/v1/consultations/{id}/author-options', 'get'>;
type ImportAnswer = ApiResponse<'/api/v1/consultations/import', 'post'>;
/** How the server splits an uploaded .docx (POST /consultations/import with preview=1). */
export type ImportPreview = Extract<ImportAnswer, { preview: true }>;
export type Imported = Exclude<ImportAnswer, { preview: true }>;

/* ---------- Query keys: invalidateConsultations refetches them all after a write ---------- */

export const consultationKeys = {
  list: ['consultations'] as const,
  detail: (id: string | undefined) => ['consultation', id ?? 'none'] as const,
  comments: (id: string | undefined) => ['consultationComments', id ?? 'none'] as const,
  authors: (id: string | undefined) => ['consultationAuthors', id ?? 'none'] as const,
};

const QUERIES = new Set(['consultations', 'consultation', 'consultationComments']);
export const invalidateConsultations = (qc: QueryClient) =>
  qc.invalidateQueries({ predicate: (q) => QUERIES.has(String(q.queryKey[0])) });

/* ---------- Fetchers ---------- */

export const fetchConsultations = () => api<{ items: Consultation[] }>('GET', '/consultations').then((r) => r.items);
export const fetchConsultation = (id: string) => api<ConsultationDetail>('GET', `/consultations/${id}`);
export const fetchComments = (id: string) =>
  api<{ items: Comment[] }>('GET', `/consultations/${id}/comments`).then((r) => r.items);
export const fetchAuthorOptions = (id: string) => api<AuthorOptions>('GET', `/consultations/${id}/author-options`);

export const createConsultation = (body: unknown) => api<ConsultationDetail>('POST', '/consultations', body);
/** Upload a .docx: with `preview` set in the form data the server only splits it, else it creates the draft. */
export const previewImport = (form: FormData) => api<ImportPreview>('POST', '/consultations/import', form);
export const importConsultation = (form: FormData) => api<Imported>('POST', '/consultations/import', form);
export const addComment = (id: string, body: unknown) => api<Comment>('POST', `/consultations/${id}/comments`, body);
export const closeConsultation = (id: string) => api<ConsultationDetail>('POST', `/consultations/${id}/close`);

/* ---------- Hooks ---------- */

export const useConsultations = () => useQuery({ queryKey: consultationKeys.list, queryFn: fetchConsultations });
export const useConsultation = (id: string | undefined) =>
  useQuery({
    queryKey: consultationKeys.detail(id),
    enabled: id !== undefined,
    queryFn: () => fetchConsultation(id as string),
  });
export const useComments = (id: string | undefined) =>
  useQuery({
    queryKey: consultationKeys.comments(id),
    enabled: id !== undefined,
    queryFn: () => fetchComments(id as string),
  });
export const useAuthorOptions = (id: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: consultationKeys.authors(id),
    enabled: enabled && id !== undefined,
    queryFn: () => fetchAuthorOptions(id as string),
  });
