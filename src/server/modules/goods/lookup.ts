import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { notFound } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { canSeeSlip } from './policy';
import { goodsSlips, goodsWarehouses } from './schema';
import { fundScope } from './warehouse';

/** Ids in a file path (a plain route) are not validated by a schema: anything not shaped like a uuid is not found. */
const UUID_LIKE = /^[0-9a-f-]{36}$/i;

/**
 * A goods slip the actor may see, with its warehouse and the fund's scope; else 404 (outside the caller's scope and
 * missing look the same). The fund is looked up through the funds module, whose lookup holds the scope rule.
 */
export async function findSlipVisibleTo(db: Queryable, actor: Actor, id: string) {
  if (!UUID_LIKE.test(id)) throw notFound('Phiếu kho');
  const [row] = await db
    .select({ slip: goodsSlips, warehouse: goodsWarehouses })
    .from(goodsSlips)
    .innerJoin(goodsWarehouses, eq(goodsWarehouses.id, goodsSlips.warehouseId))
    .where(eq(goodsSlips.id, id))
    .limit(1);
  if (!row) throw notFound('Phiếu kho');
  const scope = await fundScope(db, actor, row.warehouse.fundId).catch(() => null);
  if (!scope || !canSeeSlip(actor, scope.communeRef, row.slip)) throw notFound('Phiếu kho');
  return { ...row, scope };
}
