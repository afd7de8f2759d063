import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { auditCampaign } from '../present';
import { campaignIndicators, campaigns, type Campaign } from '../schema';

export type UpdateCampaignInput = {
  name?: string;
  description?: string;
  from?: string;
  to?: string;
  indicatorIds?: string[];
};

/** The merged period and any new indicators have been checked by the caller; indicatorIds replaces the links. */
export async function updateCampaign(
  db: Db,
  meta: RequestMeta,
  campaign: Campaign,
  communePath: string,
  input: UpdateCampaignInput,
) {
  return db.transaction(async (tx) => {
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
}
