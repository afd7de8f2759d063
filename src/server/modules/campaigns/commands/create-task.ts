import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { presentTask } from '../present';
import { findTask } from '../queries';
import { campaignTasks, type Campaign } from '../schema';

export type CreateTaskInput = {
  title: string;
  ownerOrganizationId: string | null;
  deadline: string | null;
  selfAssigned: boolean;
};

/** The owner organisation has been checked against the campaign's commune and the actor's role by the caller. */
export async function createTask(
  db: Db,
  meta: RequestMeta,
  campaign: Campaign,
  communePath: string,
  input: CreateTaskInput,
) {
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(campaignTasks)
      .values({ campaignId: campaign.id, communeId: campaign.communeId, createdBy: meta.actorId, ...input })
      .returning({ id: campaignTasks.id });
    const task = inserted && (await findTask(tx, inserted.id))?.task;
    if (!task) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'campaign_task.create',
      entity: 'campaign_task',
      entityId: task.id,
      communeId: campaign.communeId,
      scopePath: communePath,
      after: presentTask(task),
    });
    return task;
  });
}
