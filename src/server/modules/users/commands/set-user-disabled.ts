import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { forbidden } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findUserVisibleTo } from '../lookup';
import { canManageUser } from '../policy';
import type { GrantRow } from '../queries';
import { sessions, users, type User } from '../schema';
import { auditScope } from './create-user';

/** Disabling ends every session of the user in the same transaction. */
export async function setUserDisabled(db: Db, meta: RequestMeta, user: User, grants: GrantRow[], disabled: boolean) {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ disabledAt: disabled ? new Date() : null })
      .where(eq(users.id, user.id))
      .returning();
    if (disabled) await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await recordAudit(tx, meta, {
      action: disabled ? 'user.disable' : 'user.enable',
      entity: 'user',
      entityId: user.id,
      ...auditScope(grants),
      before: { disabled: user.disabledAt !== null },
      after: { disabled },
    });
    return updated ?? user;
  });
}

/** A manager locks or unlocks an account they fully administer, never their own. */
export async function changeUserDisabled(ctx: CommandContext, input: { id: string; disabled: boolean }) {
  const { user, grants } = await findUserVisibleTo(ctx.db, ctx.actor, input.id);
  if (!canManageUser(ctx.actor, grants)) throw forbidden();
  if (input.id === ctx.actor.id) throw forbidden({ id: 'Không tự khóa tài khoản của chính mình.' });
  return { user: await setUserDisabled(ctx.db, ctx.meta, user, grants, input.disabled), grants };
}
