import type { Me, Unit } from './api';

/**
 * Role tests on the logged-in user, only for decisions no server answer carries a `can` flag for (creating the
 * first record of a commune, pickers of the places one may write to). Everything about a record in hand reads
 * the record's `can`; each caller says why it has no flag.
 */
export const hasRole = (me: Me, ...roles: string[]) => me.roles.some((r) => roles.includes(r.role));
export const isAdminUser = (me: Me) => me.permissions.admin || hasRole(me, 'admin');

/** The commune and every unit above it: a standing committee anywhere on this chain manages the commune. */
export function communeChain(units: Unit[], communeId: string): Set<string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chain = new Set<string>([communeId]);
  for (let u = byId.get(communeId); u?.parentId && !chain.has(u.parentId); u = byId.get(u.parentId))
    chain.add(u.parentId);
  return chain;
}

/** Admin, or the standing committee of this commune or a unit above it. */
export function isStandingFor(me: Me, units: Unit[], communeId: string | undefined): boolean {
  if (!communeId) return false;
  const chain = communeChain(units, communeId);
  return (
    me.permissions.admin || me.roles.some((r) => r.role === 'standing' && r.unitId !== null && chain.has(r.unitId))
  );
}
