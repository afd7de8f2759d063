import type { Branch, Membership, Person } from './schema';

/** Domain rows → JSON (personal data only to those who read it at the source: the routes check scope first). */
export const presentPerson = (p: Person) => ({
  id: p.id,
  communeId: p.communeId,
  villageId: p.villageId,
  fullName: p.fullName,
  birthYear: p.birthYear,
  sex: p.sex,
  ethnicity: p.ethnicity,
  phone: p.phone,
});

export const presentBranch = (b: Branch) => ({
  id: b.id,
  communeId: b.communeId,
  organizationId: b.organizationId,
  villageId: b.villageId,
  name: b.name,
});

export const presentMembership = (m: Membership, p: Person, villageName = '') => ({
  id: m.id,
  personId: p.id,
  fullName: p.fullName,
  birthYear: p.birthYear,
  villageId: p.villageId,
  villageName,
  organizationId: m.organizationId,
  branchId: m.branchId,
  duesCategory: m.duesCategory,
  joinedOn: m.joinedOn,
  cardNo: m.cardNo,
  leftOn: m.leftOn,
  leaveReason: m.leaveReason,
});
