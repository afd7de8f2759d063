import type { CommandContext } from '../../../core/command';
import { ensureWarehouse, managedFundScope } from '../warehouse';
import { findOrAddItem, itemsOfWarehouse } from './items';
import { writeSlip } from './write-slip';

export type ReceiptLineInput = {
  itemId?: string | null;
  name?: string | null;
  unit?: string | null;
  quantity: number;
  value: number;
};
export type ReceiptInput = {
  date: string;
  donorName: string;
  publicAnonymous: boolean;
  note?: string | null;
  lines: ReceiptLineInput[];
};

/**
 * A receipt in kind (phiếu nhập) by the standing committee: each line names a stocked item or a new one (name and
 * unit, added to the warehouse), its quantity and estimated value in đồng. The warehouse is made on first use.
 */
export async function recordGoodsReceipt(ctx: CommandContext, fundId: string, input: ReceiptInput) {
  const { db, actor, meta } = ctx;
  const { fund, communePath } = await managedFundScope(db, actor, fundId);
  return db.transaction(async (tx) => {
    const warehouse = await ensureWarehouse(tx, fund);
    await itemsOfWarehouse(tx, warehouse.id, input.lines);
    const lines = [];
    for (const l of input.lines) {
      const itemId = l.itemId ?? (await findOrAddItem(tx, meta, warehouse, l.name ?? '', l.unit ?? '')).item.id;
      lines.push({ itemId, quantity: l.quantity, value: l.value });
    }
    const donorName = input.donorName || 'Nhà hảo tâm';
    const header = {
      date: input.date,
      donorName,
      publicAnonymous: input.publicAnonymous,
      note: input.note ?? null,
      unitPath: communePath,
    };
    return writeSlip(tx, meta, warehouse, 'receipt', header, lines);
  });
}
