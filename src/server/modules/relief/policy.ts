import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, manageRoots, readRoots } from '../../core/scope';

type UnitRef = { id: string; path: string };

/**
 * Who may do what with relief (ARCHITECTURE.md, domain rule 5):
 * - programmes are opened by the standing committee of the commune (or an admin);
 * - supports are added by the standing committee for any household of the commune, and by a village
 *   head for households of their own village — but only from a donor or another source: a payout
 *   from a fund is the standing committee's (it writes a phiếu chi on the fund's ledger);
 * - a gift is marked handed over by the standing committee or by the head of the household's village;
 * - supports (personal data: a household head's name and village) are read only inside the reader's
 *   unit subtree: a village head sees their village, the standing committee and viewers the commune,
 *   the level above its communes; an organisation head sees programmes but not the household lists.
 */
export function canManageRelief(actor: Actor, commune: UnitRef): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => m.role === 'standing' && isWithin(commune.path, m.root));
}

export function isVillageLeadOf(actor: Actor, householdPath: string): boolean {
  return actor.grants.some(
    (g) => g.role === 'village_lead' && g.unitPath !== null && isWithin(householdPath, g.unitPath),
  );
}

export function canAddSupport(actor: Actor, commune: UnitRef, householdPath: string, fromFund: boolean): boolean {
  if (canManageRelief(actor, commune)) return true;
  return !fromFund && isVillageLeadOf(actor, householdPath);
}

export function canHandOver(actor: Actor, commune: UnitRef, householdPath: string): boolean {
  return canManageRelief(actor, commune) || isVillageLeadOf(actor, householdPath);
}

/** Subtrees whose supports the actor may read; null = everything (admin). */
export function supportReadRoots(actor: Actor): string[] | null {
  return isAdmin(actor) ? null : readRoots(actor);
}

export function canReadSupportAt(actor: Actor, path: string): boolean {
  const roots = supportReadRoots(actor);
  return roots === null || roots.some((r) => isWithin(path, r));
}

/** May the actor add a gift to some household of the commune (the programme's "add" button)? */
export function canAddSomeSupport(actor: Actor, commune: UnitRef): boolean {
  return (
    canManageRelief(actor, commune) ||
    actor.grants.some((g) => g.role === 'village_lead' && g.unitPath !== null && isWithin(g.unitPath, commune.path))
  );
}
