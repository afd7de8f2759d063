import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { forbidden } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { findFundVisibleTo } from '../funds/lookup';
import { canManageGoods, canReadGoods } from './policy';
import { goodsWarehouses, type Warehouse } from './schema';

export type GoodsScope = Awaited<ReturnType<typeof findFundVisibleTo>> & { communeRef: { id: string; path: string } };

/** A fund the actor may see (the funds module's lookup: 404 outside the caller's scope), with its commune ref. */
export async function fundScope(db: Queryable, actor: Actor, fundId: string, field?: string): Promise<GoodsScope> {
  const found = await findFundVisibleTo(db, actor, fundId, field);
  return { ...found, communeRef: { id: found.fund.communeId, path: found.communePath } };
}

/** As fundScope, and the actor keeps this fund's goods (else 403). */
export async function managedFundScope(db: Queryable, actor: Actor, fundId: string) {
  const scope = await fundScope(db, actor, fundId);
  if (!canManageGoods(actor, scope.communeRef))
    throw forbidden({ fundId: 'Chỉ Ban Thường trực xã quản lý kho hàng hóa của quỹ.' });
  return scope;
}

/** As fundScope, and the actor may read the whole warehouse (else 403). */
export async function readableFundScope(db: Queryable, actor: Actor, fundId: string) {
  const scope = await fundScope(db, actor, fundId);
  if (!canReadGoods(actor, scope.communeRef)) throw forbidden();
  return scope;
}

export async function findWarehouse(db: Queryable, fundId: string): Promise<Warehouse | null> {
  const [w] = await db.select().from(goodsWarehouses).where(eq(goodsWarehouses.fundId, fundId)).limit(1);
  return w ?? null;
}

/** The fund's warehouse, made on first use (one per fund; a concurrent first use finds the other's row). */
export async function ensureWarehouse(tx: Queryable, fund: { id: string; communeId: string; name: string }) {
  await tx
    .insert(goodsWarehouses)
    .values({ communeId: fund.communeId, fundId: fund.id, name: `Kho hàng hóa – ${fund.name}` })
    .onConflictDoNothing();
  const [w] = await tx
    .select()
    .from(goodsWarehouses)
    .where(and(eq(goodsWarehouses.communeId, fund.communeId), eq(goodsWarehouses.fundId, fund.id)))
    .limit(1);
  if (!w) throw new Error('warehouse not created');
  return w;
}
