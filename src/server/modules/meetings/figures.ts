import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { inSubtree } from '../../db/scope-sql';
import { meetingDelegates, meetings, meetingTypes, type MeetingType } from './schema';

export type MeetingFigures = { total: number; byType: Record<MeetingType, number> };

/**
 * Meetings held (status "held") in a unit's subtree within [from, to], by type — the figures a review
 * report quotes ("tổ chức 12 hội nghị tiếp xúc cử tri"). Planned and cancelled meetings do not count.
 */
export async function meetingFigures(
  db: Queryable,
  unitPath: string,
  from: string,
  to: string,
): Promise<MeetingFigures> {
  const rows = await db
    .select({ type: meetings.type, n: sql<number>`count(*)::int` })
    .from(meetings)
    .where(
      and(
        inSubtree(meetings.unitPath, unitPath),
        eq(meetings.status, 'held'),
        gte(meetings.date, from),
        lte(meetings.date, to),
      ),
    )
    .groupBy(meetings.type);
  const byType = Object.fromEntries(meetingTypes.map((t) => [t, 0])) as Record<MeetingType, number>;
  for (const r of rows) byType[r.type] = Number(r.n);
  return { total: Object.values(byType).reduce((a, b) => a + b, 0), byType };
}

/**
 * The facts of a review conference a report may quote: date, place, chair, and how many delegates
 * attended (an unmarked delegate counts as present). Null when there is no such meeting.
 */
export async function reviewMeetingFacts(db: Queryable, meetingId: string) {
  const [m] = await db.select().from(meetings).where(eq(meetings.id, meetingId)).limit(1);
  if (!m) return null;
  const [d] = await db
    .select({ n: sql<number>`count(*) filter (where ${meetingDelegates.attended} is not false)::int` })
    .from(meetingDelegates)
    .where(eq(meetingDelegates.meetingId, meetingId));
  return {
    id: m.id,
    title: m.title,
    date: m.date,
    place: m.place,
    chair: m.chair,
    chairTitle: m.chairTitle,
    delegates: Number(d?.n ?? 0),
  };
}
