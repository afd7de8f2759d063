import { api, type ApiResponse, type ApiSchema } from '../../lib/api';

/* ---------- Shapes (generated from the OpenAPI document) ---------- */

export type RegisterEntry = ApiSchema<'RegisterEntry'>;
/** One issuer's year of the register, with what the caller may do (`can.record`: enter a document by hand). */
export type RegisterList = ApiResponse<'/api/v1/outgoing-documents', 'get'>;

/** Every query of the register starts with this key: issuing a document anywhere invalidates them all. */
export const registerKeys = {
  all: ['register'] as const,
  list: (params: URLSearchParams) => ['register', params.toString()] as const,
};

export const fetchRegister = (params: URLSearchParams) =>
  api<RegisterList>('GET', `/outgoing-documents?${params.toString()}`);
export const recordDocument = (body: unknown) => api<RegisterEntry>('POST', '/outgoing-documents', body);
