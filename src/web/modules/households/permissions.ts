import type { Me, Unit } from '../../lib/api';

/**
 * Villages the user may add households to, for the form's picker and the import's communes. What the caller
 * may do with a household (`household.can`) and whether they may add at all (the list's `can.add`) come from
 * the server; GET /households names no villages, so this stays a role reading (the standing committee of the
 * commune, the village head; the server answers 403 for any other village).
 */
export function writableVillages(me: Me, units: Unit[]): Unit[] {
  const admin = me.permissions.admin;
  const standing = me.roles.filter((r) => r.role === 'standing').map((r) => r.unitId);
  const villageLead = me.roles.filter((r) => r.role === 'village_lead').map((r) => r.unitId);
  return units.filter(
    (u) =>
      u.level === 'village' &&
      (admin || (u.communeId !== null && standing.includes(u.communeId)) || villageLead.includes(u.id)),
  );
}
