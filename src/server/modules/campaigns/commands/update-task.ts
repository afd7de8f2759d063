import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { presentTask } from '../present';
import { findTask, type TaskRow } from '../queries';
import { campaignTasks, type TaskStatus } from '../schema';

export type UpdateTaskInput = { status?: TaskStatus; evidence?: string; deadline?: string | null; title?: string };

/** Which fields the actor may change has been decided by policy; this applies them. */
export async function updateTask(
  db: Db,
  meta: RequestMeta,
  task: TaskRow,
  communePath: string,
  input: UpdateTaskInput,
) {
  return db.transaction(async (tx) => {
    await tx
      .update(campaignTasks)
      .set({
        ...(input.status !== undefined && { status: input.status }),
        ...(input.evidence !== undefined && { evidence: input.evidence }),
        ...(input.deadline !== undefined && { deadline: input.deadline }),
        ...(input.title !== undefined && { title: input.title }),
        updatedAt: new Date(),
      })
      .where(eq(campaignTasks.id, task.id));
    const updated = (await findTask(tx, task.id))?.task;
    if (!updated) throw new Error('update lost the task');
    await recordAudit(tx, meta, {
      action: 'campaign_task.update',
      entity: 'campaign_task',
      entityId: task.id,
      communeId: task.communeId,
      scopePath: communePath,
      before: presentTask(task),
      after: presentTask(updated),
    });
    return updated;
  });
}
