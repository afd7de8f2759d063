import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';

/** PN phiếu nhập (receipt in kind), PX phiếu xuất (issue), KK biên bản kiểm kê (stock count). */
export type GoodsNumberKind = 'PN' | 'PX' | 'KK';
export const NUMBER_KIND = { receipt: 'PN', issue: 'PX', count: 'KK' } as const;

/**
 * The next number of a warehouse's slips of a kind in a year, inside the caller's transaction (the same pattern as
 * the funds' receipt numbers, on this module's own counter table): the upsert takes the counter row's lock, so
 * concurrent writers queue, and a rolled-back transaction gives its number back — numbers stay gapless.
 */
export async function nextGoodsNumber(
  tx: Queryable,
  communeId: string,
  warehouseId: string,
  year: number,
  kind: GoodsNumberKind,
): Promise<{ seq: number; label: string }> {
  const res = await tx.execute<{ last: number }>(sql`
    insert into goods_counters (commune_id, warehouse_id, year, kind, last)
    values (${communeId}, ${warehouseId}, ${year}, ${kind}, 1)
    on conflict (commune_id, warehouse_id, year, kind) do update set last = goods_counters.last + 1
    returning last`);
  const seq = Number((res as unknown as { rows: { last: number }[] }).rows[0]?.last);
  return { seq, label: `${kind}-${year}-${String(seq).padStart(4, '0')}` };
}
