import type { QueryClient } from '@tanstack/react-query';
import { api, type ApiSchema } from '../../lib/api';
import { type CursorPage, pageQuery } from '../../lib/paged-list';

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
/** One page of a warehouse's slips of a kind, newest first (`cursor`: the last page's `nextCursor`). */
export const fetchSlipPage = (fundId: string, kind: SlipKind, cursor: string | null) =>
  api<CursorPage<GoodsSlip>>('GET', `/funds/${fundId}/goods/${SLIP_PATH[kind]}${pageQuery({}, cursor)}`);
export const voidSlip = (id: string, reason: string) => api<GoodsSlip>('POST', `/goods-slips/${id}/void`, { reason });
export const slipDocxHref = (id: string) => `/api/v1/goods-slips/${id}/document.docx`;
export const stockXlsxHref = (fundId: string) => `/api/v1/funds/${fundId}/goods/stock.xlsx`;
