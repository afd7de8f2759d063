import { eq } from 'drizzle-orm';
import { forbidden } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findTaskVisibleTo } from '../lookup';
import { taskUpdateDenial } from '../policy';
import { presentTask } from '../present';
import { findTask } from '../queries';
import { campaignTasks, type TaskStatus } from '../schema';
import type { CommandContext } from '../../../core/command';

export type UpdateTaskInput = { status?: TaskStatus; evidence?: string; deadline?: string | null; title?: string };

/** Changes a task: managers any field, the head of the owning organisation only its progress (policy decides). */
export async function updateTask({ db, actor, meta }: CommandContext, id: string, input: UpdateTaskInput) {
  const { task, communePath, commune } = await findTaskVisibleTo(db, actor, id);
  const changed = Object.entries(input)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  const denial = taskUpdateDenial(actor, commune, task, changed);
  if (denial) throw forbidden(Object.keys(denial).length ? denial : undefined);
  const updated = await db.transaction(async (tx) => {
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
    const after = (await findTask(tx, task.id))?.task;
    if (!after) throw new Error('update lost the task');
    await recordAudit(tx, meta, {
      action: 'campaign_task.update',
      entity: 'campaign_task',
      entityId: task.id,
      communeId: task.communeId,
      scopePath: communePath,
      before: presentTask(task),
      after: presentTask(after),
    });
    return after;
  });
  return { task: updated, commune };
}
