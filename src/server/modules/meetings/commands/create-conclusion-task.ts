import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict, notFound } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { createTask } from '../../campaigns/commands/create-task';
import type { Campaign } from '../../campaigns/schema';
import { findConclusion, lockMeeting } from '../queries';
import { checkHeld } from '../rules';
import { meetingConclusions } from '../schema';

export type ConclusionTaskInput = { title: string; ownerOrganizationId: string; deadline: string | null };

/**
 * "Kết luận thành nhiệm vụ": one campaign task for one conclusion, in one transaction with the link
 * and both audit rows. The campaign and the organisation have been checked against the meeting's
 * commune by the caller; the campaigns module's createTask runs nested (a savepoint) in this
 * transaction. The meeting row is locked, so two clicks at once give one task and one 409.
 */
export async function createConclusionTask(
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
