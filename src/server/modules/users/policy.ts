import type { Actor } from '../../core/actor';
import { isAdmin, isStrictlyWithin, isWithin, manageRoots } from '../../core/scope';
import type { UnitLevel } from '../units/schema';
import type { RoleName } from './schema';

/** A role as it will be granted, resolved to the unit it applies to (an organisation's commune for org_lead). */
export type GrantTarget = { role: RoleName; unitPath: string | null; unitLevel: UnitLevel | null };

/** Which unit levels each role may be bound to. */
export const roleUnitLevels: Record<Exclude<RoleName, 'admin' | 'org_lead'>, UnitLevel[]> = {
  upper: ['national', 'province', 'district'],
  standing: ['commune'],
  village_lead: ['village'],
  viewer: ['national', 'province', 'district', 'commune', 'village'],
};

/** A grant sits inside a subtree the actor administers (only upper units reach upper roles): enough to see it. */
function canSeeGrant(actor: Actor, target: GrantTarget): boolean {
  if (isAdmin(actor)) return true;
  if (target.role === 'admin' || target.unitPath === null) return false;
  return manageRoots(actor).some(
    (m) => isWithin(target.unitPath ?? '', m.root) && (m.role === 'upper' || target.role !== 'upper'),
  );
}

/** The roles that administer a unit: on the manager's own unit, a peer's grant of these is level with theirs. */
const managingRoles: readonly RoleName[] = ['upper', 'standing'];

/**
 * Users manage only grants strictly below their own: a unit below theirs, or their own unit with a role that does
 * not administer it (a commune's viewer or organisation head). An upper user never manages another upper user of
 * the same province, nor a standing committee member a peer of the same commune.
 */
export function canManageGrant(actor: Actor, target: GrantTarget): boolean {
  if (isAdmin(actor)) return true;
  if (target.role === 'admin' || target.unitPath === null) return false;
  const path = target.unitPath;
  return manageRoots(actor).some(
    (m) =>
      (m.role === 'upper' || target.role !== 'upper') &&
      (isStrictlyWithin(path, m.root) || (path === m.root && !managingRoles.includes(target.role))),
  );
}

/** Managing a user (roles, disable, reset password) needs authority over every role the user holds. */
export function canManageUser(actor: Actor, grants: GrantTarget[]): boolean {
  if (isAdmin(actor)) return true;
  return grants.length > 0 && grants.every((g) => canManageGrant(actor, g));
}

export function canSeeUser(actor: Actor, grants: GrantTarget[]): boolean {
  return isAdmin(actor) || grants.some((g) => canSeeGrant(actor, g));
}

export function canListUsers(actor: Actor): boolean {
  return isAdmin(actor) || manageRoots(actor).length > 0;
}
