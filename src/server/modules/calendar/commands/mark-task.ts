import { eq } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { forbidden } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findTaskVisibleTo } from '../lookup';
import { canMarkTask } from '../policy';
import { calendarTasks } from '../schema';

/** Marks a task done (or not done again, ticked by mistake). */
export async function markTask({ db, actor, meta }: CommandContext, id: string, done: boolean) {
  return db.transaction(async (tx) => {
    const { task, communePath } = await findTaskVisibleTo(tx, actor, id, true);
    if (!canMarkTask(actor, { ...task, communePath })) throw forbidden({ done: 'Bạn không được cập nhật việc này.' });
    if ((task.doneAt !== null) === done) return task;
    const [after] = await tx
      .update(calendarTasks)
      .set(done ? { doneAt: new Date(), doneBy: meta.actorId } : { doneAt: null, doneBy: null })
      .where(eq(calendarTasks.id, task.id))
      .returning();
    if (!after) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: done ? 'calendar_task.done' : 'calendar_task.reopen',
      entity: 'calendar_task',
      entityId: task.id,
      communeId: task.communeId,
      scopePath: task.unitPath,
      before: { doneAt: task.doneAt },
      after: { doneAt: after.doneAt },
    });
    return after;
  });
}
