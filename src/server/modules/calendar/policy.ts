import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, manageRoots, readRoots } from '../../core/scope';

type PathRef = { path: string };

/** The province's office edits its calendar template (or an admin). */
export function canEditTemplate(actor: Actor, tpl: { unitPath: string }): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => m.role === 'upper' && isWithin(tpl.unitPath, m.root));
}

/** Whoever works in the province (its office, its communes and villages) reads its template. */
export function canReadTemplate(actor: Actor, tpl: { unitPath: string }): boolean {
  return isAdmin(actor) || readRoots(actor).some((r) => isWithin(r, tpl.unitPath) || isWithin(tpl.unitPath, r));
}

/** A commune's standing committee adopts the province's template for the commune (or an admin). */
export function canAdopt(actor: Actor, commune: PathRef): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => m.role === 'standing' && isWithin(commune.path, m.root));
}

/**
 * Who marks a task done: the commune's standing committee any task of the commune; a village head their village's;
 * an organisation head their organisation's. The level above reads, it does not tick a commune's work.
 */
export function canMarkTask(
  actor: Actor,
  task: { unitPath: string; communePath: string; organizationId: string | null; audience: string },
): boolean {
  if (isAdmin(actor)) return true;
  return actor.grants.some(
    (g) =>
      (g.role === 'standing' && g.unitPath !== null && isWithin(task.communePath, g.unitPath)) ||
      (g.role === 'village_lead' &&
        task.audience === 'village' &&
        g.unitPath !== null &&
        isWithin(task.unitPath, g.unitPath)) ||
      (g.role === 'org_lead' && task.organizationId !== null && g.organizationId === task.organizationId),
  );
}

/** The organisations whose tasks the actor reads besides its unit subtrees (an organisation head's own). */
export const taskOrganizationIds = (actor: Actor) =>
  actor.grants.flatMap((g) => (g.role === 'org_lead' && g.organizationId ? [g.organizationId] : []));
