import type { Me, Organization, Unit } from '../../lib/api';
import { communeChain } from '../../lib/roles';

/**
 * What the caller may do in a commune's campaigns. The campaigns presenter is getting `can` flags
 * (`campaign.can.manage`, `task.can.edit`); when the campaign in hand carries them they win, and the role
 * reading below is the fallback until then.
 */
export type CampaignRights = { manage: boolean; ledOrganizationIds: string[] };

export function campaignRights(
  me: Me,
  units: Unit[],
  communeId: string | undefined,
  orgs: Organization[],
  campaign?: { can?: { manage?: boolean } } | null,
): CampaignRights {
  if (!communeId) return { manage: false, ledOrganizationIds: [] };
  const chain = communeChain(units, communeId);
  // Replaced by campaign.can.manage.
  const manage =
    campaign?.can?.manage ??
    (me.permissions.admin ||
      me.roles.some((r) => (r.role === 'upper' || r.role === 'standing') && r.unitId !== null && chain.has(r.unitId)));
  // Replaced by task.can.edit (an organisation head edits the tasks of the organisation they lead).
  const inCommune = new Set(orgs.map((o) => o.id));
  const ledOrganizationIds = me.roles
    .filter((r) => r.role === 'org_lead' && r.organizationId !== null && inCommune.has(r.organizationId))
    .map((r) => r.organizationId as string);
  return { manage, ledOrganizationIds };
}
