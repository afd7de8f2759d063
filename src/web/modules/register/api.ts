import { api } from '../../lib/api';

// TODO(api-schema): the server answers anyJson here; derive from lib/api-types.ts once it declares the schema.
export type RegisterEntry = {
  id: string;
  issuerId: string;
  number: string;
  typeCode: string;
  typeName: string;
  date: string;
  summary: string;
  signer: string | null;
  recipients: string[];
  sourceKind: string;
  hasDocument: boolean;
};

/** Every query of the register starts with this key: issuing a document anywhere invalidates them all. */
export const registerKeys = {
  all: ['register'] as const,
  list: (params: URLSearchParams) => ['register', params.toString()] as const,
};

export const fetchRegister = (params: URLSearchParams) =>
  api<{ items: RegisterEntry[] }>('GET', `/outgoing-documents?${params.toString()}`).then((r) => r.items);
export const recordDocument = (body: unknown) => api<RegisterEntry>('POST', '/outgoing-documents', body);
