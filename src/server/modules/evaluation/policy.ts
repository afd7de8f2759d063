import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, manageRoots } from '../../core/scope';
import type { ScoreStage } from './schema';

/**
 * Who may do what in the evaluation (DOMAIN.md rule 5):
 * - a village head registers their village's households, records its meeting and the results; the commune's
 *   standing committee does so for every village and confirms the lists;
 * - the province (role upper over it) defines criteria sets and has the last word on scorecards;
 * - reading follows the read roots: a village its own, a commune its villages, a province its communes.
 */

const standingOver = (actor: Actor, path: string) =>
  manageRoots(actor).some((m) => m.role === 'standing' && isWithin(path, m.root));
const upperOver = (actor: Actor, path: string) =>
  manageRoots(actor).some((m) => m.role === 'upper' && isWithin(path, m.root));

export function isVillageLeadOf(actor: Actor, path: string): boolean {
  return actor.grants.some((g) => g.role === 'village_lead' && g.unitPath !== null && isWithin(path, g.unitPath));
}

/** May register households and record the village meeting of the village at `villagePath`. */
export function canEvaluateVillage(actor: Actor, villagePath: string): boolean {
  return isAdmin(actor) || standingOver(actor, villagePath) || isVillageLeadOf(actor, villagePath);
}

/** May confirm a village's list and issue it (the commune's standing committee). */
export function canConfirmList(actor: Actor, communePath: string): boolean {
  return isAdmin(actor) || standingOver(actor, communePath);
}

/** May define the criteria sets of the province at `provincePath`. */
export function canDefineCriteria(actor: Actor, provincePath: string): boolean {
  return isAdmin(actor) || upperOver(actor, provincePath);
}

/**
 * May act on a scorecard where it stands: its village (head or commune) while with the village, the commune's
 * standing committee while with the commune, the province from then on.
 */
export function canActAt(actor: Actor, stage: ScoreStage, card: { unitPath: string; communePath: string }): boolean {
  if (isAdmin(actor)) return true;
  switch (stage) {
    case 'village':
      return isVillageLeadOf(actor, card.unitPath) || standingOver(actor, card.communePath);
    case 'commune':
      return standingOver(actor, card.communePath);
    default:
      return upperOver(actor, card.communePath);
  }
}

/** May open a scorecard for a unit (its own level or the commune above it). */
export function canOpenScorecard(actor: Actor, target: 'village' | 'commune', unitPath: string): boolean {
  return target === 'village' ? canEvaluateVillage(actor, unitPath) : canConfirmList(actor, unitPath);
}
