import { addDays } from '../../../lib/dates';
import { and, desc, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { forbidden } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { organizationRefs, unitRefs } from '../units/refs';
import { auditReadRoots, canReadAudit } from './policy';
import { auditLog } from './schema';

export type AuditFilter = {
  scope: { all: boolean; roots: string[] };
  actorId?: string;
  /** The username of who acted, as recorded (case ignored). */
  actor?: string;
  entity?: string;
  entityId?: string;
  /** Inclusive calendar dates, in Vietnam time. */
  from?: string;
  to?: string;
  beforeId?: number;
  limit: number;
};

const vnDayStart = (date: string) => new Date(`${date}T00:00:00+07:00`);

export async function listAudit(db: Queryable, f: AuditFilter) {
  const conds: SQL[] = [];
  if (!f.scope.all) conds.push(inSubtrees(auditLog.scopePath, f.scope.roots));
  if (f.actorId) conds.push(eq(auditLog.actorId, f.actorId));
  if (f.actor) conds.push(sql`lower(${auditLog.actorUsername}) = lower(${f.actor})`);
  if (f.entity) conds.push(eq(auditLog.entity, f.entity));
  if (f.entityId) conds.push(eq(auditLog.entityId, f.entityId));
  if (f.from) conds.push(gte(auditLog.at, vnDayStart(f.from)));
  if (f.to) {
    conds.push(lt(auditLog.at, vnDayStart(addDays(f.to, 1))));
  }
  if (f.beforeId) conds.push(lte(auditLog.id, f.beforeId - 1));
  return db
    .select()
    .from(auditLog)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(f.limit);
}

/** The audit log within the subtrees the actor administers; closed to roles without administration. */
export async function auditLogVisibleTo(db: Queryable, actor: Actor, f: Omit<AuditFilter, 'scope'>) {
  if (!canReadAudit(actor)) throw forbidden();
  return listAudit(db, { ...f, scope: auditReadRoots(actor) });
}

/** The names of the units and organisations the rows' snapshots refer to by id (roles), in one query each. */
export async function namesOf(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (uuids.length === 0) return new Map();
  const [us, os] = await Promise.all([
    db
      .select({ id: unitRefs.id, kind: unitRefs.kind, name: unitRefs.name })
      .from(unitRefs)
      .where(inArray(unitRefs.id, uuids)),
    db
      .select({ id: organizationRefs.id, name: organizationRefs.name })
      .from(organizationRefs)
      .where(inArray(organizationRefs.id, uuids)),
  ]);
  return new Map([...us.map((u) => [u.id, u.name] as const), ...os.map((o) => [o.id, o.name] as const)]);
}
