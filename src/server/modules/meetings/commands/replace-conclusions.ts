import { and, eq, inArray } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, notFound, unknownReference } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findMeetingVisibleTo } from '../lookup';
import { lockMeeting } from '../queries';
import { checkNotCancelled, checkNotFrozen } from '../rules';
import { meetingConclusions, meetings } from '../schema';

import { requireManageMeeting } from './authorise';

export type ConclusionInput = { id?: string; text: string };

/** Thay danh sách kết luận, by someone who manages the meeting. */
export async function replaceConclusions(ctx: CommandContext, input: { id: string; conclusions: ConclusionInput[] }) {
  const row = await findMeetingVisibleTo(ctx.db, ctx.actor, input.id);
  requireManageMeeting(ctx.actor, row);
  return writeConclusions(ctx.db, ctx.meta, row.meeting.id, input.conclusions, row.minutesNumber);
}

/**
 * Replaces the list of conclusions, in order. A conclusion named by `id` keeps its identity (and the
 * task it became); one that already became a task cannot be dropped (409): the task would lose its origin.
 */
async function writeConclusions(
  db: Db,
  meta: RequestMeta,
  id: string,
  wanted: ConclusionInput[],
  minutesNumber: string | null,
) {
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, id);
    if (!meeting) throw notFound('Hội nghị');
    const current = await tx
      .select()
      .from(meetingConclusions)
      .where(eq(meetingConclusions.meetingId, id))
      .orderBy(meetingConclusions.position);
    const byId = new Map(current.map((c) => [c.id, c]));
    wanted.forEach((c, i) => {
      if (c.id && !byId.has(c.id)) throw unknownReference(`conclusions.${i}.id`, 'Kết luận');
    });
    checkNotCancelled(meeting, 'conclusions');
    const keep = new Set(wanted.map((c) => c.id).filter((x): x is string => !!x));
    const gone = current.filter((c) => !keep.has(c.id));
    const withTask = gone.find((c) => c.taskId);
    if (withTask)
      throw conflict(
        'conclusion_has_task',
        `Kết luận "${withTask.text.slice(0, 80)}" đã thành nhiệm vụ, không bỏ được.`,
        { conclusions: 'Kết luận đã thành nhiệm vụ không bỏ được.' },
      );
    const unchanged =
      gone.length === 0 &&
      wanted.length === current.length &&
      wanted.every((c, i) => c.id === current[i]?.id && c.text === current[i]?.text);
    checkNotFrozen(meeting, unchanged ? [] : ['conclusions'], null, minutesNumber);
    if (gone.length)
      await tx.delete(meetingConclusions).where(
        and(
          eq(meetingConclusions.meetingId, id),
          inArray(
            meetingConclusions.id,
            gone.map((c) => c.id),
          ),
        ),
      );
    const out = [];
    for (const [i, c] of wanted.entries()) {
      const [row] = c.id
        ? await tx
            .update(meetingConclusions)
            .set({ text: c.text, position: i + 1 })
            .where(eq(meetingConclusions.id, c.id))
            .returning()
        : await tx
            .insert(meetingConclusions)
            .values({ meetingId: id, text: c.text, position: i + 1 })
            .returning();
      if (!row) throw new Error('conclusion write returned nothing');
      out.push(row);
    }
    await tx.update(meetings).set({ updatedAt: new Date() }).where(eq(meetings.id, id));
    await recordAudit(tx, meta, {
      action: 'meeting.conclusions',
      entity: 'meeting',
      entityId: id,
      communeId: meeting.communeId,
      scopePath: meeting.unitPath,
      before: current.map((c) => ({ id: c.id, text: c.text, taskId: c.taskId })),
      after: out.map((c) => ({ id: c.id, text: c.text, taskId: c.taskId })),
    });
    return out;
  });
}
