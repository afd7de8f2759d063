import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { goodsItems, goodsLines, goodsSlips } from './schema';

export type StockRow = {
  itemId: string;
  name: string;
  unit: string;
  received: number;
  issued: number;
  adjusted: number;
  onHand: number;
  valueReceived: number;
  valueOnHand: number;
};

const sumWhere = (column: typeof goodsLines.quantity | typeof goodsLines.value, kind: string) =>
  sql<string>`coalesce(sum(${column}) filter (where ${goodsSlips.kind} = ${kind} and ${goodsSlips.voidedAt} is null), 0)`;

/**
 * The stock of a warehouse, per item, computed from the ledger's live lines (voided slips count for nothing): in,
 * out, counted differences, on hand, and the estimated value (what came in, less what went out and the adjustments,
 * each valued at the average worth of the stock when it moved).
 */
export async function stockOf(db: Queryable, warehouseId: string, itemIds?: string[]): Promise<StockRow[]> {
  const rows = await db
    .select({
      itemId: goodsItems.id,
      name: goodsItems.name,
      unit: goodsItems.unit,
      received: sumWhere(goodsLines.quantity, 'receipt'),
      issued: sumWhere(goodsLines.quantity, 'issue'),
      adjusted: sumWhere(goodsLines.quantity, 'count'),
      valueReceived: sumWhere(goodsLines.value, 'receipt'),
      valueMoved: sql<string>`coalesce(sum(${goodsLines.value}) filter (where ${goodsSlips.voidedAt} is null), 0)`,
    })
    .from(goodsItems)
    .leftJoin(goodsLines, eq(goodsLines.itemId, goodsItems.id))
    .leftJoin(goodsSlips, eq(goodsSlips.id, goodsLines.slipId))
    .where(and(eq(goodsItems.warehouseId, warehouseId), itemIds ? inArray(goodsItems.id, itemIds) : undefined))
    .groupBy(goodsItems.id, goodsItems.name, goodsItems.unit)
    .orderBy(asc(goodsItems.name), asc(goodsItems.unit));
  return rows.map((r) => {
    const received = Number(r.received);
    const issued = -Number(r.issued);
    const adjusted = Number(r.adjusted);
    return {
      itemId: r.itemId,
      name: r.name,
      unit: r.unit,
      received,
      issued,
      adjusted,
      onHand: received - issued + adjusted,
      valueReceived: Number(r.valueReceived),
      valueOnHand: Number(r.valueMoved),
    };
  });
}

/** The worth of `quantity` units of an item at the stock's average value (its receipts' when none is on hand). */
export function worthOf(row: StockRow | undefined, quantity: number): number {
  if (!row) return 0;
  if (row.onHand > 0) return Math.round((row.valueOnHand * quantity) / row.onHand);
  return row.received > 0 ? Math.round((row.valueReceived * quantity) / row.received) : 0;
}

/**
 * Locks the items a command moves, in id order (two commands never wait on each other crosswise), so that checking
 * the stock and writing the movement happen as one step: a second issue of the same item waits here and then sees
 * the first one's lines.
 */
export async function lockItems(tx: Queryable, warehouseId: string, itemIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(itemIds)].sort();
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: goodsItems.id })
    .from(goodsItems)
    .where(and(eq(goodsItems.warehouseId, warehouseId), inArray(goodsItems.id, ids)))
    .orderBy(asc(goodsItems.id))
    .for('update');
  return new Set(rows.map((r) => r.id));
}
