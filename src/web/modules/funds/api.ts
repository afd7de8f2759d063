import { api, orNullOn404 } from '../../lib/api';
import type {
  Balance,
  BankRow,
  Drive,
  DriveSummary,
  Fund,
  FundBookData,
  Pledge,
  Receipt,
  Reconciliation,
} from './shared';

/**
 * Query keys of the funds module. Every figure computed from the ledger (balance, drive summaries, the book,
 * pledges, bank rows, reconciliation) is refetched after any money movement: see invalidateMoney in shared.tsx.
 */
export const fundKeys = {
  funds: ['funds'] as const,
  ofCommune: (communeId: string) => ['funds', communeId] as const,
  drives: (fundId: string | undefined) => ['drives', fundId ?? 'none'] as const,
  pledges: (fundId: string | undefined) => ['pledges', fundId ?? 'none'] as const,
  balance: (fundId: string) => ['fundBalance', fundId] as const,
  latestReceipts: (fundId: string) => ['fundLatestReceipts', fundId] as const,
  driveSummary: (driveId: string) => ['driveSummary', driveId] as const,
  book: (fundId: string, from: string, to: string) => ['fundBook', fundId, from, to] as const,
  reconciliation: (fundId: string, from: string, to: string) => ['fundReconciliation', fundId, from, to] as const,
  latestYear: (fundId: string) => ['fundLatestYear', fundId] as const,
  sessionReceipts: ['fundSessionReceipts'] as const,
};

export const fetchFunds = () => api<{ items: Fund[] }>('GET', '/funds').then((r) => r.items);
export const fetchCommuneFunds = (communeId: string) =>
  api<{ items: Fund[] }>('GET', `/funds?communeId=${communeId}`).then((r) => r.items);
export const fetchDrives = (fundId: string) =>
  api<{ items: Drive[] }>('GET', `/drives?fundId=${fundId}`).then((r) => r.items);
export const fetchPledges = (fundId: string) =>
  api<{ items: Pledge[]; outstanding: number }>('GET', `/pledges?fundId=${fundId}`);
export const fetchBalance = (fundId: string) => api<Balance>('GET', `/funds/${fundId}/balance`);
export const fetchLatestReceipts = (fundId: string) =>
  api<{ items: Receipt[] }>('GET', `/funds/${fundId}/latest-receipts?limit=5`).then((r) => r.items);
export const fetchDriveSummary = (driveId: string) => api<DriveSummary>('GET', `/drives/${driveId}/summary`);
/** Enters the drive's public announcement in the outgoing register: its TB number from then on (409 the second time). */
export const registerNotice = (driveId: string) =>
  api<{ documentId: string; number: string; date: string }>('POST', `/drives/${driveId}/disclosure-notice`, {});
/** The fund book from `from` (to today when `to` is omitted); null on a server without the book. */
export const fetchFundBook = (fundId: string, from: string, to?: string) =>
  orNullOn404(api<FundBookData>('GET', `/funds/${fundId}/book?from=${from}${to ? `&to=${to}` : ''}`));
export const fetchReconciliation = (fundId: string, from: string, to: string) =>
  orNullOn404(api<Reconciliation>('GET', `/funds/${fundId}/reconciliation?from=${from}&to=${to}`));

export const createFund = (body: unknown) => api<Fund>('POST', '/funds', body);
export const createDrive = (body: unknown) => api<Drive>('POST', '/drives', body);
export const voidDonation = (id: string, reason: string) => api<Receipt>('POST', `/donations/${id}/void`, { reason });
// The document's `receipt` (a nullable $ref) generates as `Donation & (Record<string, never> | null)`: named here.
export const assignBankRow = (id: string, body: unknown) =>
  api<{ row: BankRow; receipt: Receipt | null }>('POST', `/bank-rows/${id}/assign`, body);
