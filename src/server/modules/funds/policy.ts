import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, manageRoots } from '../../core/scope';

type UnitRef = { id: string; path: string };

/** Funds, drives, payouts, transfers and voids belong to the standing committee of the commune. */
export function canManageFunds(actor: Actor, commune: UnitRef): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => m.role === 'standing' && isWithin(commune.path, m.root));
}

/**
 * Receipts are written by the standing committee anywhere in the commune, by a village head for
 * money collected in their village, by an organisation head for their organisation's collection.
 */
export function canRecordDonation(
  actor: Actor,
  commune: UnitRef,
  collectedAt: UnitRef | null,
  organizationId: string | null,
): boolean {
  if (canManageFunds(actor, commune)) return true;
  return actor.grants.some((g) => {
    if (g.role === 'village_lead')
      return (
        collectedAt !== null && g.unitPath !== null && isWithin(collectedAt.path, g.unitPath) && organizationId === null
      );
    if (g.role === 'org_lead') return organizationId !== null && g.organizationId === organizationId;
    return false;
  });
}
