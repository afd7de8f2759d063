import type { Me, Unit } from '../../lib/api';
import { isStandingFor } from '../../lib/roles';

/**
 * What the caller may do in a commune's relief programmes: the standing committee manages programmes and
 * pays from the fund; a village head adds and hands over supports in their villages. The relief presenters
 * have no `can` flags yet; when a programme carries `can` (manage) and a support `can` (handOver), use
 * `x.can?.flag ?? fallback` where these are read (ReliefPage).
 */
export function reliefRights(me: Me, units: Unit[], communeId: string | undefined) {
  if (!communeId) return { manage: false, villageIds: [] as string[] };
  const byId = new Map(units.map((u) => [u.id, u]));
  const villageIds = me.roles
    .filter((r) => r.role === 'village_lead' && r.unitId !== null && byId.get(r.unitId)?.communeId === communeId)
    .map((r) => r.unitId as string);
  return { manage: isStandingFor(me, units, communeId), villageIds };
}
