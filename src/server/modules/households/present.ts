import { unitDisplayName } from '../../../lib/units';
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

export const presentCategory = (c: CategoryRow) => ({ year: c.year, category: c.category, decisionRef: c.decisionRef });

/** What the audit row keeps of a household: the record itself, without the village name. */
export function auditHousehold(h: HouseholdWithCategories) {
  const { villageName: _n, ...rest } = presentHousehold(h);
  return rest;
}
