import { forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findCommuneVisibleTo } from '../../units/lookup';
import { canManageCampaigns } from '../policy';
import { auditCampaign } from '../present';
import { campaignIndicators, campaigns } from '../schema';
import type { CommandContext } from '../../../core/command';
import { checkIndicators, periodError } from './indicators';

export type CreateCampaignInput = {
  communeId: string;
  name: string;
  description?: string;
  from: string;
  to: string;
  indicatorIds?: string[];
};

/** A campaign of a commune the actor manages, over a period, linked to indicators the commune may use. */
export async function createCampaign({ db, actor, meta }: CommandContext, input: CreateCampaignInput) {
  if (input.from > input.to) throw invalid({ to: periodError });
  const commune = await findCommuneVisibleTo(db, actor, input.communeId);
  if (!canManageCampaigns(actor, commune))
    throw forbidden({ communeId: 'Bạn không được tạo cuộc vận động cho xã này.' });
  await checkIndicators(db, commune, input.indicatorIds);
  const campaign = await db.transaction(async (tx) => {
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
  return { campaign, commune };
}
