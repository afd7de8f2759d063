import type { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, notFound, unknownReference } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { createTask } from '../../campaigns/commands/create-task';
import { canManageCampaigns } from '../../campaigns/policy';
import { findCampaign } from '../../campaigns/queries';
import type { Campaign } from '../../campaigns/schema';
import { findOrganization } from '../../units/queries';
import type { taskBody } from '../fields';
import { findMeetingVisibleTo } from '../lookup';
import { canTurnIntoTask } from '../policy';
import { findConclusion, lockMeeting } from '../queries';
import { checkHeld } from '../rules';
import { meetingConclusions } from '../schema';

export type ConclusionTaskInput = { title: string; ownerOrganizationId: string; deadline: string | null };

/**
 * Kết luận thành nhiệm vụ: the standing committee (who also manages the commune's campaigns) assigns a
 * task of a campaign of the same commune to an active organisation of the same commune.
 */
export async function turnConclusionIntoTask(
  ctx: CommandContext,
  input: { id: string; conclusionId: string } & z.infer<typeof taskBody>,
) {
  const { db, actor } = ctx;
  const row = await findMeetingVisibleTo(db, actor, input.id);
  const commune = { id: row.meeting.communeId, path: row.communePath };
  if (!canTurnIntoTask(actor, commune) || !canManageCampaigns(actor, commune)) throw forbidden();
  const conclusion = await findConclusion(db, row.meeting.id, input.conclusionId);
  if (!conclusion) throw notFound('Kết luận');
  const campaign = await findCampaign(db, input.campaignId);
  if (!campaign || campaign.campaign.communeId !== commune.id) throw unknownReference('campaignId', 'Cuộc vận động');
  const org = await findOrganization(db, input.ownerOrganizationId);
  if (!org || org.org.communeId !== commune.id) throw unknownReference('ownerOrganizationId', 'Tổ chức');
  if (!org.org.active) throw invalid({ ownerOrganizationId: 'Tổ chức này đã ngừng hoạt động.' });
  return createConclusionTask(db, ctx.meta, row.meeting.id, conclusion.id, campaign.campaign, campaign.communePath, {
    title: input.title ?? conclusion.text.slice(0, 500),
    ownerOrganizationId: org.org.id,
    deadline: input.deadline ?? null,
  });
}

/**
 * "Kết luận thành nhiệm vụ": one campaign task for one conclusion, in one transaction with the link
 * and both audit rows. The campaign and the organisation have been checked against the meeting's
 * commune by the caller; the campaigns module's createTask runs nested (a savepoint) in this
 * transaction. The meeting row is locked, so two clicks at once give one task and one 409.
 */
async function createConclusionTask(
  db: Db,
  meta: RequestMeta,
  meetingId: string,
  conclusionId: string,
  campaign: Campaign,
  communePath: string,
  input: ConclusionTaskInput,
) {
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) throw notFound('Hội nghị');
    const conclusion = await findConclusion(tx, meetingId, conclusionId);
    if (!conclusion) throw notFound('Kết luận');
    if (conclusion.taskId)
      throw conflict('conclusion_has_task', 'Kết luận này đã thành nhiệm vụ.', {
        conclusionId: 'Kết luận này đã thành nhiệm vụ.',
      });
    checkHeld(meeting, 'conclusionId', 'giao nhiệm vụ từ kết luận');
    const task = await createTask(tx, meta, campaign, communePath, { ...input, selfAssigned: false });
    await tx.update(meetingConclusions).set({ taskId: task.id }).where(eq(meetingConclusions.id, conclusion.id));
    await recordAudit(tx, meta, {
      action: 'meeting.conclusion_task',
      entity: 'meeting',
      entityId: meetingId,
      communeId: meeting.communeId,
      scopePath: meeting.unitPath,
      before: { conclusionId: conclusion.id, taskId: null },
      after: { conclusionId: conclusion.id, taskId: task.id, campaignId: campaign.id },
    });
    return task;
  });
}
