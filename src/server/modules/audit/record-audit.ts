import type { RequestMeta } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { auditLog } from './schema';

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string | null;
  communeId?: string | null;
  scopePath?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Called inside the command's transaction, so the row exists exactly when the change does. */
export async function recordAudit(tx: Queryable, meta: RequestMeta, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: meta.actorId,
    actorUsername: meta.actorUsername,
    ip: meta.ip,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    communeId: entry.communeId ?? null,
    scopePath: entry.scopePath ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
