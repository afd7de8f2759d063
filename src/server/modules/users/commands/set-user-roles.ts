import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { forbidden } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { GrantRow } from '../queries';
import { findUserVisibleTo } from '../lookup';
import { canManageUser } from '../policy';
import { resolveRoles, type ResolvedRole, type RoleInput } from '../resolve-roles';
import { sessions, userRoles } from '../schema';
import { auditScope } from './create-user';

const plain = (r: { role: string; unitId: string | null; organizationId: string | null }) => ({
  role: r.role,
  unitId: r.organizationId ? null : r.unitId,
  organizationId: r.organizationId,
});

/** Replaces the user's roles; their sessions end so the new scope applies at once. */
export async function setUserRoles(
  db: Db,
  meta: RequestMeta,
  userId: string,
  before: GrantRow[],
  roles: ResolvedRole[],
) {
  await db.transaction(async (tx) => {
    await tx.delete(userRoles).where(eq(userRoles.userId, userId));
    if (roles.length) {
      await tx.insert(userRoles).values(
        roles.map((r) => ({
          userId,
          role: r.role,
          unitId: r.unitId,
          organizationId: r.organizationId,
          branchId: r.branchId ?? null,
        })),
      );
    }
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(tx, meta, {
      action: 'user.set_roles',
      entity: 'user',
      entityId: userId,
      ...auditScope(roles.length ? roles : before),
      before: { roles: before.map(plain) },
      after: { roles: roles.map(plain) },
    });
  });
}

/** A manager replaces the roles of a user they fully administer; nobody changes their own roles. */
export async function replaceUserRoles(ctx: CommandContext, input: { id: string; roles: RoleInput[] }) {
  const { grants } = await findUserVisibleTo(ctx.db, ctx.actor, input.id);
  if (!canManageUser(ctx.actor, grants)) throw forbidden();
  if (input.id === ctx.actor.id) throw forbidden({ roles: 'Không tự đổi vai trò của chính mình.' });
  const roles = await resolveRoles(ctx.db, ctx.actor, input.roles);
  await setUserRoles(ctx.db, ctx.meta, input.id, grants, roles);
}
