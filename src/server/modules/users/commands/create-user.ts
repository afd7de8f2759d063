import { foldUsername } from './login';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { hashPassword } from '../password';
import { findUserByUsername } from '../queries';
import { canListUsers } from '../policy';
import { resolveRoles, type ResolvedRole, type RoleInput } from '../resolve-roles';
import { userRoles, users } from '../schema';

export type CreateUserInput = {
  username: string;
  password: string;
  fullName: string;
  roles: ResolvedRole[];
  email?: string | null;
};

export const scopePathOf = (roles: { unitPath: string | null }[]) => roles.find((r) => r.unitPath)?.unitPath ?? null;
const communeOf = (path: string | null) => path?.split('/').filter(Boolean)[1] ?? null;

export function auditScope(roles: { unitPath: string | null; unitLevel: string | null }[]) {
  const path = scopePathOf(roles);
  const level = roles.find((r) => r.unitPath)?.unitLevel;
  return { scopePath: path, communeId: level === 'commune' || level === 'village' ? communeOf(path) : null };
}

/** Whoever administers a scope creates accounts, with roles they may grant. */
export async function addUser(ctx: CommandContext, input: Omit<CreateUserInput, 'roles'> & { roles: RoleInput[] }) {
  if (!canListUsers(ctx.actor)) throw forbidden();
  const roles = await resolveRoles(ctx.db, ctx.actor, input.roles);
  return createUser(ctx.db, ctx.meta, { ...input, roles });
}

/** Writes an account with roles already resolved and allowed: the seed, the demo and addUser call it. */
export async function createUser(db: Db, meta: RequestMeta, input: CreateUserInput) {
  const username = foldUsername(input.username);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await findUserByUsername(tx, username)) {
      throw conflict('username_taken', 'Tên đăng nhập đã có người dùng.', {
        username: 'Tên đăng nhập đã có người dùng.',
      });
    }
    const [user] = await tx
      .insert(users)
      .values({ username, passwordHash, fullName: input.fullName.trim(), email: input.email ?? null })
      .returning();
    if (!user) throw new Error('insert returned nothing');
    if (input.roles.length) {
      await tx.insert(userRoles).values(
        input.roles.map((r) => ({
          userId: user.id,
          role: r.role,
          unitId: r.unitId,
          organizationId: r.organizationId,
          branchId: r.branchId ?? null,
        })),
      );
    }
    await recordAudit(tx, meta, {
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      ...auditScope(input.roles),
      after: {
        username,
        fullName: user.fullName,
        email: user.email,
        roles: input.roles.map(({ role, unitId, organizationId }) => ({ role, unitId, organizationId })),
      },
    });
    return user;
  });
}
