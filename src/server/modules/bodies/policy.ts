import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, readRoots } from '../../core/scope';
import type { BodyKind } from './schema';

type Where = { kind: BodyKind; unitPath: string; communeId: string };

/**
 * Who keeps the rosters: the commune's standing committee for every body of its commune (the committee elects
 * its Ban Thường trực, the boards are elected at community meetings the front convenes); a village head for their
 * own village's Ban công tác Mặt trận, which they usually chair.
 */
export function canManageBody(actor: Actor, b: Where): boolean {
  if (isAdmin(actor)) return true;
  return actor.grants.some(
    (g) =>
      g.unitPath !== null &&
      ((g.role === 'standing' && isWithin(b.unitPath, g.unitPath)) ||
        (g.role === 'village_lead' && b.kind === 'village_board' && isWithin(b.unitPath, g.unitPath))),
  );
}

/**
 * Rosters are read by whoever reads the unit, above or below it (a village head sees the commune's committee as
 * well as their own board), and by the heads of the commune's organisations, who sit on its committee.
 */
export function canReadBody(actor: Actor, b: Where): boolean {
  if (isAdmin(actor)) return true;
  return (
    readRoots(actor).some((r) => isWithin(b.unitPath, r) || isWithin(r, b.unitPath)) ||
    actor.grants.some((g) => g.role === 'org_lead' && g.communeId === b.communeId)
  );
}
