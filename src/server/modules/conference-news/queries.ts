import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { reports } from '../reports/schema';

/** The latest report presented at a meeting, of the meeting's commune. */
export async function reportOfMeeting(db: Queryable, meetingId: string, communeId: string) {
  const [row] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.meetingId, meetingId), eq(reports.unitId, communeId)))
    .orderBy(desc(reports.createdAt))
    .limit(1);
  return row?.id ?? null;
}
