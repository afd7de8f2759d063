import { unitDisplayName } from '../../../lib/units';
import type { Actor } from '../../core/actor';
import { canEraseHousehold, canExportPersonalData, canWriteHousehold } from './policy';
import type { CategoryRow, HouseholdWithCategories } from './queries';

export function presentHousehold(h: HouseholdWithCategories) {
  return {
    id: h.id,
    communeId: h.communeId,
    villageId: h.villageId,
    villageName: unitDisplayName({ kind: h.villageKind, name: h.villageName }),
    headName: h.headName,
    address: h.address,
    members: h.members,
    phone: h.phone,
    categories: h.categories.map(presentCategory),
    erased: h.erasedAt !== null,
    erasedAt: h.erasedAt ? h.erasedAt.toISOString() : null,
    createdAt: h.createdAt.toISOString(),
    updatedAt: h.updatedAt.toISOString(),
  };
}

/** What the caller may do with this household (the web shows only usable buttons; the commands check again). */
export function householdCan(actor: Actor, h: HouseholdWithCategories) {
  const open = h.erasedAt === null;
  return {
    edit: open && canWriteHousehold(actor, h),
    erase: open && canEraseHousehold(actor, h),
    exportPersonalData: canExportPersonalData(actor, h),
  };
}

/** The household as the caller sees it: the record and what the caller may do with it. */
export const presentHouseholdFor = (actor: Actor, h: HouseholdWithCategories) => ({
  ...presentHousehold(h),
  can: householdCan(actor, h),
});

export const presentCategory = (c: CategoryRow) => ({ year: c.year, category: c.category, decisionRef: c.decisionRef });

/** What the audit row keeps of a household: the record itself, without the village name. */
export function auditHousehold(h: HouseholdWithCategories) {
  const { villageName: _n, ...rest } = presentHousehold(h);
  return rest;
}
