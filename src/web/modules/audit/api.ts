import { api, type ApiResponse } from '../../lib/api';

export type AuditPage = ApiResponse<'/api/v1/audit', 'get'>;
export type AuditRow = AuditPage['items'][number];

export const auditKeys = { list: (filters: string) => ['audit', filters] as const };

/** One page of the log, newest first; `beforeId` continues after the previous page. */
export function fetchAuditPage(filters: URLSearchParams, beforeId: number | null) {
  const p = new URLSearchParams(filters);
  if (beforeId) p.set('beforeId', String(beforeId));
  return api<AuditPage>('GET', `/audit?${p.toString()}`);
}
