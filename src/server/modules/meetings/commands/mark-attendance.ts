import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { notFound, unknownReference } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findMeetingVisibleTo } from '../lookup';
import { delegatesOf, lockMeeting } from '../queries';
import { checkNotCancelled, checkNotFrozen } from '../rules';
import { meetingDelegates, meetings } from '../schema';
import { requireManageMeeting } from './authorise';

export type AttendanceInput = { attended: string[]; presentCount?: number | null };

/** Điểm danh by someone who manages the meeting. */
export async function markAttendance(ctx: CommandContext, input: { id: string } & AttendanceInput) {
  const row = await findMeetingVisibleTo(ctx.db, ctx.actor, input.id);
  requireManageMeeting(ctx.actor, row);
  const { attended, presentCount } = input;
  return markAttendanceUnchecked(ctx.db, ctx.meta, row.meeting.id, { attended, presentCount }, row.minutesNumber);
}

/**
 * Điểm danh: the delegates listed attended, every other delegate did not; optionally the head count
 * of a large meeting (voters present).
 */
export async function markAttendanceUnchecked(
  db: Db,
  meta: RequestMeta,
  id: string,
  input: AttendanceInput,
  minutesNumber: string | null,
) {
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, id);
    if (!meeting) throw notFound('Hội nghị');
    const current = await delegatesOf(tx, id);
    const ids = new Set(current.map((d) => d.id));
    input.attended.forEach((d, i) => {
      if (!ids.has(d)) throw unknownReference(`attended.${i}`, 'Đại biểu');
    });
    checkNotCancelled(meeting, 'attended');
    const present = new Set(input.attended);
    const changes = current.filter((d) => d.attended !== present.has(d.id));
    const countChanged = input.presentCount !== undefined && input.presentCount !== meeting.presentCount;
    checkNotFrozen(
      meeting,
      [...(changes.length ? ['attended'] : []), ...(countChanged ? ['presentCount'] : [])],
      null,
      minutesNumber,
    );
    for (const d of changes)
      await tx
        .update(meetingDelegates)
        .set({ attended: present.has(d.id) })
        .where(eq(meetingDelegates.id, d.id));
    const [after] = await tx
      .update(meetings)
      .set({ ...(countChanged && { presentCount: input.presentCount }), updatedAt: new Date() })
      .where(eq(meetings.id, id))
      .returning();
    if (!after) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'meeting.attendance',
      entity: 'meeting',
      entityId: id,
      communeId: meeting.communeId,
      scopePath: meeting.unitPath,
      before: { attended: current.filter((d) => d.attended).map((d) => d.id), presentCount: meeting.presentCount },
      after: { attended: [...present], presentCount: after.presentCount },
    });
    return after;
  });
}
