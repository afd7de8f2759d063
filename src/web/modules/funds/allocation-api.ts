import type { ApiItem } from '../../lib/api';
import { api } from '../../lib/api';

/** One commune's share of an allocation (phân bổ) from a province's or the national unit's fund. */
export type AllocationLine = ApiItem<'/api/v1/allocation-lines', 'get'>;

export const allocationKeys = {
  all: ['allocationLines'] as const,
  ofFund: (fundId: string) => ['allocationLines', 'fund', fundId] as const,
  toCommune: (communeId: string) => ['allocationLines', 'commune', communeId] as const,
};

export const fetchFundAllocations = (fundId: string) =>
  api<{ items: AllocationLine[] }>('GET', `/allocation-lines?fundId=${fundId}`).then((r) => r.items);
export const fetchCommuneAllocations = (communeId: string) =>
  api<{ items: AllocationLine[] }>('GET', `/allocation-lines?communeId=${communeId}`).then((r) => r.items);
export const acknowledgeAllocation = (lineId: string, body: { fundId: string; date: string }) =>
  api<AllocationLine>('POST', `/allocation-lines/${lineId}/acknowledge`, body);
