import { api, type ApiItem, type ApiResponse, type ApiSchema } from '../../lib/api';
import { postForJob } from '../../lib/jobs';
import type { BankRowStatus } from './shared';

/* Bank accounts of a fund, statements imported for one of them, the paged bank rows and re-attribution rules. */

export type FundAccount = ApiSchema<'FundAccount'>;
export type StatementImport = ApiSchema<'StatementImport'>;
export type ReattributionResult = ApiSchema<'ReattributionResult'>;
export type BankRowsPage = ApiResponse<'/api/v1/funds/{id}/bank-rows', 'get'>;
export type PagedBankRow = ApiItem<'/api/v1/funds/{id}/bank-rows', 'get'>;

/** A rule as the server reads it: every condition optional, the target drive required. */
export type ReattributionRule = {
  contains?: string;
  from?: string;
  to?: string;
  minAmount?: number;
  maxAmount?: number;
  /** Absent: rows of any drive; null: rows counted to the fund without a drive. */
  currentDriveId?: string | null;
  targetDriveId: string;
};

export type BankRowsFilter = {
  status?: BankRowStatus;
  accountId?: string;
  from?: string;
  to?: string;
  statementId?: string;
};

/** Rows a page of the staff list: small enough for a phone, large enough to scan a day's transfers. */
export const BANK_PAGE_SIZE = 50;

export const bankKeys = {
  accounts: (fundId: string) => ['fundAccounts', fundId] as const,
  // Starts with 'bankRows' so invalidateMoney refetches it after any money movement.
  rowsPage: (fundId: string, filter: BankRowsFilter, cursor: string | undefined) =>
    ['bankRows', fundId, filter, cursor ?? ''] as const,
};

export const fetchAccounts = (fundId: string) =>
  api<{ items: FundAccount[] }>('GET', `/funds/${fundId}/accounts`).then((r) => r.items);
export const createAccount = (fundId: string, body: unknown) =>
  api<FundAccount>('POST', `/funds/${fundId}/accounts`, body);
export const updateAccount = (id: string, body: unknown) => api<FundAccount>('PATCH', `/fund-accounts/${id}`, body);

export function fetchBankRowsPage(fundId: string, filter: BankRowsFilter, cursor: string | undefined) {
  const q = new URLSearchParams({ limit: String(BANK_PAGE_SIZE) });
  for (const [k, v] of Object.entries(filter)) if (v) q.set(k, v);
  if (cursor) q.set('cursor', cursor);
  return api<BankRowsPage>('GET', `/funds/${fundId}/bank-rows?${q.toString()}`);
}

/** Uploads a statement for one account as a job (a 100 MB file takes minutes: the dialog follows its progress). */
export function sendStatement(accountId: string, file: File, defaultDriveId: string | undefined) {
  const body = new FormData();
  body.append('accountId', accountId);
  if (defaultDriveId) body.append('defaultDriveId', defaultDriveId);
  body.append('file', file);
  return postForJob('/bank-statements', body);
}

export const previewRules = (fundId: string, rules: ReattributionRule[]) =>
  api<ReattributionResult>('POST', `/funds/${fundId}/reattribution/preview`, { rules });
export const applyRules = (fundId: string, rules: ReattributionRule[]) =>
  api<ReattributionResult>('POST', `/funds/${fundId}/reattribution`, { rules });
