import type { Actor } from '../../core/actor';
import { canManageUser } from './policy';
import type { GrantRow } from './queries';
import type { User } from './schema';

export function presentUser(user: User, grants: GrantRow[]) {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
    roles: grants.map((g) => ({
      role: g.role,
      unitId: g.organizationId ? null : g.unitId,
      unitName: g.organizationId ? null : g.unitName,
      unitLevel: g.organizationId ? null : g.unitLevel,
      organizationId: g.organizationId,
      organizationName: g.organizationName,
      branchId: g.branchId ?? null,
    })),
  };
}

export type UserDto = ReturnType<typeof presentUser>;

/** A user as a manager sees them: whether the caller may change their roles, lock them or reset their password. */
export function presentUserFor(actor: Actor, user: User, grants: GrantRow[]) {
  return { ...presentUser(user, grants), can: { manage: user.id !== actor.id && canManageUser(actor, grants) } };
}
