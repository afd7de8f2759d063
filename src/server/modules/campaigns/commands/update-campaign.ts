import { eq } from 'drizzle-orm';
import { forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findCampaignVisibleTo } from '../lookup';
import { canManageCampaigns } from '../policy';
import { auditCampaign } from '../present';
import { campaignIndicators, campaigns } from '../schema';
import type { CommandContext } from '../../../core/command';
import { checkIndicators, periodError } from './indicators';

export type UpdateCampaignInput = {
  name?: string;
  description?: string;
  from?: string;
  to?: string;
  indicatorIds?: string[];
};

/** Edits a campaign (its managers only); the merged period must hold; indicatorIds replaces the links. */
export async function updateCampaign({ db, actor, meta }: CommandContext, id: string, input: UpdateCampaignInput) {
  const { campaign, communePath, commune } = await findCampaignVisibleTo(db, actor, id);
  if (!canManageCampaigns(actor, commune)) throw forbidden();
  if ((input.from ?? campaign.periodFrom) > (input.to ?? campaign.periodTo))
    throw invalid({ [input.to !== undefined ? 'to' : 'from']: periodError });
  await checkIndicators(db, commune, input.indicatorIds);
  const updated = await db.transaction(async (tx) => {
    const links = await tx
      .select({ id: campaignIndicators.indicatorId })
      .from(campaignIndicators)
      .where(eq(campaignIndicators.campaignId, campaign.id));
    const beforeIds = links.map((l) => l.id).sort();
    const changes = {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.from !== undefined && { periodFrom: input.from }),
      ...(input.to !== undefined && { periodTo: input.to }),
    };
    let updated = campaign;
    if (Object.keys(changes).length) {
      const [row] = await tx.update(campaigns).set(changes).where(eq(campaigns.id, campaign.id)).returning();
      if (!row) throw new Error('update returned nothing');
      updated = row;
    }
    let afterIds = beforeIds;
    if (input.indicatorIds !== undefined) {
      afterIds = [...new Set(input.indicatorIds)].sort();
      await tx.delete(campaignIndicators).where(eq(campaignIndicators.campaignId, campaign.id));
      if (afterIds.length)
        await tx
          .insert(campaignIndicators)
          .values(afterIds.map((indicatorId) => ({ campaignId: campaign.id, indicatorId })));
    }
    await recordAudit(tx, meta, {
      action: 'campaign.update',
      entity: 'campaign',
      entityId: campaign.id,
      communeId: campaign.communeId,
      scopePath: communePath,
      before: auditCampaign(campaign, beforeIds),
      after: auditCampaign(updated, afterIds),
    });
    return updated;
  });
  return { campaign: updated, commune };
}
