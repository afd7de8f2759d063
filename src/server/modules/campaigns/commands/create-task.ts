import type { RequestMeta } from '../../../core/actor';
import { forbidden, invalid, unknownReference } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findOrganization } from '../../units/queries';
import { findCampaignVisibleTo } from '../lookup';
import { taskAssignment } from '../policy';
import { presentTask } from '../present';
import { findTask } from '../queries';
import { campaignTasks, type Campaign } from '../schema';
import type { CommandContext } from '../../../core/command';

export type AddTaskInput = {
  title: string;
  ownerOrganizationId?: string | null;
  deadline?: string | null;
};

/**
 * A task of a campaign, owned by an active organisation of the campaign's commune. Managers assign it to any
 * organisation (or none); an organisation head takes it on for their own organisation (policy's taskAssignment).
 */
export async function addTask(ctx: CommandContext, campaignId: string, input: AddTaskInput) {
  const { db, actor, meta } = ctx;
  const { campaign, communePath, commune } = await findCampaignVisibleTo(db, actor, campaignId);
  if (input.ownerOrganizationId) {
    const org = await findOrganization(db, input.ownerOrganizationId);
    if (!org || org.org.communeId !== campaign.communeId) throw unknownReference('ownerOrganizationId', 'Tổ chức');
    if (!org.org.active) throw invalid({ ownerOrganizationId: 'Tổ chức này đã ngừng hoạt động.' });
  }
  const decision = taskAssignment(actor, commune, input.ownerOrganizationId);
  if (decision.kind === 'denied') throw forbidden(decision.fields);
  const task = await createTask(db, meta, campaign, communePath, {
    title: input.title,
    deadline: input.deadline ?? null,
    ownerOrganizationId: decision.ownerOrganizationId,
    selfAssigned: decision.selfAssigned,
  });
  return { task, commune };
}

export type CreateTaskInput = {
  title: string;
  ownerOrganizationId: string | null;
  deadline: string | null;
  selfAssigned: boolean;
};

/**
 * Writes a task and its audit row (nested as a savepoint when `db` is a transaction: meetings turn a conclusion
 * into a task this way). The owner organisation has been checked against the commune and the actor's role.
 */
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
