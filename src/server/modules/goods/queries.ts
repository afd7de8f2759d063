import { unitDisplayName } from '../../../lib/units';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { decodeCursor, pageOf, pageSize } from '../../http/page-cursor';
import { unitRefs } from '../units/refs';
import { goodsItems, goodsLines, goodsSlips, type GoodsSlip, type SlipKind } from './schema';

export type SlipLine = {
  itemId: string;
  name: string;
  unit: string;
  quantity: number;
  value: number;
  counted: number | null;
  reason: string | null;
};
export type SlipWithLines = GoodsSlip & { villageName: string | null; lines: SlipLine[] };

/** The lines of these slips, in their order, with the item's name and unit. */
async function linesOf(db: Queryable, slipIds: string[]) {
  if (slipIds.length === 0) return new Map<string, SlipLine[]>();
  const rows = await db
    .select({
      slipId: goodsLines.slipId,
      itemId: goodsLines.itemId,
      name: goodsItems.name,
      unit: goodsItems.unit,
      quantity: goodsLines.quantity,
      value: goodsLines.value,
      counted: goodsLines.counted,
      reason: goodsLines.reason,
    })
    .from(goodsLines)
    .innerJoin(goodsItems, eq(goodsItems.id, goodsLines.itemId))
    .where(inArray(goodsLines.slipId, slipIds))
    .orderBy(asc(goodsLines.slipId), asc(goodsLines.position));
  const out = new Map<string, SlipLine[]>();
  for (const { slipId, ...line } of rows) {
    const list = out.get(slipId) ?? [];
    list.push(line);
    out.set(slipId, list);
  }
  return out;
}

/** Slips matching `where`, newest first, each with its lines and the village an issue went to. */
async function slipsWhere(db: Queryable, where: SQL | undefined, limit: number): Promise<SlipWithLines[]> {
  const rows = await db
    .select({ slip: goodsSlips, villageName: unitRefs.name, villageKind: unitRefs.kind })
    .from(goodsSlips)
    .leftJoin(unitRefs, eq(unitRefs.id, goodsSlips.villageId))
    .where(where)
    // A slip's year is its date's: (date, seq) orders a warehouse's slips of one kind as (date, year, seq) does.
    .orderBy(desc(goodsSlips.date), desc(goodsSlips.seq))
    .limit(limit);
  const lines = await linesOf(
    db,
    rows.map((r) => r.slip.id),
  );
  return rows.map((r) => ({
    ...r.slip,
    villageName: r.villageName && r.villageKind ? unitDisplayName({ name: r.villageName, kind: r.villageKind }) : null,
    lines: lines.get(r.slip.id) ?? [],
  }));
}

const NO_SLIPS = { items: [] as SlipWithLines[], nextCursor: null };

/**
 * One page of a warehouse's slips of one kind, newest first (keyset on date and number: a deep page costs what the
 * first does). `villageRoots`, when given, keeps only the issues to those villages (what a village head sees); an
 * empty list sees nothing. `cursor` is the `nextCursor` of the page before (400 naming `cursor` when unreadable).
 */
export async function listSlips(
  db: Queryable,
  warehouseId: string,
  kind: SlipKind,
  page: { cursor?: string; limit?: number },
  villageRoots?: string[],
) {
  const limit = pageSize(page.limit);
  const after = page.cursor ? decodeCursor(page.cursor, 'seq') : null;
  if (villageRoots?.length === 0) return NO_SLIPS;
  const where = and(
    eq(goodsSlips.warehouseId, warehouseId),
    eq(goodsSlips.kind, kind),
    villageRoots ? inSubtrees(goodsSlips.unitPath, villageRoots) : undefined,
    after ? sql`(${goodsSlips.date}, ${goodsSlips.seq}) < (${after.date}::date, ${Number(after.key)})` : undefined,
  );
  const rows = await slipsWhere(db, where, limit + 1);
  return pageOf(rows, limit, (s) => ({ date: s.date, key: String(s.seq) }));
}

export async function findSlipWithLines(db: Queryable, id: string): Promise<SlipWithLines | null> {
  const [row] = await slipsWhere(db, eq(goodsSlips.id, id), 1);
  return row ?? null;
}

export async function listItems(db: Queryable, warehouseId: string) {
  return db
    .select()
    .from(goodsItems)
    .where(eq(goodsItems.warehouseId, warehouseId))
    .orderBy(asc(goodsItems.name), asc(goodsItems.unit));
}
