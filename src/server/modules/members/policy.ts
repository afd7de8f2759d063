import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, readRoots } from '../../core/scope';

/**
 * Who keeps the member lists (personal data: Law 91/2025). Read: the administrator, every unit-bound role its
 * subtree (a village head their village, the standing committee its commune, the upper level its communes), and an
 * organisation head their organisation's members across the commune. Write: the standing committee in its commune,
 * a village head in their village, an organisation head for their own organisation.
 */
export function canWritePeopleAt(actor: Actor, villagePath: string): boolean {
  if (isAdmin(actor)) return true;
  return actor.grants.some(
    (g) =>
      ((g.role === 'standing' || g.role === 'village_lead') &&
        g.unitPath !== null &&
        isWithin(villagePath, g.unitPath)) ||
      (g.role === 'org_lead' && g.unitPath !== null && isWithin(villagePath, g.unitPath)),
  );
}

/**
 * May admit to, or record a leave or dues in, this organisation, for a person of this village; a branch head only
 * in their own branch.
 */
export function canWriteMembership(
  actor: Actor,
  m: { organizationId: string; villagePath: string; branchId?: string | null },
): boolean {
  if (isAdmin(actor)) return true;
  return actor.grants.some(
    (g) =>
      ((g.role === 'standing' || g.role === 'village_lead') &&
        g.unitPath !== null &&
        isWithin(m.villagePath, g.unitPath)) ||
      (g.role === 'org_lead' && g.organizationId === m.organizationId && (!g.branchId || g.branchId === m.branchId)),
  );
}

export function canReadMembersAt(actor: Actor, path: string): boolean {
  return isAdmin(actor) || readRoots(actor).some((r) => isWithin(path, r) || isWithin(r, path));
}

/** A person is known to whoever reads their village, and to the heads of their commune's organisations (who admit them). */
export function canSeePerson(actor: Actor, person: { unitPath: string }): boolean {
  return (
    canReadMembersAt(actor, person.unitPath) ||
    actor.grants.some((g) => g.role === 'org_lead' && g.unitPath !== null && isWithin(person.unitPath, g.unitPath))
  );
}

/** Branches and dues rules of an organisation: the commune's standing committee, or the organisation's head. */
export function canManageOrganization(actor: Actor, o: { organizationId: string; communePath: string }): boolean {
  if (isAdmin(actor)) return true;
  return actor.grants.some(
    (g) =>
      (g.role === 'standing' && g.unitPath !== null && isWithin(o.communePath, g.unitPath)) ||
      // A branch head keeps their branch's members and dues, not the organisation's rules and branches.
      (g.role === 'org_lead' && g.organizationId === o.organizationId && !g.branchId),
  );
}
