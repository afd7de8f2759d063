import type { Actor } from '../../core/actor';
import { canReadPath, isAdmin, manageRoots, readRoots } from '../../core/scope';

type Issuer = { id: string; path: string; level: string };

/**
 * The register is the office's own book: read by whoever reads the issuer's whole unit (its standing
 * committee and viewers, the level above); a village or organisation head does not read it.
 * Entries are written by the issuer's standing committee — or, for a province, its upper users.
 */
export function canReadRegister(actor: Actor, issuer: { path: string }): boolean {
  return canReadPath(actor, issuer.path);
}

export function canWriteRegister(actor: Actor, issuer: Issuer): boolean {
  if (isAdmin(actor)) return true;
  return manageRoots(actor).some(
    (m) =>
      (issuer.level === 'commune' && m.role === 'standing' && m.root === issuer.path) ||
      (m.role === 'upper' && m.root === issuer.path),
  );
}

/** Subtrees whose registers the actor reads; null = all (admin). */
export function registerReadRoots(actor: Actor): string[] | null {
  return isAdmin(actor) ? null : readRoots(actor);
}
