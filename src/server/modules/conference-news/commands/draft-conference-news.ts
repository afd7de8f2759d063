import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { forbidden, unknownReference } from '../../../core/errors';
import { canReadCommune } from '../../../core/scope';
import type { Db } from '../../../db/client';
import { delegatesOf, findMeeting, type MeetingRow } from '../../meetings/queries';
import { insertPost } from '../../posts/commands/create-post';
import { canCreatePost } from '../../posts/policy';
import { sanitizeBody } from '../../posts/sanitize';
import { findReportVisibleTo } from '../../reports/lookup';
import { latestReportOfMeeting } from '../../reports/queries';
import { modelOf } from '../../reports/report-model';
import type { Report } from '../../reports/schema';
import type { ReportModel } from '../../reports/types';
import type { Unit } from '../../units/schema';
import { composeConferenceNews } from '../compose';

const RESULT_SECTIONS = ['welfare', 'targets'];
const CIVIC_SECTIONS = ['meetings', 'consultations', 'supervision'];
const textsOf = (m: ReportModel | null, keys: string[]) =>
  m ? m.sections.filter((s) => keys.includes(s.key)).flatMap((s) => s.paragraphs.map((p) => p.text)) : [];

export type DraftConferenceNewsInput = {
  meetingId: string;
  /** Default: the latest report presented at the meeting. */
  reportId?: string | null;
};

/**
 * Drafts the news article about a conference for whoever writes the commune's posts: the meeting must
 * be in a commune the writer reads, the report (given, or the latest presented at the meeting) the
 * commune's own and visible to them. The writer is the article's author.
 */
export async function draftConferenceNews({ db, actor, meta }: CommandContext, input: DraftConferenceNewsInput) {
  const found = await findMeeting(db, input.meetingId);
  const commune = found ? { id: found.meeting.communeId, path: found.communePath } : null;
  if (!found || !commune || !canReadCommune(actor, commune)) throw unknownReference('meetingId', 'Hội nghị');
  if (!canCreatePost(actor, commune)) throw forbidden({ meetingId: 'Bạn không được viết tin bài cho xã này.' });
  const reportId = input.reportId ?? (await latestReportOfMeeting(db, found.meeting.id, commune.id));
  const report = reportId ? await findReportVisibleTo(db, actor, reportId, 'reportId') : null;
  if (report && report.report.unitId !== commune.id) throw unknownReference('reportId', 'Báo cáo');
  return saveConferenceNews(db, meta, found, report, actor.fullName);
}

/**
 * Composes the article about a conference from the meeting and the report presented at it (its
 * figures as the report prints them, staff edits included) and saves it as a draft news post linked
 * to both, for staff to finish and send for approval.
 */
export async function saveConferenceNews(
  db: Db,
  meta: RequestMeta,
  found: MeetingRow,
  report: { report: Report; unit: Unit } | null,
  authorName: string | null,
) {
  const model = report ? await modelOf(db, report.report, report.unit) : null;
  const m = found.meeting;
  const news = composeConferenceNews({
    commune: { name: found.communeName, kind: found.communeKind },
    meeting: {
      type: m.type,
      title: m.title,
      date: m.date,
      startTime: m.startTime,
      place: m.place,
      chair: m.chair,
      chairTitle: m.chairTitle,
      delegates: (await delegatesOf(db, m.id)).map((d) => ({
        name: d.name,
        title: d.title,
        organization: d.organization,
      })),
    },
    periodLabel: model?.periodLabel ?? null,
    results: textsOf(model, RESULT_SECTIONS),
    civic: textsOf(model, CIVIC_SECTIONS),
  });
  return insertPost(
    db,
    meta,
    { id: m.communeId, path: found.communePath },
    {
      kind: 'news',
      title: news.title,
      summary: news.summary,
      body: sanitizeBody(news.bodyHtml),
      authorName,
      videoUrl: null,
      videoMediaId: null,
      coverMediaId: null,
      status: 'draft',
      sourceMeetingId: m.id,
      sourceReportId: report?.report.id ?? null,
    },
  );
}
