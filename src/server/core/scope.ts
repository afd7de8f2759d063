import type { Actor, Grant } from './actor';

/**
 * Scope rules shared by every module's policy. A unit is identified by its materialised path
 * ('/<province>/<commune>/<village>/'), so "inside" is a prefix test.
 */
export function isAdmin(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'admin');
}

export function isWithin(path: string, root: string): boolean {
  return path.startsWith(root);
}

export function isStrictlyWithin(path: string, root: string): boolean {
  return path !== root && path.startsWith(root);
}

/** Subtrees the actor may read: its unit and everything below, for unit-bound roles. */
export function readRoots(actor: Actor): string[] {
  return actor.grants
    .filter(
      (g): g is Grant & { unitPath: string } => g.role !== 'admin' && g.role !== 'org_lead' && g.unitPath !== null,
    )
    .map((g) => g.unitPath);
}

/** Subtrees the actor administers (units, users): an upper unit's tree, a standing committee's commune. */
export function manageRoots(actor: Actor): { root: string; role: 'upper' | 'standing' }[] {
  const out: { root: string; role: 'upper' | 'standing' }[] = [];
  for (const g of actor.grants) {
    if ((g.role === 'upper' || g.role === 'standing') && g.unitPath) out.push({ root: g.unitPath, role: g.role });
  }
  return out;
}

/** Communes the actor works in, whatever the role (used for things every member of a commune may see). */
export function memberCommuneIds(actor: Actor): string[] {
  return [...new Set(actor.grants.map((g) => g.communeId).filter((c): c is string => c !== null))];
}

export function canReadPath(actor: Actor, path: string): boolean {
  return isAdmin(actor) || readRoots(actor).some((r) => isWithin(path, r));
}

/** May read records of a commune (organisations, the commune's own data): scope covers it, or works inside it. */
export function canReadCommune(actor: Actor, commune: { id: string; path: string }): boolean {
  return canReadPath(actor, commune.path) || memberCommuneIds(actor).includes(commune.id);
}
