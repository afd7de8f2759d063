import { and, eq, inArray } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, unknownReference } from '../../../core/errors';
import type { Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { goodsItems, type GoodsItem, type Warehouse } from '../schema';
import { ensureWarehouse, managedFundScope } from '../warehouse';

/** "gạo " and "Gạo" are one item: names and units are stored as typed, compared trimmed. */
const clean = (s: string) => s.trim().replace(/\s+/g, ' ');

/** The item of this name and unit in the warehouse, added (with its audit row) when new. */
export async function findOrAddItem(
  tx: Queryable,
  meta: RequestMeta,
  warehouse: Warehouse,
  name: string,
  unit: string,
): Promise<{ item: GoodsItem; created: boolean }> {
  const values = { communeId: warehouse.communeId, warehouseId: warehouse.id, name: clean(name), unit: clean(unit) };
  const [added] = await tx.insert(goodsItems).values(values).onConflictDoNothing().returning();
  if (added) {
    await recordAudit(tx, meta, {
      action: 'goods_item.create',
      entity: 'goods_item',
      entityId: added.id,
      communeId: warehouse.communeId,
      after: { name: added.name, unit: added.unit },
    });
    return { item: added, created: true };
  }
  const [found] = await tx
    .select()
    .from(goodsItems)
    .where(
      and(eq(goodsItems.warehouseId, warehouse.id), eq(goodsItems.name, values.name), eq(goodsItems.unit, values.unit)),
    )
    .limit(1);
  if (!found) throw new Error('item neither added nor found');
  return { item: found, created: false };
}

/** Items of this warehouse named by the lines; an id of another warehouse (or none) is a 404 naming `lines.<i>.itemId`. */
export async function itemsOfWarehouse(tx: Queryable, warehouseId: string, lines: { itemId?: string | null }[]) {
  const ids = [...new Set(lines.flatMap((l) => (l.itemId ? [l.itemId] : [])))];
  const rows =
    ids.length === 0
      ? []
      : await tx
          .select()
          .from(goodsItems)
          .where(and(eq(goodsItems.warehouseId, warehouseId), inArray(goodsItems.id, ids)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  lines.forEach((l, i) => {
    if (l.itemId && !byId.has(l.itemId)) throw unknownReference(`lines.${i}.itemId`, 'Mặt hàng');
  });
  return byId;
}

/** A new item of a fund's warehouse (the warehouse is made on first use): 409 when it is already there. */
export async function createItem(ctx: CommandContext, fundId: string, input: { name: string; unit: string }) {
  const { db, actor, meta } = ctx;
  const { fund } = await managedFundScope(db, actor, fundId);
  return db.transaction(async (tx) => {
    const warehouse = await ensureWarehouse(tx, fund);
    const { item, created } = await findOrAddItem(tx, meta, warehouse, input.name, input.unit);
    if (!created) {
      const msg = `Kho đã có mặt hàng "${item.name}" (${item.unit}).`;
      throw conflict('duplicate_name', msg, { name: msg });
    }
    return item;
  });
}
