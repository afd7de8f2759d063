import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { sessions } from '../schema';

export async function logout(db: Db, meta: RequestMeta, sessionId: string) {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, sessionId));
    await recordAudit(tx, meta, { action: 'auth.logout', entity: 'session', entityId: sessionId });
  });
}

/** Ends the caller's session (a token without a session, as in tests, has nothing to end). */
export async function endSession(ctx: CommandContext) {
  if (ctx.actor.sessionId) await logout(ctx.db, ctx.meta, ctx.actor.sessionId);
}
