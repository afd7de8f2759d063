import { diffSnapshots, entityName, referencedIds } from './changes';
import { actionLabel, ENTITY_LABELS } from './labels';
import type { AuditRow } from './schema';

type Snapshot = Record<string, unknown> | null;

/**
 * An audit row as the log shows it: the action and the kind of record in Vietnamese, the record's name, and the
 * change field by field; before and after are kept as the command wrote them.
 */
export function presentAuditRow(r: AuditRow, names: Map<string, string> = new Map()) {
  const before = r.before as Snapshot;
  const after = r.after as Snapshot;
  return {
    id: r.id,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorUsername: r.actorUsername,
    ip: r.ip,
    action: r.action,
    actionLabel: actionLabel(r.action),
    entity: r.entity,
    entityLabel: ENTITY_LABELS[r.entity] ?? r.entity,
    entityId: r.entityId,
    entityName: entityName(before, after),
    changes: diffSnapshots(before, after, (id) => names.get(id)),
    before,
    after,
  };
}

/** The ids every row's roles name, for one lookup of their names. */
export const idsToName = (rows: AuditRow[]) => referencedIds(...rows.flatMap((r) => [r.before, r.after] as Snapshot[]));
