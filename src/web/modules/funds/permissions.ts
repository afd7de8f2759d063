import type { Me, Unit } from '../../lib/api';
import { compareVi } from '../../../lib/vi-text';
import { isStandingFor } from '../../lib/roles';
import type { Fund } from './shared';

/** What the caller may do in a fund: the server's `fund.can`, flattened for the components. */
export type FundRights = {
  /** Standing committee of the commune (or admin): funds, drives, payouts, transfers, voids, bank statements. */
  manage: boolean;
  /** Villages of this commune whose head the user is. */
  villageIds: string[];
  /** Organisations of this commune the user leads. */
  organizationIds: string[];
  /** May write receipts and pledges at all. */
  record: boolean;
};

const NONE: FundRights = { manage: false, villageIds: [], organizationIds: [], record: false };

export function fundRights(fund: Fund | undefined | null): FundRights {
  if (!fund) return NONE;
  const { can } = fund;
  return {
    manage: can.manage,
    villageIds: can.recordAt.villageIds,
    organizationIds: can.recordAt.organizationIds,
    record: can.recordDonations,
  };
}

/**
 * The units whose funds the caller may open: communes where they sit on the standing committee (or above it as
 * admin), and the province or national unit an `upper` grant names exactly (the server's canManageFunds; it checks
 * again). A province's upper grant does not open funds for its communes: they keep their own books.
 */
export function fundOwnersFor(me: Me, units: Unit[]): Unit[] {
  const byName = (a: Unit, b: Unit) => compareVi(a.name, b.name);
  const upper = new Set(me.roles.flatMap((r) => (r.role === 'upper' && r.unitId ? [r.unitId] : [])));
  const above = units.filter(
    (u) => (u.level === 'province' || u.level === 'national') && (me.permissions.admin || upper.has(u.id)),
  );
  const communes = units.filter((u) => u.level === 'commune' && !u.endedOn && mayCreateFundIn(me, units, u.id));
  return [...above.sort(byName), ...communes.sort(byName)];
}

/**
 * May the caller create a fund in this commune? No fund is in hand yet and GET /funds carries no list-level
 * flag, so this stays a role reading (the standing committee of the commune or above; the server checks again).
 */
export const mayCreateFundIn = (me: Me, units: Unit[], communeId: string) => isStandingFor(me, units, communeId);
