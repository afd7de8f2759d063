import { and, asc, eq, isNull } from 'drizzle-orm';
import { maskPersonalNumbers } from '../../../lib/public-text';
import { unitDisplayName } from '../../../lib/units';
import { notFound } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { findDrive } from '../funds/queries';
import { unitRefs } from '../units/refs';
import { goodsItems, goodsLines, goodsSlips } from './schema';
import { stockOf } from './stock';
import { findWarehouse } from './warehouse';

/** What "Nhà hảo tâm" means on a public page: the donor asked not to be named (ARCHITECTURE.md, domain rule 3). */
export const ANONYMOUS_DONOR = 'Nhà hảo tâm';

/** A fund's stock in kind, for reports and the fund's pages: per item on hand and worth, and the totals. */
export async function goodsStockSummary(db: Queryable, fundId: string) {
  const warehouse = await findWarehouse(db, fundId);
  const items = warehouse ? await stockOf(db, warehouse.id) : [];
  return {
    items: items.map((r) => ({ name: r.name, unit: r.unit, onHand: r.onHand, valueOnHand: r.valueOnHand })),
    valueReceived: items.reduce((a, r) => a + r.valueReceived, 0),
    valueOnHand: items.reduce((a, r) => a + r.valueOnHand, 0),
  };
}

export type PublicGoods = Awaited<ReturnType<typeof publicGoodsOfFund>>;

/**
 * The public list of a fund's goods (no login): what came in (the donor as publicly shown, item, quantity, estimated
 * value) and what went out (to which village or recipient, under which decision). Live slips only; no note, no one's
 * address, phone or account, and no staff names.
 */
export async function publicGoodsOfFund(db: Queryable, fundId: string, opts: { requireWarehouse?: boolean } = {}) {
  const warehouse = await findWarehouse(db, fundId);
  if (!warehouse) {
    if (opts.requireWarehouse !== false) throw notFound('Kho hàng hóa');
    return { received: [], issued: [], totals: { valueReceived: 0, valueIssued: 0 } };
  }
  const rows = await db
    .select({
      kind: goodsSlips.kind,
      date: goodsSlips.date,
      number: goodsSlips.number,
      donorName: goodsSlips.donorName,
      publicAnonymous: goodsSlips.publicAnonymous,
      villageName: unitRefs.name,
      villageKind: unitRefs.kind,
      recipient: goodsSlips.recipient,
      decisionRef: goodsSlips.decisionRef,
      item: goodsItems.name,
      unit: goodsItems.unit,
      quantity: goodsLines.quantity,
      value: goodsLines.value,
    })
    .from(goodsSlips)
    .innerJoin(goodsLines, eq(goodsLines.slipId, goodsSlips.id))
    .innerJoin(goodsItems, eq(goodsItems.id, goodsLines.itemId))
    .leftJoin(unitRefs, eq(unitRefs.id, goodsSlips.villageId))
    .where(and(eq(goodsSlips.warehouseId, warehouse.id), isNull(goodsSlips.voidedAt)))
    .orderBy(asc(goodsSlips.date), asc(goodsSlips.year), asc(goodsSlips.seq), asc(goodsLines.position));
  const received = rows
    .filter((r) => r.kind === 'receipt')
    .map((r) => ({
      date: r.date,
      number: r.number,
      donor: r.publicAnonymous || !r.donorName ? ANONYMOUS_DONOR : maskPersonalNumbers(r.donorName),
      item: r.item,
      unit: r.unit,
      quantity: r.quantity,
      value: r.value,
    }));
  const issued = rows
    .filter((r) => r.kind === 'issue')
    .map((r) => {
      const village =
        r.villageName && r.villageKind ? unitDisplayName({ name: r.villageName, kind: r.villageKind }) : null;
      return {
        date: r.date,
        number: r.number,
        recipient: maskPersonalNumbers([village, r.recipient].filter(Boolean).join(' – ')),
        decisionRef: r.decisionRef ?? '',
        item: r.item,
        unit: r.unit,
        quantity: -r.quantity,
        value: -r.value,
      };
    });
  return {
    received,
    issued,
    totals: {
      valueReceived: received.reduce((a, r) => a + r.value, 0),
      valueIssued: issued.reduce((a, r) => a + r.value, 0),
    },
  };
}

/** The goods of a drive's fund, for the drive's public page (empty lists when the fund keeps no goods; null, no drive). */
export async function publicGoodsOfDrive(db: Queryable, driveId: string) {
  const drive = await findDrive(db, driveId);
  return drive ? publicGoodsOfFund(db, drive.fundId, { requireWarehouse: false }) : null;
}
