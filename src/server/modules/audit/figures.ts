import { and, eq, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../core/actor';
import type { Queryable } from '../../db/client';
import type { AuditEntry } from './record-audit';
import { auditLog } from './schema';

// Audit writes other modules' commands need beyond recordAudit (a bulk import, an erasure on request), so that
// no module touches the audit table itself.

/** Many audit rows of one command, in the caller's transaction, in multi-row inserts (well under the bind limit). */
export async function recordAuditMany(tx: Queryable, meta: RequestMeta, entries: AuditEntry[]): Promise<void> {
  const CHUNK = 500;
  for (let i = 0; i < entries.length; i += CHUNK) {
    await tx.insert(auditLog).values(
      entries.slice(i, i + CHUNK).map((e) => ({
        actorId: meta.actorId,
        actorUsername: meta.actorUsername,
        ip: meta.ip,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId,
        communeId: e.communeId ?? null,
        scopePath: e.scopePath ?? null,
        before: e.before ?? null,
        after: e.after ?? null,
      })),
    );
  }
}

/**
 * Overwrites personal fields in the earlier audit rows of one record (an erasure on request must not survive in
 * the log): in every `before`/`after` that holds `markerKey`, the keys of `replacement` take its values.
 * Returns how many rows were redacted.
 */
export async function redactAuditRows(
  tx: Queryable,
  target: { entity: string; entityId: string; markerKey: string; replacement: Record<string, string | null> },
): Promise<number> {
  const blank = sql`${JSON.stringify(target.replacement)}::jsonb`;
  const redact = (column: typeof auditLog.before | typeof auditLog.after) =>
    sql`case when ${column}->${target.markerKey} is not null then ${column} || ${blank} else ${column} end`;
  const rows = await tx
    .update(auditLog)
    .set({ before: redact(auditLog.before), after: redact(auditLog.after) })
    .where(and(eq(auditLog.entity, target.entity), eq(auditLog.entityId, target.entityId)))
    .returning({ id: auditLog.id });
  return rows.length;
}
