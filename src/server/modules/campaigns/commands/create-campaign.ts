import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { auditCampaign } from '../present';
import { campaignIndicators, campaigns } from '../schema';

export type CreateCampaignInput = {
  name: string;
  description?: string;
  from: string;
  to: string;
  indicatorIds?: string[];
};

/** The commune and the indicators have been checked (exist, in scope, visible) by the caller. */
export async function createCampaign(db: Db, meta: RequestMeta, commune: Unit, input: CreateCampaignInput) {
  return db.transaction(async (tx) => {
    const [campaign] = await tx
      .insert(campaigns)
      .values({
        communeId: commune.id,
        name: input.name,
        description: input.description ?? '',
        periodFrom: input.from,
        periodTo: input.to,
      })
      .returning();
    if (!campaign) throw new Error('insert returned nothing');
    // A repeated id in the request is one link, not a key violation.
    const indicatorIds = [...new Set(input.indicatorIds ?? [])];
    if (indicatorIds.length) {
      await tx
        .insert(campaignIndicators)
        .values(indicatorIds.map((indicatorId) => ({ campaignId: campaign.id, indicatorId })));
    }
    await recordAudit(tx, meta, {
      action: 'campaign.create',
      entity: 'campaign',
      entityId: campaign.id,
      communeId: commune.id,
      scopePath: commune.path,
      after: auditCampaign(campaign, indicatorIds),
    });
    return campaign;
  });
}
