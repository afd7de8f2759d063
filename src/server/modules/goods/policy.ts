import type { Actor } from '../../core/actor';
import { canReadPath, isWithin } from '../../core/scope';
import { canManageFunds } from '../funds/policy';

type UnitRef = { id: string; path: string };

/** A fund's goods are kept by whoever manages the fund: the commune's standing committee (and an administrator). */
export const canManageGoods = (actor: Actor, commune: UnitRef): boolean => canManageFunds(actor, commune);

/** The whole warehouse (stock, receipts, issues, counts): the commune's own staff and the level above, read-only. */
export const canReadGoods = (actor: Actor, commune: UnitRef): boolean => canReadPath(actor, commune.path);

/** The villages whose head the actor is: such a head sees the issues to their village, and nothing else of the store. */
export const villageRoots = (actor: Actor): string[] =>
  actor.grants.flatMap((g) => (g.role === 'village_lead' && g.unitPath ? [g.unitPath] : []));

/** May see this slip: a reader of the warehouse, or the head of the village an issue went to. */
export function canSeeSlip(actor: Actor, commune: UnitRef, slip: { kind: string; unitPath: string }): boolean {
  if (canReadGoods(actor, commune)) return true;
  return slip.kind === 'issue' && villageRoots(actor).some((r) => isWithin(slip.unitPath, r));
}

/** The `can` flags of a fund's goods, so the staff app shows what the caller may do without re-deriving roles. */
export function goodsCan(actor: Actor, commune: UnitRef) {
  const manage = canManageGoods(actor, commune);
  const read = canReadGoods(actor, commune);
  return { manage, read, issuesOfVillages: !read && villageRoots(actor).length > 0 };
}

/** A live slip may be voided by whoever manages the goods; a voided one stays as it is. */
export const slipCan = (actor: Actor, commune: UnitRef, slip: { voidedAt: Date | null }) => ({
  void: slip.voidedAt === null && canManageGoods(actor, commune),
});
