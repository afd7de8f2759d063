import type { Actor } from '../../core/actor';
import { isAdmin, manageRoots } from '../../core/scope';

/** The audit log is read by those who administer a scope: admin, upper units, standing committees. */
export function auditReadRoots(actor: Actor): { all: boolean; roots: string[] } {
  if (isAdmin(actor)) return { all: true, roots: [] };
  return { all: false, roots: manageRoots(actor).map((m) => m.root) };
}

export function canReadAudit(actor: Actor): boolean {
  const s = auditReadRoots(actor);
  return s.all || s.roots.length > 0;
}
