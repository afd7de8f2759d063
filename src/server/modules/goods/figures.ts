import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { maskPersonalNumbers } from '../../../lib/public-text';
import { unitDisplayName } from '../../../lib/units';
import { notFound } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { decodeCursor, pageOf, pageSize } from '../../http/page-cursor';
import { findDrive } from '../funds/queries';
import { unitRefs } from '../units/refs';
import { PUBLIC_GOODS_MAX, PUBLIC_GOODS_PAGE } from './fields';
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

/** Which page of the public goods list: `nextCursor` of the page before (none: the first) and its size. */
export type PublicGoodsPage = { cursor?: string; limit?: number };

const LISTED = inArray(goodsSlips.kind, ['receipt', 'issue']);

/**
 * The public list of a fund's goods (no login), one page at a time, newest first: what came in (the donor as publicly
 * shown, item, quantity, estimated value) and what went out (to which village or recipient, under which decision).
 * Live slips only; no note, no one's address, phone or account, and no staff names. The totals are of every line, not
 * the page's. `received` and `issued` are the page split by kind, as clients read them before the list was paged.
 */
export async function publicGoodsOfFund(
  db: Queryable,
  fundId: string,
  opts: { requireWarehouse?: boolean } & PublicGoodsPage = {},
) {
  const limit = pageSize(opts.limit, PUBLIC_GOODS_PAGE, PUBLIC_GOODS_MAX);
  // Read before anything else: a bad cursor is a 400 naming `cursor` whatever the fund.
  const after = opts.cursor ? decodeCursor(opts.cursor, 'id') : null;
  const warehouse = await findWarehouse(db, fundId);
  if (!warehouse) {
    if (opts.requireWarehouse !== false) throw notFound('Kho hàng hóa');
    return { items: [], nextCursor: null, received: [], issued: [], totals: { valueReceived: 0, valueIssued: 0 } };
  }
  const live = and(eq(goodsSlips.warehouseId, warehouse.id), isNull(goodsSlips.voidedAt), LISTED);
  // Keyset on (date, line id): a deep page costs what the first does; lines of one day keep a stable order.
  const [rows, sums] = await Promise.all([
    db
      .select({
        id: goodsLines.id,
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
      .where(
        and(
          live,
          after ? sql`(${goodsSlips.date}, ${goodsLines.id}) < (${after.date}::date, ${after.key}::uuid)` : undefined,
        ),
      )
      .orderBy(desc(goodsSlips.date), desc(goodsLines.id))
      .limit(limit + 1),
    db
      .select({
        received: sql<string>`coalesce(sum(${goodsLines.value}) filter (where ${goodsSlips.kind} = 'receipt'), 0)::text`,
        issued: sql<string>`coalesce(-sum(${goodsLines.value}) filter (where ${goodsSlips.kind} = 'issue'), 0)::text`,
      })
      .from(goodsSlips)
      .innerJoin(goodsLines, eq(goodsLines.slipId, goodsSlips.id))
      .where(live),
  ]);
  const page = pageOf(rows, limit, (r) => ({ date: r.date, key: r.id }));
  const items = page.items.map((r) => (r.kind === 'receipt' ? publicReceived(r) : publicIssued(r)));
  const strip = <T extends { kind: string }>({ kind: _, ...line }: T) => line;
  return {
    items,
    nextCursor: page.nextCursor,
    received: items.flatMap((r) => (r.kind === 'receipt' ? [strip(r)] : [])),
    issued: items.flatMap((r) => (r.kind === 'issue' ? [strip(r)] : [])),
    totals: { valueReceived: Number(sums[0]?.received ?? 0), valueIssued: Number(sums[0]?.issued ?? 0) },
  };
}

type LineRow = {
  date: string;
  number: string;
  donorName: string | null;
  publicAnonymous: boolean;
  villageName: string | null;
  villageKind: string | null;
  recipient: string | null;
  decisionRef: string | null;
  item: string;
  unit: string;
  quantity: number;
  value: number;
};

function publicReceived(r: LineRow) {
  return {
    kind: 'receipt' as const,
    date: r.date,
    number: r.number,
    donor: r.publicAnonymous || !r.donorName ? ANONYMOUS_DONOR : maskPersonalNumbers(r.donorName),
    item: r.item,
    unit: r.unit,
    quantity: r.quantity,
    value: r.value,
  };
}

/** An issue's line as the public sees it: the quantity out, positive (the ledger keeps it negative). */
function publicIssued(r: LineRow) {
  const village = r.villageName && r.villageKind ? unitDisplayName({ name: r.villageName, kind: r.villageKind }) : null;
  return {
    kind: 'issue' as const,
    date: r.date,
    number: r.number,
    recipient: maskPersonalNumbers([village, r.recipient].filter(Boolean).join(' – ')),
    decisionRef: r.decisionRef ?? '',
    item: r.item,
    unit: r.unit,
    quantity: -r.quantity,
    value: -r.value,
  };
}

/**
 * A page of the goods of a drive's fund, for the drive's public page (empty lists when the fund keeps no goods; null,
 * no drive).
 */
export async function publicGoodsOfDrive(db: Queryable, driveId: string, page: PublicGoodsPage = {}) {
  const drive = await findDrive(db, driveId);
  return drive ? publicGoodsOfFund(db, drive.fundId, { requireWarehouse: false, ...page }) : null;
}
