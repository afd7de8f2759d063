import { and, eq, inArray } from 'drizzle-orm';
import { unknownReference } from '../../../core/errors';
import type { Queryable } from '../../../db/client';
import { meetingDelegates, type MeetingDelegate } from '../schema';
import type { DelegateInput } from './types';

/**
 * Makes the meeting's delegates the given list, in order: a delegate with an `id` is updated in place
 * (keeping what the attendance recorded unless given), one without is added, and the ones left out
 * are removed. An `id` of another meeting is a 404 naming the field.
 */
export async function syncDelegates(
  tx: Queryable,
  meetingId: string,
  current: MeetingDelegate[],
  wanted: DelegateInput[],
): Promise<MeetingDelegate[]> {
  const byId = new Map(current.map((d) => [d.id, d]));
  wanted.forEach((d, i) => {
    if (d.id && !byId.has(d.id)) throw unknownReference(`delegates.${i}.id`, 'Đại biểu');
  });
  const keep = new Set(wanted.map((d) => d.id).filter((id): id is string => !!id));
  const gone = current.filter((d) => !keep.has(d.id)).map((d) => d.id);
  if (gone.length)
    await tx
      .delete(meetingDelegates)
      .where(and(eq(meetingDelegates.meetingId, meetingId), inArray(meetingDelegates.id, gone)));
  const out: MeetingDelegate[] = [];
  for (const [i, { id, ...d }] of wanted.entries()) {
    const values = { ...d, attended: d.attended ?? (id ? (byId.get(id)?.attended ?? null) : null), position: i + 1 };
    const [row] = id
      ? await tx.update(meetingDelegates).set(values).where(eq(meetingDelegates.id, id)).returning()
      : await tx
          .insert(meetingDelegates)
          .values({ ...values, meetingId })
          .returning();
    if (!row) throw new Error('delegate write returned nothing');
    out.push(row);
  }
  return out;
}
