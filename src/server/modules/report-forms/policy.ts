import type { Actor } from '../../core/actor';
import { isAdmin, isStrictlyWithin, isWithin, manageRoots, readRoots } from '../../core/scope';
import type { FillerKind, SubmissionStatus } from './schema';

/** A unit that fills a form: a commune, a village, or an organisation (which reports for its commune). */
export type Filler = {
  id: string;
  kind: FillerKind;
  name: string;
  communeId: string;
  /** The village's path for a village; the commune's path for a commune or an organisation. */
  path: string;
};

/**
 * Who may do what with report forms and submissions (DOMAIN.md rule 5):
 * - a province (upper) or a commune (standing committee) defines forms for the units below it;
 * - a village fills its own submissions only, an organisation its own; the commune's standing committee fills the
 *   commune's and may fill for its villages and organisations;
 * - the level right above a unit reviews it: the commune returns or accepts its villages' and organisations', the
 *   province its communes';
 * - a commune (standing, viewer) reads everything of its villages and organisations, drafts included; the level above
 *   a commune reads what was submitted to it — submitted, returned or accepted versions, never drafts.
 */
export function canDefineForm(actor: Actor, owner: { path: string; level: string }): boolean {
  if (isAdmin(actor)) return true;
  if (owner.level === 'village') return false;
  return manageRoots(actor).some(
    (m) => isWithin(owner.path, m.root) && (m.role === 'upper') === (owner.level !== 'commune'),
  );
}

export function canFill(actor: Actor, f: Filler): boolean {
  if (isAdmin(actor)) return true;
  return actor.grants.some((g) => {
    if (g.role === 'standing') return g.communeId === f.communeId;
    if (g.role === 'village_lead') return f.kind === 'village' && g.unitPath === f.path;
    if (g.role === 'org_lead') return f.kind === 'organization' && g.organizationId === f.id && !g.branchId;
    return false;
  });
}

export function canReview(actor: Actor, f: Filler): boolean {
  if (isAdmin(actor)) return true;
  if (f.kind !== 'commune') return actor.grants.some((g) => g.role === 'standing' && g.communeId === f.communeId);
  return manageRoots(actor).some((m) => m.role === 'upper' && isStrictlyWithin(f.path, m.root));
}

/**
 * Sends the unit a reminder: its reviewer (the commune for its villages and organisations, the province for its
 * communes), or a province for any unit below it whose grid it watches.
 */
export function canRemind(actor: Actor, f: Filler): boolean {
  if (canReview(actor, f)) return true;
  return manageRoots(actor).some((m) => m.role === 'upper' && isStrictlyWithin(f.path, m.root));
}

/** Reads the unit's drafts too: it fills them, or works in the unit's commune (standing, viewer). */
export function readsDrafts(actor: Actor, f: Filler): boolean {
  if (canFill(actor, f)) return true;
  return actor.grants.some(
    (g) => (g.role === 'standing' || g.role === 'viewer') && g.unitPath !== null && isWithin(f.path, g.unitPath),
  );
}

/** Reads the unit's submitted versions: reads its drafts, or is a level above it. */
export function readsSubmitted(actor: Actor, f: Filler): boolean {
  return readsDrafts(actor, f) || readRoots(actor).some((r) => isWithin(f.path, r));
}

export function canRead(actor: Actor, f: Filler, status: SubmissionStatus): boolean {
  return status === 'draft' ? readsDrafts(actor, f) : readsSubmitted(actor, f);
}

/** The units' or grants' paths that make a form visible: the form's subtree holds them, or they hold the form. */
export function formPaths(actor: Actor): string[] {
  return actor.grants.map((g) => g.unitPath).filter((p): p is string => p !== null);
}

export function canSeeForm(actor: Actor, ownerPath: string): boolean {
  return isAdmin(actor) || formPaths(actor).some((p) => isWithin(p, ownerPath) || isWithin(ownerPath, p));
}
