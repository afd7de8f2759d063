import type { Me, Unit } from '../../lib/api';
import { isStandingFor } from '../../lib/roles';

/**
 * May the user open a scorecard for this unit — the twin of the server's canOpenScorecard (evaluation/policy.ts): a
 * village by its head or its commune's standing committee, a commune by its own standing committee. Only the picker
 * of units to open a card for uses it (no record exists yet to carry a `can` flag); the province, which reviews what
 * communes send up, is never offered a card it would be refused. The server still decides.
 */
export function canOpenScorecardFor(me: Me, units: Unit[], unit: Unit): boolean {
  if (unit.level === 'village')
    return (
      isStandingFor(me, units, unit.parentId ?? undefined) ||
      me.roles.some((r) => r.role === 'village_lead' && r.unitId === unit.id)
    );
  if (unit.level === 'commune') return isStandingFor(me, units, unit.id);
  return false;
}
