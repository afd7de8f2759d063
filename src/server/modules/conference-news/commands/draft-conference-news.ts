import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { createPost } from '../../posts/commands/create-post';
import { sanitizeBody } from '../../posts/sanitize';
import type { ConferenceNews } from '../compose';

/** Saves the composed article as a draft news post linked to its meeting and report, for staff to edit and publish. */
export async function draftConferenceNews(
  db: Db,
  meta: RequestMeta,
  commune: { id: string; path: string },
  news: ConferenceNews,
  source: { meetingId: string; reportId: string | null; authorName: string | null },
) {
  return createPost(db, meta, commune, {
    kind: 'news',
    title: news.title,
    summary: news.summary,
    body: sanitizeBody(news.bodyHtml),
    authorName: source.authorName,
    videoUrl: null,
    videoMediaId: null,
    coverMediaId: null,
    status: 'draft',
    sourceMeetingId: source.meetingId,
    sourceReportId: source.reportId,
  });
}
