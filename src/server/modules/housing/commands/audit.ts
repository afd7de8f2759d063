import type { HousingCase } from '../schema';

/** What an audit row keeps of a case: its facts, not its search column. */
export function auditCase(c: HousingCase) {
  const { headNameFolded: _folded, createdAt: _c, updatedAt: _u, ...rest } = c;
  return rest;
}
