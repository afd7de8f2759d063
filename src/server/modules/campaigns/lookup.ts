import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { findCampaign, findTask, readableCommune } from './queries';
import { campaigns, campaignTasks } from './schema';

/** A campaign of a commune the actor reads (scope in the WHERE clause), with its commune; otherwise 404. */
export async function findCampaignVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  const found = await findCampaign(db, id, readableCommune(actor, campaigns.communeId));
  if (!found) throw field ? unknownReference(field, 'Cuộc vận động') : notFound('Cuộc vận động');
  return { ...found, commune: { id: found.campaign.communeId, path: found.communePath } };
}

/** A task of a campaign the actor reads (scope in the WHERE clause), with its commune; otherwise 404. */
export async function findTaskVisibleTo(db: Queryable, actor: Actor, id: string) {
  const found = await findTask(db, id, readableCommune(actor, campaignTasks.communeId));
  if (!found) throw notFound('Nhiệm vụ');
  return { ...found, commune: { id: found.task.communeId, path: found.communePath } };
}
