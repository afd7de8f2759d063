import type { Organization, Unit } from './schema';

export function presentUnit(u: Unit) {
  return {
    id: u.id,
    level: u.level,
    kind: u.kind,
    name: u.name,
    parentId: u.parentId,
    communeId: u.communeId,
    settings: u.settings,
    createdAt: u.createdAt.toISOString(),
  };
}

export function presentOrganization(o: Organization) {
  return {
    id: o.id,
    communeId: o.communeId,
    name: o.name,
    shortName: o.shortName,
    active: o.active,
    createdAt: o.createdAt.toISOString(),
  };
}
