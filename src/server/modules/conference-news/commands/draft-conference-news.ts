import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { delegatesOf, type MeetingRow } from '../../meetings/queries';
import { createPost } from '../../posts/commands/create-post';
import { sanitizeBody } from '../../posts/sanitize';
import { modelOf } from '../../reports/report-model';
import type { Report } from '../../reports/schema';
import type { ReportModel } from '../../reports/types';
import type { Unit } from '../../units/schema';
import { composeConferenceNews } from '../compose';

const RESULT_SECTIONS = ['welfare', 'targets'];
const CIVIC_SECTIONS = ['meetings', 'consultations', 'supervision'];
const textsOf = (m: ReportModel | null, keys: string[]) =>
  m ? m.sections.filter((s) => keys.includes(s.key)).flatMap((s) => s.paragraphs.map((p) => p.text)) : [];

/**
 * Composes the article about a conference from the meeting and the report presented at it (its
 * figures as the report prints them, staff edits included) and saves it as a draft news post linked
 * to both, for staff to finish and send for approval.
 */
export async function draftConferenceNews(
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
  return createPost(
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
