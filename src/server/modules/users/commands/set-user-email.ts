import { eq } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { forbidden } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findUserVisibleTo } from '../lookup';
import { canManageUser } from '../policy';
import { users } from '../schema';
import { auditScope } from './create-user';

/** A manager sets (or clears, with null) the e-mail address reminders are sent to. */
export async function setUserEmail(ctx: CommandContext, input: { id: string; email: string | null }) {
  const { user, grants } = await findUserVisibleTo(ctx.db, ctx.actor, input.id);
  if (!canManageUser(ctx.actor, grants)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx.update(users).set({ email: input.email }).where(eq(users.id, user.id)).returning();
    await recordAudit(tx, ctx.meta, {
      action: 'user.set_email',
      entity: 'user',
      entityId: user.id,
      ...auditScope(grants),
      before: { email: user.email },
      after: { email: input.email },
    });
    return { user: updated ?? user, grants };
  });
}
