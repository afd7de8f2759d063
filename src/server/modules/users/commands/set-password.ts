import { and, eq, ne } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { AppError, forbidden, notFound } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { hashPassword, verifyPassword } from '../password';
import { findUserVisibleTo } from '../lookup';
import { canManageUser } from '../policy';
import { findUserById, type GrantRow } from '../queries';
import { sessions, users, type User } from '../schema';
import { auditScope } from './create-user';

/** A user changes their own password: the current one is required; their other sessions end. */
export async function changeOwnPassword(
  db: Db,
  meta: RequestMeta,
  user: User,
  sessionId: string | null,
  input: { currentPassword: string; newPassword: string },
) {
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError(422, 'validation_failed', 'Mật khẩu hiện tại không đúng.', {
      currentPassword: 'Mật khẩu hiện tại không đúng.',
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, user.id));
    await tx
      .delete(sessions)
      .where(sessionId ? and(eq(sessions.userId, user.id), ne(sessions.id, sessionId)) : eq(sessions.userId, user.id));
    await recordAudit(tx, meta, { action: 'user.change_password', entity: 'user', entityId: user.id });
  });
}

/** A manager sets a new password for someone in their scope (forgotten password); all their sessions end. */
export async function resetPassword(db: Db, meta: RequestMeta, user: User, grants: GrantRow[], newPassword: string) {
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await recordAudit(tx, meta, {
      action: 'user.reset_password',
      entity: 'user',
      entityId: user.id,
      ...auditScope(grants),
    });
  });
}

/** The caller's own password: their current session stays, the others end. */
export async function changeMyPassword(ctx: CommandContext, input: { currentPassword: string; newPassword: string }) {
  const user = await findUserById(ctx.db, ctx.actor.id);
  if (!user) throw notFound('Người dùng');
  await changeOwnPassword(ctx.db, ctx.meta, user, ctx.actor.sessionId, input);
}

/** A manager resets the password of a user they fully administer; their own goes through changeMyPassword. */
export async function resetUserPassword(ctx: CommandContext, input: { id: string; newPassword: string }) {
  const { user, grants } = await findUserVisibleTo(ctx.db, ctx.actor, input.id);
  if (!canManageUser(ctx.actor, grants) || input.id === ctx.actor.id) throw forbidden();
  await resetPassword(ctx.db, ctx.meta, user, grants, input.newPassword);
}
