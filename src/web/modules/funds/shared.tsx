import { useQuery, type QueryClient } from '@tanstack/react-query';
import { Tag } from 'antd';
import { formatInteger } from '../../../lib/numbers';
import type { ApiItem, ApiResponse, ApiSchema } from '../../lib/api';
import { useI18n, type Key } from '../../i18n';
import { fundKeys, fetchDrives, fetchPledges } from './api';

/* ---------- API shapes (generated from the OpenAPI document) ---------- */

export type Fund = ApiSchema<'Fund'>;
/** What the caller may do in the fund's commune (Fund.can). */
export type FundCan = Fund['can'];
export type Balance = ApiResponse<'/api/v1/funds/{id}/balance', 'get'>;
export type Drive = ApiSchema<'Drive'>;
export type AssignedBy = Drive['assignedBy'];
export type DriveSummary = ApiResponse<'/api/v1/drives/{id}/summary', 'get'>;

/** A receipt (phiếu thu): the server's Donation. */
export type Receipt = ApiSchema<'Donation'>;
export type DonorKind = Receipt['donorKind'];
export const DONOR_KINDS = [
  'person',
  'household',
  'organization',
  'business',
  'anonymous',
] as const satisfies DonorKind[];
export type PaymentMethod = Receipt['method'];
export type Pledge = ApiItem<'/api/v1/pledges', 'get'>;
/** A payout (phiếu chi): the server's Disbursement. */
export type Payout = ApiSchema<'Disbursement'>;
export type Transfer = ApiResponse<'/api/v1/transfers', 'post'>;

export type FundBookData = ApiResponse<'/api/v1/funds/{id}/book', 'get'>;
export type BookLine = FundBookData['lines'][number];
export type BookKind = BookLine['kind'];

/** A bank statement row as listed (with what the caller may do). */
export type BankRow = ApiItem<'/api/v1/funds/{id}/bank-rows', 'get'>;
export type BankRowStatus = BankRow['status'];
export const BANK_ROW_STATUSES: BankRowStatus[] = ['unmatched', 'matched', 'assigned', 'ignored'];
export type Reconciliation = ApiResponse<'/api/v1/funds/{id}/reconciliation', 'get'>;

/* ---------- Talking to the server ---------- */

/** Everything computed from the ledger; refetched after any money movement. */
const MONEY_QUERIES = new Set([
  'fundBalance',
  'fundLatestReceipts',
  'driveSummary',
  'fundBook',
  'pledges',
  'bankRows',
  'fundReconciliation',
  'fundLatestYear',
]);
export const invalidateMoney = (qc: QueryClient) =>
  qc.invalidateQueries({ predicate: (q) => MONEY_QUERIES.has(String(q.queryKey[0])) });

export function useDrives(fundId: string | undefined) {
  return useQuery({
    queryKey: fundKeys.drives(fundId),
    enabled: fundId !== undefined,
    queryFn: () => fetchDrives(fundId as string),
  });
}

export function usePledges(fundId: string | undefined) {
  return useQuery({
    queryKey: fundKeys.pledges(fundId),
    enabled: fundId !== undefined,
    queryFn: () => fetchPledges(fundId as string),
  });
}

/**
 * Receipts written in this browser session (there is no receipt list endpoint yet); dropped on logout with the other
 * queries.
 */
export function useSessionReceipts() {
  return useQuery({
    queryKey: fundKeys.sessionReceipts,
    queryFn: () => [] as Receipt[],
    staleTime: Infinity,
    gcTime: Infinity,
    initialData: [] as Receipt[],
  });
}
export function rememberReceipt(qc: QueryClient, r: Receipt) {
  qc.setQueryData<Receipt[]>(fundKeys.sessionReceipts, (old = []) => [r, ...old.filter((x) => x.id !== r.id)]);
}

/* ---------- Who may do what (the server checks again; this only hides buttons) ---------- */

/* ---------- Inputs and small pieces ---------- */

export const donorKindKey = (k: DonorKind): Key => `fundDonorKind_${k}`;
export const bankStatusKey = (s: BankRowStatus): Key => `fundBankStatus_${s}`;
const BANK_STATUS_COLOR: Record<BankRowStatus, string> = {
  matched: 'green',
  assigned: 'blue',
  unmatched: 'gold',
  ignored: 'default',
};

export function BankStatusTag({ status }: { status: BankRowStatus }) {
  const { t } = useI18n();
  return <Tag color={BANK_STATUS_COLOR[status]}>{t(bankStatusKey(status))}</Tag>;
}

export const num = (n: number) => formatInteger(n);
