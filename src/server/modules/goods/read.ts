import type { Actor } from '../../core/actor';
import { forbidden, notFound } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { findSlipVisibleTo } from './lookup';
import { goodsCan, villageRoots } from './policy';
import { presentSlip } from './present';
import { findSlipWithLines, listItems, listSlips } from './queries';
import type { SlipKind } from './schema';
import { stockOf } from './stock';
import { findWarehouse, fundScope, readableFundScope } from './warehouse';

/**
 * A fund's goods at a glance: the warehouse (null before first use), the stock per item and its totals, and what the
 * caller may do. A village head sees no stock (only the issues to their village); someone with no part in it, 403.
 */
export async function goodsStockFor(db: Queryable, actor: Actor, fundId: string) {
  const scope = await fundScope(db, actor, fundId);
  const can = goodsCan(actor, scope.communeRef);
  if (!can.read && !can.issuesOfVillages) throw forbidden();
  const warehouse = await findWarehouse(db, fundId);
  const items = warehouse && can.read ? await stockOf(db, warehouse.id) : [];
  return {
    warehouse: warehouse ? { id: warehouse.id, name: warehouse.name } : null,
    fundId,
    items,
    totals: {
      valueReceived: items.reduce((a, r) => a + r.valueReceived, 0),
      valueOnHand: items.reduce((a, r) => a + r.valueOnHand, 0),
    },
    can,
  };
}

export async function itemsFor(db: Queryable, actor: Actor, fundId: string) {
  await readableFundScope(db, actor, fundId);
  const warehouse = await findWarehouse(db, fundId);
  return warehouse ? listItems(db, warehouse.id) : [];
}

/**
 * One page of a warehouse's slips of one kind; a village head gets the issues to their village only (and no other
 * kind).
 */
export async function slipsFor(
  db: Queryable,
  actor: Actor,
  fundId: string,
  kind: SlipKind,
  page: { cursor?: string; limit?: number } = {},
) {
  const scope = await fundScope(db, actor, fundId);
  const can = goodsCan(actor, scope.communeRef);
  if (!can.read && !(can.issuesOfVillages && kind === 'issue')) throw forbidden();
  const warehouse = await findWarehouse(db, fundId);
  if (!warehouse) return { items: [], nextCursor: null };
  const slips = await listSlips(db, warehouse.id, kind, page, can.read ? undefined : villageRoots(actor));
  return { items: slips.items.map((s) => presentSlip(actor, scope.communeRef, s)), nextCursor: slips.nextCursor };
}

/** One slip the caller may see (lookup.ts holds the scope: 404 otherwise), e.g. after it was written. */
export async function slipFor(db: Queryable, actor: Actor, id: string) {
  const { scope } = await findSlipVisibleTo(db, actor, id);
  const slip = await findSlipWithLines(db, id);
  if (!slip) throw notFound('Phiếu kho');
  return presentSlip(actor, scope.communeRef, slip);
}
