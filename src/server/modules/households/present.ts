import { unitDisplayName } from '../../../lib/units';
import type { Actor } from '../../core/actor';
import type { supportsOfHousehold } from '../relief/figures';
import { categoryLabels } from './fields';
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

/** Everything kept about a household, as given to the person who asks for it (with who exported it, and when). */
export function presentPersonalData(
  actor: Actor,
  h: HouseholdWithCategories,
  supports: Awaited<ReturnType<typeof supportsOfHousehold>>,
) {
  return {
    exportedAt: new Date().toISOString(),
    exportedBy: actor.username,
    household: presentHousehold(h),
    categories: h.categories.map((x) => ({ ...x, label: categoryLabels[x.category] })),
    supports,
    note:
      'Dữ liệu hộ lưu trong hệ thống Mặt trận xã: họ tên chủ hộ, thôn, địa chỉ, số nhân khẩu, điện thoại, diện ' +
      'hộ theo năm và quà đã nhận.',
  };
}

/** What the audit row keeps of a household: the record itself, without the village name. */
export function auditHousehold(h: HouseholdWithCategories) {
  const { villageName: _n, ...rest } = presentHousehold(h);
  return rest;
}
