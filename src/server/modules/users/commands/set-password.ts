import { and, eq, ne } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { AppError } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { hashPassword, verifyPassword } from '../password';
import type { GrantRow } from '../queries';
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
