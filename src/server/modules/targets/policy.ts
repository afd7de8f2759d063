import type { Actor } from '../../core/actor';
import { isAdmin, isStrictlyWithin, isWithin, manageRoots, readRoots } from '../../core/scope';
import { canReadUnit } from '../units/policy';

type UnitRef = { id: string; path: string; level: string };

/** Every unit path the actor works at (an org_lead works at its organisation's commune). */
function workPaths(actor: Actor): string[] {
  return actor.grants.map((g) => g.unitPath).filter((p): p is string => p !== null);
}

/**
 * An indicator is shared down its owner's subtree: visible to anyone working at or below the owner,
 * and to upper levels reading the subtree it belongs to.
 */
export function canReadIndicator(actor: Actor, ind: { ownerPath: string }): boolean {
  if (isAdmin(actor)) return true;
  return (
    workPaths(actor).some((p) => isWithin(p, ind.ownerPath)) || readRoots(actor).some((r) => isWithin(ind.ownerPath, r))
  );
}

/** Is the indicator one the unit reports on (owned by the unit or one of its ancestors)? */
export function indicatorAppliesTo(ind: { ownerPath: string }, unit: { path: string }): boolean {
  return isWithin(unit.path, ind.ownerPath);
}

/** Provinces define shared indicators; a commune its own. */
export function canManageIndicators(actor: Actor, owner: UnitRef): boolean {
  if (isAdmin(actor)) return true;
  return manageRoots(actor).some(
    (m) => isWithin(owner.path, m.root) && (m.role === 'upper' || owner.level === 'commune'),
  );
}

/** The indicator's owner as the policy needs it: only a commune owner carries a commune id. */
export function canEditIndicator(
  actor: Actor,
  ind: { ownerUnitId: string; ownerPath: string; communeId: string | null },
): boolean {
  const level = ind.communeId === ind.ownerUnitId ? 'commune' : 'upper';
  return canManageIndicators(actor, { id: ind.ownerUnitId, path: ind.ownerPath, level });
}

/** Assigning targets to the units below this one: an upper unit in its tree, a committee to its villages. */
export function canAssignTargetsBelow(actor: Actor, unit: { path: string; level: string }): boolean {
  if (unit.level === 'village') return false;
  return isAdmin(actor) || manageRoots(actor).some((m) => isWithin(unit.path, m.root));
}

/**
 * Upper units assign targets to the communes (and below) under them, never to themselves;
 * a standing committee records its commune's targets and splits them among villages and organisations.
 */
export function canAssignTarget(actor: Actor, unit: { path: string }): boolean {
  if (isAdmin(actor)) return true;
  return manageRoots(actor).some((m) =>
    m.role === 'upper' ? isStrictlyWithin(unit.path, m.root) : isWithin(unit.path, m.root),
  );
}

/**
 * Results are entered for one's own scope: a village head for their village, an organisation head
 * for their organisation, the standing committee anywhere in its commune.
 */
export function canEnterResult(actor: Actor, unit: { path: string }, organizationId: string | null): boolean {
  if (isAdmin(actor)) return true;
  return actor.grants.some((g) => {
    if (!g.unitPath) return false;
    if (g.role === 'standing') return isWithin(unit.path, g.unitPath);
    if (g.role === 'village_lead') return organizationId === null && isWithin(unit.path, g.unitPath);
    if (g.role === 'org_lead')
      return organizationId !== null && organizationId === g.organizationId && isWithin(unit.path, g.unitPath);
    return false;
  });
}

export function canReadProgress(actor: Actor, unit: UnitRef): boolean {
  return canReadUnit(actor, unit);
}

/** Reporting rounds are opened, reopened and chased by the standing committee (or above). */
export function canManageRounds(actor: Actor, commune: { path: string }): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => isWithin(commune.path, m.root));
}

/** Entries the actor may list: the subtrees it reads, and its own organisation's entries for an org_lead. */
export function entryReadScope(actor: Actor) {
  return {
    all: isAdmin(actor),
    roots: readRoots(actor),
    organizationIds: actor.grants
      .filter((g) => g.role === 'org_lead' && g.organizationId)
      .map((g) => g.organizationId as string),
  };
}

export function canSeeEntry(actor: Actor, entry: { unitPath: string; organizationId: string | null }): boolean {
  const s = entryReadScope(actor);
  return (
    s.all ||
    s.roots.some((r) => isWithin(entry.unitPath, r)) ||
    (entry.organizationId !== null && s.organizationIds.includes(entry.organizationId))
  );
}
