import type { Me, Unit } from '../../lib/api';
import { isAdminUser } from '../../lib/roles';

/** The server's `can` flags on a result entry (GET /entries), when present. */
export type EntryCan = { void: boolean; attachEvidence: boolean };

/**
 * May the caller void this entry or attach evidence to it? `entry.can` from the server wins
 * (`can.void` for voiding, `can.attachEvidence` for files); the role reading is the fallback until then:
 * the standing committee, the village head for their village (or a hamlet below it), the organisation's head.
 */
export function canChangeEntry(
  me: Me,
  units: Unit[],
  e: { unitId: string; organizationId: string | null; can?: EntryCan },
  action: keyof EntryCan,
): boolean {
  if (e.can) return e.can[action];
  return (
    isAdminUser(me) ||
    me.roles.some(
      (r) =>
        r.role === 'standing' ||
        (r.role === 'village_lead' &&
          e.organizationId === null &&
          (e.unitId === r.unitId || units.find((u) => u.id === e.unitId)?.parentId === r.unitId)) ||
        (r.role === 'org_lead' && e.organizationId !== null && e.organizationId === r.organizationId),
    )
  );
}
