import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, manageRoots, readRoots } from '../../core/scope';

type UnitRef = { id: string; path: string };

/**
 * Who may do what with voter petitions (ARCHITECTURE.md, domain rule 5):
 * - the commune's standing committee (or an admin) records, forwards, answers and closes all of them;
 * - a village head records petitions of their own village and reads only those; they do not move
 *   a petition along its lifecycle (that is the committee's correspondence with the agencies);
 * - organisation heads and viewers read the commune's petitions; the level above reads its communes';
 * - the sender's contact details are shown only to those who may reach back to the sender: the
 *   standing committee and the head of the petition's village.
 */
export function canManagePetitions(actor: Actor, commune: UnitRef): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => m.role === 'standing' && isWithin(commune.path, m.root));
}

export function isVillageLeadOf(actor: Actor, path: string): boolean {
  return actor.grants.some((g) => g.role === 'village_lead' && g.unitPath !== null && isWithin(path, g.unitPath));
}

/** Villages (paths) a village head leads inside a commune. */
export function ledVillagePaths(actor: Actor, commune: UnitRef): string[] {
  return actor.grants
    .filter(
      (g) =>
        g.role === 'village_lead' &&
        g.unitPath !== null &&
        g.unitPath !== commune.path &&
        isWithin(g.unitPath, commune.path),
    )
    .map((g) => g.unitPath as string);
}

export function canCreatePetition(actor: Actor, commune: UnitRef, unitPath: string): boolean {
  return canManagePetitions(actor, commune) || (unitPath !== commune.path && isVillageLeadOf(actor, unitPath));
}

export function canTransitionPetition(actor: Actor, commune: UnitRef): boolean {
  return canManagePetitions(actor, commune);
}

/** Subtrees whose petitions the actor reads; null = everything (admin). Org heads read their commune. */
export function petitionReadRoots(actor: Actor): string[] | null {
  if (isAdmin(actor)) return null;
  const orgCommunes = actor.grants
    .filter((g) => g.role === 'org_lead' && g.unitPath !== null)
    .map((g) => g.unitPath as string);
  return [...new Set([...readRoots(actor), ...orgCommunes])];
}

export function canReadPetitionAt(actor: Actor, path: string): boolean {
  const roots = petitionReadRoots(actor);
  return roots === null || roots.some((r) => isWithin(path, r));
}

export function canSeeSubmitter(actor: Actor, commune: UnitRef, petitionPath: string): boolean {
  return canManagePetitions(actor, commune) || isVillageLeadOf(actor, petitionPath);
}
