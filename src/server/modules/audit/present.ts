import type { AuditRow } from './schema';

/** An audit row as the log shows it; before and after are the snapshots the command wrote. */
export function presentAuditRow(r: AuditRow) {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorUsername: r.actorUsername,
    ip: r.ip,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    before: r.before as Record<string, unknown> | null,
    after: r.after as Record<string, unknown> | null,
  };
}
