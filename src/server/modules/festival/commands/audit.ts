import type { Festival } from '../schema';

/** What an audit row keeps of a festival: its facts, not its timestamps. */
export function auditFestival(f: Festival) {
  const { createdAt: _c, updatedAt: _u, ...rest } = f;
  return rest;
}
