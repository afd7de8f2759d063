import type { Me, Organization, Unit } from '../../lib/api';
import { isStandingFor } from '../../lib/roles';

/**
 * What the caller may do in a commune's funds. The server's Fund presenter carries the same answer as
 * `fund.can` ({ manage, recordDonations, voidDonations, recordAt }); when the fund in hand has it, that wins,
 * and the role reading below is the fallback until every fund response carries it.
 */
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

/** The server's `can` flags on a fund (GET /funds), when present. */
export type FundCan = {
  manage: boolean;
  recordDonations: boolean;
  voidDonations?: boolean;
  recordAt: { villageIds: string[]; organizationIds: string[] };
};

export function fundRights(
  me: Me,
  units: Unit[],
  communeId: string | undefined,
  orgs: Organization[],
  fund?: { can?: FundCan } | null,
): FundRights {
  const can = fund?.can;
  if (can)
    return {
      manage: can.manage,
      villageIds: can.recordAt.villageIds,
      organizationIds: can.recordAt.organizationIds,
      record: can.recordDonations,
    };
  if (!communeId) return { manage: false, villageIds: [], organizationIds: [], record: false };
  const byId = new Map(units.map((u) => [u.id, u]));
  // Replaced by fund.can.manage.
  const manage = isStandingFor(me, units, communeId);
  // Replaced by fund.can.recordAt.villageIds.
  const villageIds = me.roles
    .filter((r) => r.role === 'village_lead' && r.unitId !== null && byId.get(r.unitId)?.communeId === communeId)
    .map((r) => r.unitId as string);
  // Replaced by fund.can.recordAt.organizationIds.
  const inCommune = new Set(orgs.map((o) => o.id));
  const organizationIds = me.roles
    .filter((r) => r.role === 'org_lead' && r.organizationId !== null && inCommune.has(r.organizationId))
    .map((r) => r.organizationId as string);
  // Replaced by fund.can.recordDonations.
  return { manage, villageIds, organizationIds, record: manage || villageIds.length > 0 || organizationIds.length > 0 };
}
