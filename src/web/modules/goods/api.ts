import type { QueryClient } from '@tanstack/react-query';
import { api, type ApiSchema } from '../../lib/api';

export type GoodsStock = ApiSchema<'GoodsStock'>;
export type StockRow = ApiSchema<'GoodsStockRow'>;
export type GoodsSlip = ApiSchema<'GoodsSlip'>;
export type SlipKind = GoodsSlip['kind'];

export const SLIP_PATH: Record<SlipKind, string> = { receipt: 'receipts', issue: 'issues', count: 'counts' };

/** Query keys of a fund's goods; every slip written or voided refetches them all (invalidateGoods). */
export const goodsKeys = {
  stock: (fundId: string) => ['goodsStock', fundId] as const,
  slips: (fundId: string, kind: SlipKind) => ['goodsSlips', fundId, kind] as const,
};
export const invalidateGoods = (qc: QueryClient) =>
  qc.invalidateQueries({ predicate: (q) => ['goodsStock', 'goodsSlips'].includes(String(q.queryKey[0])) });

export const fetchStock = (fundId: string) => api<GoodsStock>('GET', `/funds/${fundId}/goods`);
export const fetchSlips = (fundId: string, kind: SlipKind) =>
  api<{ items: GoodsSlip[] }>('GET', `/funds/${fundId}/goods/${SLIP_PATH[kind]}`).then((r) => r.items);
export const voidSlip = (id: string, reason: string) => api<GoodsSlip>('POST', `/goods-slips/${id}/void`, { reason });
export const slipDocxHref = (id: string) => `/api/v1/goods-slips/${id}/document.docx`;
export const stockXlsxHref = (fundId: string) => `/api/v1/funds/${fundId}/goods/stock.xlsx`;
