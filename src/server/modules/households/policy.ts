import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, readRoots } from '../../core/scope';

/**
 * Who sees and changes the household registry (personal data, ARCHITECTURE.md, domain rules 5–6).
 *
 * Read: the system administrator everywhere; every unit-bound role its unit's subtree — a village
 * head their village, the standing committee and a commune viewer their commune, the upper level
 * the communes below it. An organisation head reads no households: households are not an
 * organisation's records, and personal data is kept to those who need it.
 *
 * Write (create, edit, categories, import): the standing committee inside its commune, a village
 * head inside their village, and the administrator. The upper level and viewers only read.
 *
 * Erase and the personal-data export answer a person's request: the standing committee of the
 * household's commune (and the administrator); a village head may export but not erase.
 */
export type HouseholdRef = { unitPath: string };

/** Subtrees whose households the actor reads (the SQL form is in queries.ts). */
export function householdReadRoots(actor: Actor): string[] {
  return readRoots(actor);
}

/** Subtrees whose households the actor may change. */
export function householdWriteRoots(actor: Actor): string[] {
  return actor.grants
    .filter((g) => (g.role === 'standing' || g.role === 'village_lead') && g.unitPath !== null)
    .map((g) => g.unitPath as string);
}

/**
 * May filter a household list by this unit (and so file the read in its audit log): a unit that overlaps a subtree
 * the actor reads — inside it (a village of the committee's commune) or above it (a village head's own commune).
 */
export function canFilterHouseholdsBy(actor: Actor, unit: { path: string }): boolean {
  return isAdmin(actor) || householdReadRoots(actor).some((r) => isWithin(unit.path, r) || isWithin(r, unit.path));
}

export function canReadHousehold(actor: Actor, h: HouseholdRef): boolean {
  return isAdmin(actor) || householdReadRoots(actor).some((r) => isWithin(h.unitPath, r));
}

export function canWriteHousehold(actor: Actor, h: HouseholdRef): boolean {
  return isAdmin(actor) || householdWriteRoots(actor).some((r) => isWithin(h.unitPath, r));
}

/** May the actor add households in this village (path of the village unit)? */
export function canWriteVillage(actor: Actor, villagePath: string): boolean {
  return canWriteHousehold(actor, { unitPath: villagePath });
}

export function canEraseHousehold(actor: Actor, h: HouseholdRef): boolean {
  if (isAdmin(actor)) return true;
  return actor.grants.some((g) => g.role === 'standing' && g.unitPath !== null && isWithin(h.unitPath, g.unitPath));
}

export function canExportPersonalData(actor: Actor, h: HouseholdRef): boolean {
  return canWriteHousehold(actor, h);
}

/** Does the actor write households anywhere (shows the import and add buttons)? */
export function writesHouseholds(actor: Actor): boolean {
  return isAdmin(actor) || householdWriteRoots(actor).length > 0;
}
