import type { Actor } from '../../core/actor';
import { canReadPath, isAdmin, isStrictlyWithin, isWithin, manageRoots } from '../../core/scope';
import type { UnitLevel } from './schema';

type UnitRef = { id: string; path: string };

/** org_lead reads the one commune its organisation sits in, not the villages below it. */
export function orgLeadCommuneIds(actor: Actor): string[] {
  return actor.grants.filter((g) => g.role === 'org_lead' && g.unitId).map((g) => g.unitId as string);
}

export function canReadUnit(actor: Actor, unit: UnitRef): boolean {
  return canReadPath(actor, unit.path) || orgLeadCommuneIds(actor).includes(unit.id);
}

/** Provinces and the national unit are created by the system administrator; upper units build below them; a commune adds its villages. */
export function canCreateUnit(actor: Actor, parent: UnitRef | null, level: UnitLevel): boolean {
  if (isAdmin(actor)) return true;
  if (!parent) return false;
  return manageRoots(actor).some((m) => isWithin(parent.path, m.root) && (m.role === 'upper' || level === 'village'));
}

export function canUpdateUnit(actor: Actor, unit: UnitRef): boolean {
  if (isAdmin(actor)) return true;
  return manageRoots(actor).some((m) =>
    m.role === 'upper' ? isStrictlyWithin(unit.path, m.root) : isWithin(unit.path, m.root),
  );
}

/** A commune's portal identity (logo, introduction, who answers for the content): its standing committee, or above. */
export function canEditPortal(actor: Actor, unit: UnitRef & { level: UnitLevel }): boolean {
  return unit.level === 'commune' && canUpdateUnit(actor, unit);
}

/** Member organisations of a commune are set up by its standing committee (or above). */
export function canManageOrganizations(actor: Actor, commune: UnitRef): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => isWithin(commune.path, m.root));
}

/**
 * Which parent level each level needs; the national unit and provinces have none. Nothing is created under the
 * national unit: it is its own root, so provinces keep their paths (and their scopes) as they are.
 */
export const parentLevels: Record<UnitLevel, UnitLevel[]> = {
  national: [],
  province: [],
  district: ['province'],
  commune: ['province', 'district'],
  village: ['commune'],
};

export const defaultKind: Record<UnitLevel, string> = {
  national: 'trung ương',
  province: 'tỉnh',
  district: 'huyện',
  commune: 'xã',
  village: 'thôn',
};

export const levelNameVi: Record<UnitLevel, string> = {
  national: 'trung ương',
  province: 'tỉnh',
  district: 'huyện',
  commune: 'xã',
  village: 'thôn',
};
