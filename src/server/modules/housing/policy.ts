import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, manageRoots, readRoots } from '../../core/scope';

type UnitRef = { id: string; path: string };

/**
 * Who may do what with housing cases (DOMAIN.md rule 5):
 * - the commune's standing committee (or an admin) manages every case of the commune: approves, moves, funds;
 * - a village head sees their village's cases, proposes a case there (it starts surveyed), edits it while it is only
 *   surveyed, and adds photos to it;
 * - the level above reads its communes' cases; nobody else of another commune sees them.
 */
export function canManageHousing(actor: Actor, commune: UnitRef): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => m.role === 'standing' && isWithin(commune.path, m.root));
}

export function isVillageLeadOf(actor: Actor, path: string): boolean {
  return actor.grants.some((g) => g.role === 'village_lead' && g.unitPath !== null && isWithin(path, g.unitPath));
}

/** May open (propose) a case in this village. */
export function canProposeCase(actor: Actor, commune: UnitRef, villagePath: string): boolean {
  return canManageHousing(actor, commune) || isVillageLeadOf(actor, villagePath);
}

/** May edit the case's details (a village head only while it is surveyed). */
export function canEditCaseAt(actor: Actor, commune: UnitRef, c: { unitPath: string; stage: string }): boolean {
  return canManageHousing(actor, commune) || (c.stage === 'surveyed' && isVillageLeadOf(actor, c.unitPath));
}

/** May add photos of the house. */
export function canAddPhoto(actor: Actor, commune: UnitRef, c: { unitPath: string }): boolean {
  return canManageHousing(actor, commune) || isVillageLeadOf(actor, c.unitPath);
}

/** Subtrees whose cases the actor reads; null = everything (admin). */
export function caseReadRoots(actor: Actor): string[] | null {
  return isAdmin(actor) ? null : readRoots(actor);
}

/** May propose a case somewhere in the commune (the list's "add" button). */
export function canProposeSome(actor: Actor, commune: UnitRef): boolean {
  return (
    canManageHousing(actor, commune) ||
    actor.grants.some((g) => g.role === 'village_lead' && g.unitPath !== null && isWithin(g.unitPath, commune.path))
  );
}
