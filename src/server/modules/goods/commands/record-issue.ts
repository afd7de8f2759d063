import { conflict, unknownReference } from '../../../core/errors';
import type { CommandContext } from '../../../core/command';
import { formatInteger } from '../../../../lib/numbers';
import { findUnit } from '../../units/queries';
import { lockItems, stockOf, worthOf } from '../stock';
import { ensureWarehouse, managedFundScope } from '../warehouse';
import { itemsOfWarehouse } from './items';
import { writeSlip } from './write-slip';

export type IssueInput = {
  date: string;
  villageId?: string | null;
  recipient?: string | null;
  decisionRef: string;
  note?: string | null;
  lines: { itemId: string; quantity: number }[];
};

/**
 * An issue slip (phiếu xuất) by the standing committee, to a village of the fund's commune or a recipient as written,
 * under a decision. Never more than the warehouse holds: the items are locked before the stock is read, so of two
 * concurrent issues of the last units one waits, then finds nothing left and is refused (409 naming the line).
 */
export async function recordGoodsIssue(ctx: CommandContext, fundId: string, input: IssueInput) {
  const { db, actor, meta } = ctx;
  const { fund, communePath } = await managedFundScope(db, actor, fundId);
  let unitPath = communePath;
  if (input.villageId) {
    const village = await findUnit(db, input.villageId);
    if (!village || village.level !== 'village' || village.parentId !== fund.communeId)
      throw unknownReference('villageId', 'Thôn');
    unitPath = village.path;
  }
  return db.transaction(async (tx) => {
    const warehouse = await ensureWarehouse(tx, fund);
    const items = await itemsOfWarehouse(tx, warehouse.id, input.lines);
    await lockItems(
      tx,
      warehouse.id,
      input.lines.map((l) => l.itemId),
    );
    const stock = new Map((await stockOf(tx, warehouse.id, [...items.keys()])).map((r) => [r.itemId, r]));
    const taken = new Map<string, number>();
    const spent = new Map<string, number>();
    const valueTaken = (id: string) => spent.get(id) ?? 0;
    const lines = input.lines.map((l, i) => {
      const row = stock.get(l.itemId);
      const before = taken.get(l.itemId) ?? 0;
      const left = (row?.onHand ?? 0) - before;
      if (l.quantity > left) {
        const item = items.get(l.itemId);
        const msg = `Kho chỉ còn ${formatInteger(Math.max(left, 0))} ${item?.unit ?? ''} ${item?.name ?? ''}, không đủ xuất ${formatInteger(l.quantity)}.`;
        throw conflict('insufficient_stock', msg, { [`lines.${i}.quantity`]: msg });
      }
      taken.set(l.itemId, before + l.quantity);
      // The worth of what goes out, at the average worth of what is left before this line.
      const value = row
        ? worthOf({ ...row, onHand: left, valueOnHand: row.valueOnHand - valueTaken(l.itemId) }, l.quantity)
        : 0;
      spent.set(l.itemId, (spent.get(l.itemId) ?? 0) + value);
      return { itemId: l.itemId, quantity: -l.quantity, value: -value };
    });
    const header = {
      date: input.date,
      villageId: input.villageId ?? null,
      recipient: input.recipient ?? null,
      decisionRef: input.decisionRef,
      note: input.note ?? null,
      unitPath,
    };
    return writeSlip(tx, meta, warehouse, 'issue', header, lines);
  });
}
