import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
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
