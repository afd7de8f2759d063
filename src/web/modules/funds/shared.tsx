import type { FundCan } from './permissions';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { Tag } from 'antd';
import { formatInteger } from '../../../lib/numbers';
import { useI18n, type Key } from '../../i18n';
import { fundKeys, fetchDrives, fetchPledges } from './api';

/* ---------- API shapes (src/server/modules/funds/present.ts, fund-book.ts) ---------- */

// TODO(api-schema): the server answers anyJson here; derive from lib/api-types.ts once it declares the schema.
export type Fund = {
  id: string;
  communeId: string;
  name: string;
  bankBin: string | null;
  bankAccount: string | null;
  bankAccountName: string | null;
  /** What the caller may do (the server is adding it to the Fund presenter). */
  can?: FundCan;
};
// TODO(api-schema)
export type Balance = {
  received: number;
  disbursed: number;
  transferredOut: number;
  transferredIn: number;
  balance: number;
};
// TODO(api-schema)
export type AssignedBy = { unitId: string } | { body: string } | null;
// TODO(api-schema)
export type Drive = {
  id: string;
  fundId: string;
  communeId: string;
  name: string;
  code: string;
  from: string;
  to: string;
  target: number | null;
  assignedBy: AssignedBy;
  indicatorId: string | null;
};
// TODO(api-schema)
export type DriveSummary = {
  total: number;
  cash: number;
  goods: number;
  count: number;
  target?: number;
  percent?: number | null;
  text: string;
};

export const DONOR_KINDS = ['person', 'household', 'organization', 'business', 'anonymous'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];
export type PaymentMethod = 'cash' | 'bank_transfer';

// TODO(api-schema)
export type Receipt = {
  id: string;
  fundId: string;
  driveId: string | null;
  receiptNo: string;
  donorKind: DonorKind;
  donorName: string;
  method: PaymentMethod;
  amount: number;
  amountInWords: string;
  inKindDescription: string | null;
  inKindValue: number;
  total: number;
  totalInWords: string;
  unitId: string | null;
  organizationId: string | null;
  pledgeId: string | null;
  date: string;
  note: string | null;
  voided: boolean;
  voidReason: string | null;
  createdAt: string;
};
// TODO(api-schema)
export type Pledge = {
  id: string;
  donorName: string;
  donorKind: DonorKind;
  amount: number;
  date: string;
  fulfilled: number;
  outstanding: number;
};
// TODO(api-schema)
export type Payout = {
  id: string;
  payoutNo: string;
  amount: number;
  amountInWords: string;
  date: string;
  purpose: string;
  recipient: string;
  decisionRef: string;
};
// TODO(api-schema)
export type Transfer = {
  id: string;
  fundId: string;
  direction: 'up' | 'down';
  amount: number;
  date: string;
  counterparty: string;
};

export type BookKind = 'receipt' | 'payout' | 'transfer_up' | 'transfer_down';
// TODO(api-schema)
export type BookLine = {
  date: string;
  kind: BookKind;
  number: string | null;
  description: string;
  income: number;
  expense: number;
  balance: number;
};
// TODO(api-schema)
export type FundBookData = {
  fundId: string;
  fundName: string;
  from: string;
  to: string;
  opening: number;
  lines: BookLine[];
  totals: { income: number; expense: number };
  closing: number;
};

export type BankRowStatus = 'matched' | 'unmatched' | 'assigned' | 'ignored';
export const BANK_ROW_STATUSES: BankRowStatus[] = ['unmatched', 'matched', 'assigned', 'ignored'];
// TODO(api-schema)
export type BankRow = {
  id: string;
  fundId: string;
  txnId: string;
  date: string;
  amount: number;
  description: string;
  payerName: string | null;
  status: BankRowStatus;
  driveId: string | null;
  driveCode: string | null;
  donationId: string | null;
  receiptNo: string | null;
  receiptVoided: boolean;
  ignoreReason: string | null;
};
// TODO(api-schema)
export type ImportResult = {
  imported: number;
  matched: number;
  unmatched: number;
  skipped: number;
  receipts: { row: number; txnId: string; receiptNo: string }[];
  ignored: { row: number; reason: string }[];
};
// TODO(api-schema)
export type Reconciliation = {
  from: string;
  to: string;
  bankTotal: number;
  receiptsByTransferTotal: number;
  difference: number;
  explained: { unmatched: number; ignored: number; voidedReceipts: number; receiptsWithoutBankRow: number };
  unmatchedRows: BankRow[];
  receiptsWithoutBankRow: {
    id: string;
    receiptNo: string;
    date: string;
    amount: number;
    donorName: string;
    driveId: string | null;
  }[];
};

/* ---------- Talking to the server ---------- */

/** Everything computed from the ledger; refetched after any money movement. */
const MONEY_QUERIES = new Set(['fundBalance', 'driveSummary', 'fundBook', 'pledges', 'bankRows', 'fundReconciliation']);
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
