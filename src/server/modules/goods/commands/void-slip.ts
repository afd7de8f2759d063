import { eq } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden } from '../../../core/errors';
import { formatInteger } from '../../../../lib/numbers';
import { recordAudit } from '../../audit/record-audit';
import { findSlipVisibleTo } from '../lookup';
import { canManageGoods } from '../policy';
import { goodsLines, goodsSlips } from '../schema';
import { lockItems, stockOf } from '../stock';

/**
 * Voids a slip with a reason (the ledger is append-only: the slip keeps its number, its lines stop counting). A
 * receipt or a count whose goods have since gone out cannot be voided: the stock would fall below zero (409).
 */
export async function voidGoodsSlip(ctx: CommandContext, id: string, reason: string) {
  const { db, actor, meta } = ctx;
  const { slip, scope } = await findSlipVisibleTo(db, actor, id);
  if (!canManageGoods(actor, scope.communeRef)) throw forbidden({ id: 'Chỉ Ban Thường trực xã hủy phiếu kho.' });
  return db.transaction(async (tx) => {
    const lines = await tx.select().from(goodsLines).where(eq(goodsLines.slipId, slip.id));
    await lockItems(
      tx,
      slip.warehouseId,
      lines.map((l) => l.itemId),
    );
    const [current] = await tx.select().from(goodsSlips).where(eq(goodsSlips.id, slip.id)).for('update');
    if (!current || current.voidedAt) throw conflict('already_voided', `Phiếu ${slip.number} đã hủy trước đó.`);
    const stock = new Map(
      (await stockOf(tx, slip.warehouseId, [...new Set(lines.map((l) => l.itemId))])).map((r) => [r.itemId, r]),
    );
    const change = new Map<string, number>();
    for (const l of lines) change.set(l.itemId, (change.get(l.itemId) ?? 0) - l.quantity);
    for (const [itemId, delta] of change) {
      const row = stock.get(itemId);
      if (row && row.onHand + delta < 0) {
        const msg = `Không hủy được: ${row.name} đã xuất, trong kho chỉ còn ${formatInteger(row.onHand)} ${row.unit}.`;
        throw conflict('insufficient_stock', msg);
      }
    }
    const [voided] = await tx
      .update(goodsSlips)
      .set({ voidedAt: new Date(), voidedBy: meta.actorId, voidReason: reason })
      .where(eq(goodsSlips.id, slip.id))
      .returning();
    if (!voided) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'goods_slip.void',
      entity: 'goods_slip',
      entityId: slip.id,
      communeId: slip.communeId,
      scopePath: slip.unitPath,
      before: { number: slip.number, voidedAt: null },
      after: { number: slip.number, voidReason: reason },
    });
    return voided;
  });
}
