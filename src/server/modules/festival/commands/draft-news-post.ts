import { eq, sql } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { forbidden } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { insertPost } from '../../posts/commands/create-post';
import { canCreatePost } from '../../posts/policy';
import { sanitizeBody } from '../../posts/sanitize';
import { findFestivalVisibleTo } from '../lookup';
import { composeFestivalNews } from '../news';
import { festivalReportOf } from '../report';
import { festivals } from '../schema';

/**
 * Drafts the portal news post about a festival from the festival and its report (as the conference post is drafted
 * from a conference), for whoever writes the commune's posts, and links it to the festival: a draft for staff to
 * finish and send for approval. The post, the link and their audit rows are one transaction.
 */
export async function draftFestivalNewsPost({ db, actor, meta }: CommandContext, id: string) {
  const v = await findFestivalVisibleTo(db, actor, id);
  if (!canCreatePost(actor, v.commune)) throw forbidden({ id: 'Bạn không được viết tin bài cho xã này.' });
  const { facts, report: draft } = await festivalReportOf(db, v);
  // Once issued, the post tells what was read at the festival: the report as issued.
  const report = v.festival.issuedReport ?? draft;
  const news = composeFestivalNews(facts, report);
  return db.transaction(async (tx) => {
    const post = await insertPost(tx, meta, v.commune, {
      kind: 'news',
      title: news.title,
      summary: news.summary,
      body: sanitizeBody(news.bodyHtml),
      authorName: actor.fullName,
      videoUrl: null,
      videoMediaId: null,
      coverMediaId: null,
      status: 'draft',
    });
    await tx
      .update(festivals)
      .set({ newsPostId: post.id, updatedAt: sql`now()` })
      .where(eq(festivals.id, v.festival.id));
    await recordAudit(tx, meta, {
      action: 'festival.news_draft',
      entity: 'festival',
      entityId: v.festival.id,
      communeId: v.festival.communeId,
      scopePath: v.festival.unitPath,
      before: { newsPostId: v.festival.newsPostId },
      after: { newsPostId: post.id },
    });
    return post;
  });
}
