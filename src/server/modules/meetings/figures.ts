import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { inSubtree } from '../../db/scope-sql';
import { meetings, meetingTypes, type MeetingType } from './schema';

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
