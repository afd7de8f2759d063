import { and, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { auditLog } from './schema';

// What other modules' commands need of the audit log beyond recordAudit (redacting on erasure, the latest value
// of a field), so that no module touches the audit table itself.

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
  const rows = await tx
    .update(auditLog)
    .set({
      before: sql`case when ${auditLog.before}->${target.markerKey} is not null then ${auditLog.before} || ${blank} else ${auditLog.before} end`,
      after: sql`case when ${auditLog.after}->${target.markerKey} is not null then ${auditLog.after} || ${blank} else ${auditLog.after} end`,
    })
    .where(and(eq(auditLog.entity, target.entity), eq(auditLog.entityId, target.entityId)))
    .returning({ id: auditLog.id });
  return rows.length;
}

/**
 * Overwrites the search terms (`after.filter.q`) of earlier list reads of `entity` (household.list and
 * household.export file theirs under `household_list`) that `matches` says name an erased person: a search for
 * the person's name is a copy of it. Only rows of the record's commune, or of no commune (the administrator's),
 * are looked at. Returns how many rows were redacted.
 */
export async function redactAuditSearchTerms(
  tx: Queryable,
  target: { entity: string; communeId: string; matches: (term: string) => boolean; replacement: string },
): Promise<number> {
  const term = sql<string | null>`${auditLog.after}->'filter'->>'q'`;
  const rows = await tx
    .select({ id: auditLog.id, term })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, target.entity),
        isNotNull(term),
        or(eq(auditLog.communeId, target.communeId), isNull(auditLog.communeId)),
      ),
    );
  const ids = rows.filter((r) => r.term !== null && target.matches(r.term)).map((r) => r.id);
  const CHUNK = 5000;
  for (let i = 0; i < ids.length; i += CHUNK) {
    await tx
      .update(auditLog)
      .set({ after: sql`jsonb_set(${auditLog.after}, '{filter,q}', ${JSON.stringify(target.replacement)}::jsonb)` })
      .where(inArray(auditLog.id, ids.slice(i, i + CHUNK)));
  }
  return ids.length;
}

/**
 * For each record, one field of the `after` of its latest audit row of `action` (funds shows why a bank row
 * was ignored: the reason lives only on that audit row). Records without such a row are absent from the map.
 */
export async function latestAuditAfterField(
  db: Queryable,
  target: { entity: string; action: string; entityIds: string[]; key: string },
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const ids = [...new Set(target.entityIds)];
  const CHUNK = 5000;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectDistinctOn([auditLog.entityId], {
        entityId: auditLog.entityId,
        value: sql<string | null>`${auditLog.after}->>${target.key}`,
      })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, target.entity),
          eq(auditLog.action, target.action),
          inArray(auditLog.entityId, ids.slice(i, i + CHUNK)),
        ),
      )
      .orderBy(auditLog.entityId, desc(auditLog.id));
    for (const r of rows) if (r.entityId !== null && r.value !== null) out.set(r.entityId, r.value);
  }
  return out;
}
