import type { Actor } from '../../core/actor';
import { canManageOrganizations, canUpdateUnit } from './policy';
import type { Organization, Unit } from './schema';

/** Where the portal serves a commune's logo: the file's name changes with each upload, so it is cached for good. */
export const logoUrl = (u: Pick<Unit, 'id' | 'logo'>) =>
  u.logo ? `/logo/${u.id}/${u.logo.key.split('/').pop() ?? ''}` : null;

export function presentUnit(u: Unit) {
  return {
    id: u.id,
    level: u.level,
    kind: u.kind,
    name: u.name,
    parentId: u.parentId,
    communeId: u.communeId,
    settings: u.settings,
    slug: u.slug,
    logoUrl: logoUrl(u),
    code: u.code,
    endedOn: u.endedOn,
    successorId: u.successorId,
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

/** A unit as the caller sees it, with what the caller may do to it. */
export function presentUnitFor(actor: Actor, u: Unit) {
  return { ...presentUnit(u), can: { edit: canUpdateUnit(actor, u) } };
}

/** An organisation as the caller sees it: its commune's path decides whether the caller manages it. */
export function presentOrganizationFor(actor: Actor, o: Organization, communePath: string) {
  return {
    ...presentOrganization(o),
    can: { edit: canManageOrganizations(actor, { id: o.communeId, path: communePath }) },
  };
}
