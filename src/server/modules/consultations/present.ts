import type { ArticleWithCounts, CommentRow } from './queries';
import type { Consultation, ConsultationArticle } from './schema';
import { statusOf } from './status';

export function presentConsultation(c: Consultation, today: string, counts?: { articles: number; comments: number }) {
  return {
    id: c.id,
    communeId: c.communeId,
    title: c.title,
    requestedBy: c.requestedBy,
    opensOn: c.opensOn,
    deadline: c.deadline,
    public: c.public,
    status: statusOf(c, today),
    closedAt: c.closedAt,
    ...(counts && { articles: counts.articles, comments: counts.comments }),
    createdAt: c.createdAt,
  };
}

export function presentArticle(a: ConsultationArticle, counts?: Omit<ArticleWithCounts, 'article'>) {
  return {
    id: a.id,
    position: a.position,
    ref: a.ref,
    heading: a.heading,
    text: a.text,
    ...(counts && { comments: counts.comments, byKind: counts.byKind }),
  };
}

/** A comment for staff; the citizen's contact only for those who manage the consultation. */
export function presentComment(r: CommentRow, withContact: boolean) {
  const c = r.comment;
  return {
    id: c.id,
    articleId: c.articleId,
    articleRef: r.articleRef,
    authorKind: c.authorKind,
    author: c.author,
    organizationId: c.organizationId,
    organizationName: r.organizationName,
    meetingId: c.meetingId,
    meetingTitle: r.meetingTitle,
    source: c.source,
    content: c.content,
    ...(withContact && { contact: c.contact }),
    createdAt: c.createdAt,
  };
}
