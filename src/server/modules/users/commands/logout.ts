import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { sessions } from '../schema';

export async function logout(db: Db, meta: RequestMeta, sessionId: string) {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, sessionId));
    await recordAudit(tx, meta, { action: 'auth.logout', entity: 'session', entityId: sessionId });
  });
}
