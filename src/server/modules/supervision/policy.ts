import type { Actor } from '../../core/actor';
import { canReadCommune, isAdmin, isWithin, manageRoots } from '../../core/scope';

type UnitRef = { id: string; path: string };

/**
 * Who may do what with supervision and social criticism (ARCHITECTURE.md, domain rule 5):
 * - the commune's standing committee (or an admin) plans supervisions, records findings, issues the
 *   recommendations, follows them up and issues the plan and the report;
 * - everyone who works in the commune (organisation heads, village heads, viewers) reads them: a
 *   supervision belongs to the whole commune, not to a village;
 * - the level above reads its communes' supervisions but does not write them;
 * - another commune's supervision does not exist for the caller (404).
 */
export function canManageSupervision(actor: Actor, commune: UnitRef): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => m.role === 'standing' && isWithin(commune.path, m.root));
}

export function canReadSupervision(actor: Actor, commune: UnitRef): boolean {
  return canReadCommune(actor, commune);
}
