import { systemMeta } from '../core/actor';
import type { Db } from '../db/client';
import { saveConferenceNews } from '../modules/conference-news/commands/draft-conference-news';
import { findMeeting } from '../modules/meetings/queries';
import { findReport } from '../modules/reports/queries';
import type { Unit } from '../modules/units/schema';

/**
 * The seed's news post as the app drafts it from the conference of 06/07/2023 and its report: a draft for staff to
 * finish.
 */
export async function loadDemoConferenceNews(
  db: Db,
  meetingId: string | null,
  reportId: string,
  commune: Unit,
): Promise<void> {
  const meeting = meetingId ? await findMeeting(db, meetingId) : null;
  if (!meeting) return;
  await saveConferenceNews(db, systemMeta, meeting, await findReport(db, reportId), commune.settings.chairName ?? null);
}
