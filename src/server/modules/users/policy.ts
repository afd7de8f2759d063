import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, manageRoots } from '../../core/scope';
import type { UnitLevel } from '../units/schema';
import type { RoleName } from './schema';

/** A role as it will be granted, resolved to the unit it applies to (an organisation's commune for org_lead). */
export type GrantTarget = { role: RoleName; unitPath: string | null; unitLevel: UnitLevel | null };

/** Which unit levels each role may be bound to. */
export const roleUnitLevels: Record<Exclude<RoleName, 'admin' | 'org_lead'>, UnitLevel[]> = {
  upper: ['province', 'district'],
  standing: ['commune'],
  village_lead: ['village'],
  viewer: ['province', 'district', 'commune', 'village'],
};

/** Upper units grant any role below them except admin; a standing committee grants roles inside its commune. */
export function canManageGrant(actor: Actor, target: GrantTarget): boolean {
  if (isAdmin(actor)) return true;
  if (target.role === 'admin' || target.unitPath === null) return false;
  return manageRoots(actor).some(
    (m) => isWithin(target.unitPath ?? '', m.root) && (m.role === 'upper' || target.role !== 'upper'),
  );
}

/** Managing a user (roles, disable, reset password) needs authority over every role the user holds. */
export function canManageUser(actor: Actor, grants: GrantTarget[]): boolean {
  if (isAdmin(actor)) return true;
  return grants.length > 0 && grants.every((g) => canManageGrant(actor, g));
}

export function canSeeUser(actor: Actor, grants: GrantTarget[]): boolean {
  return isAdmin(actor) || grants.some((g) => canManageGrant(actor, g));
}

export function canListUsers(actor: Actor): boolean {
  return isAdmin(actor) || manageRoots(actor).length > 0;
}
