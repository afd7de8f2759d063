import { invalid } from '../../../core/errors';
import type { CommandContext } from '../../../core/command';
import { lockItems, stockOf, worthOf } from '../stock';
import { ensureWarehouse, managedFundScope } from '../warehouse';
import { itemsOfWarehouse } from './items';
import { writeSlip } from './write-slip';

export type CountInput = {
  date: string;
  note?: string | null;
  lines: { itemId: string; counted: number; reason?: string | null }[];
};

/**
 * A stock count (kiểm kê) by the standing committee: per item the quantity counted; the difference from the book
 * is written as an adjustment line (+ found over, − missing) that must give its reason. An item counted twice in one
 * count is refused. Items are locked so no issue slips in between the reading and the writing.
 */
export async function recordGoodsCount(ctx: CommandContext, fundId: string, input: CountInput) {
  const { db, actor, meta } = ctx;
  const { fund, communePath } = await managedFundScope(db, actor, fundId);
  const seen = new Map<string, number>();
  input.lines.forEach((l, i) => {
    if (seen.has(l.itemId)) invalidLine(i, 'itemId', 'Mặt hàng này đã có ở dòng trên.');
    seen.set(l.itemId, i);
  });
  return db.transaction(async (tx) => {
    const warehouse = await ensureWarehouse(tx, fund);
    await itemsOfWarehouse(tx, warehouse.id, input.lines);
    await lockItems(
      tx,
      warehouse.id,
      input.lines.map((l) => l.itemId),
    );
    const stock = new Map((await stockOf(tx, warehouse.id, [...seen.keys()])).map((r) => [r.itemId, r]));
    const lines = input.lines.map((l, i) => {
      const row = stock.get(l.itemId);
      const difference = l.counted - (row?.onHand ?? 0);
      const reason = l.reason?.trim() || null;
      if (difference !== 0 && !reason) invalidLine(i, 'reason', 'Số đếm khác sổ: ghi lý do chênh lệch.');
      const value = difference === 0 ? 0 : Math.sign(difference) * worthOf(row, Math.abs(difference));
      return { itemId: l.itemId, quantity: difference, value, counted: l.counted, reason };
    });
    return writeSlip(
      tx,
      meta,
      warehouse,
      'count',
      { date: input.date, note: input.note ?? null, unitPath: communePath },
      lines,
    );
  });
}

function invalidLine(i: number, field: string, message: string): never {
  throw invalid({ [`lines.${i}.${field}`]: message });
}
