import type { ApiItem } from '../../lib/api';
import { api } from '../../lib/api';
import { type CursorPage, pageQuery } from '../../lib/paged-list';

/** One recipient's share (a commune's of a province's allocation, a province's of the national level's). */
export type AllocationLine = ApiItem<'/api/v1/allocation-lines', 'get'>;
/** Who a fund may allocate to: a province's communes, or the provinces for the national fund. */
export type AllocationRecipient = ApiItem<'/api/v1/funds/{id}/allocation-recipients', 'get'>;

export const allocationKeys = {
  all: ['allocationLines'] as const,
  ofFund: (fundId: string) => ['allocationLines', 'fund', fundId] as const,
  toUnit: (unitId: string) => ['allocationLines', 'unit', unitId] as const,
  recipients: (fundId: string) => ['allocationRecipients', fundId] as const,
};

/** A page of allocation lines: of a paying fund, or to a receiving unit (commune or province). */
export const fetchAllocationPage = (filter: { fundId?: string; unitId?: string }, cursor: string | null) =>
  api<CursorPage<AllocationLine>>('GET', `/allocation-lines${pageQuery(filter, cursor)}`);
export const fetchAllocationRecipients = (fundId: string) =>
  api<{ items: AllocationRecipient[] }>('GET', `/funds/${fundId}/allocation-recipients`).then((r) => r.items);
export const acknowledgeAllocation = (lineId: string, body: { fundId: string; date: string }) =>
  api<AllocationLine>('POST', `/allocation-lines/${lineId}/acknowledge`, body);
