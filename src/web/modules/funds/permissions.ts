import type { Me, Unit } from '../../lib/api';
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
 * May the caller create a fund in this commune? No fund is in hand yet and GET /funds carries no list-level
 * flag, so this stays a role reading (the standing committee of the commune or above; the server checks again).
 */
export const mayCreateFundIn = (me: Me, units: Unit[], communeId: string) => isStandingFor(me, units, communeId);
