import type { Me, Organization, Unit } from '../../lib/api';
import { communeChain } from '../../lib/roles';

/**
 * What the caller may do with a campaign or a task comes from the server (`campaign.can`, `task.can`). Two
 * decisions have nothing in hand and stay a role reading (the server checks again):
 * - creating a campaign in a commune: GET /campaigns carries no list-level flag;
 * - which organisations an organisation head takes a task on for: `campaign.can.addTask` names none.
 */
export function mayCreateCampaignIn(me: Me, units: Unit[], communeId: string | undefined): boolean {
  if (!communeId) return false;
  const chain = communeChain(units, communeId);
  return (
    me.permissions.admin ||
    me.roles.some((r) => (r.role === 'upper' || r.role === 'standing') && r.unitId !== null && chain.has(r.unitId))
  );
}

/** The organisations of this commune the user leads. */
export function ledOrganizations(me: Me, orgs: Organization[]): Organization[] {
  const led = new Set(me.roles.filter((r) => r.role === 'org_lead').map((r) => r.organizationId));
  return orgs.filter((o) => led.has(o.id));
}
