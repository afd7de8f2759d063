import type { Me, Unit } from '../../lib/api';

/** The server's `can` flags on a household (Household.can), when present. */
export type HouseholdCan = { edit: boolean; erase: boolean; exportPersonalData?: boolean };
type HouseholdLike = { communeId: string; villageId: string; can?: HouseholdCan };

/**
 * What the caller may do with households. A household from the server may carry `can` ({ edit, erase,
 * exportPersonalData }) and the list `can.add`; those win, the role reading is the fallback until then.
 */
export function householdRights(me: Me, list?: { can?: { add: boolean } } | null) {
  const admin = me.permissions.admin;
  const standing = me.roles.filter((r) => r.role === 'standing').map((r) => r.unitId);
  const villageLead = me.roles.filter((r) => r.role === 'village_lead').map((r) => r.unitId);
  return {
    /** Replaced by the list's can.add. */
    writesAny: list?.can?.add ?? (admin || standing.length > 0 || villageLead.length > 0),
    /** Replaced by household.can.edit. */
    write: (h: HouseholdLike) =>
      h.can?.edit ?? (admin || standing.includes(h.communeId) || villageLead.includes(h.villageId)),
    /** Replaced by household.can.erase. */
    erase: (h: HouseholdLike) => h.can?.erase ?? (admin || standing.includes(h.communeId)),
    /** Villages the user may add households to (the server answers 403 for any other; no flag yet). */
    writableVillages: (units: Unit[]) =>
      units.filter(
        (u) =>
          u.level === 'village' &&
          (admin || (u.communeId !== null && standing.includes(u.communeId)) || villageLead.includes(u.id)),
      ),
  };
}
