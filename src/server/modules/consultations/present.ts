import { todayVn } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import type { ConsultationDetail } from './lookup';
import { canEnterAnyComment, canManageConsultations, canSeeContacts, ledOrganizationIds } from './policy';
import type { ArticleWithCounts, CommentRow, ConsultationRow } from './queries';
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
    general: c.articleId === null,
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

const communeOf = (found: ConsultationRow) => ({ id: found.consultation.communeId, path: found.communePath });

/** A comment as this reader may see it (the contact only for those who manage the consultation). */
export const presentCommentFor = (actor: Actor, found: ConsultationRow, r: CommentRow) =>
  presentComment(r, canSeeContacts(actor, communeOf(found)));

/** The draft with its articles and comment counts, and what the reader may do with it. */
export function presentConsultationDetail(actor: Actor, d: ConsultationDetail) {
  const { found, articles } = d;
  const commune = communeOf(found);
  const manage = canManageConsultations(actor, commune);
  const open = !found.consultation.closedAt;
  const comments = articles.reduce((s, a) => s + a.comments, d.general.comments);
  return {
    ...presentConsultation(found.consultation, todayVn(), { articles: articles.length, comments }),
    comments,
    communeName: found.communeName,
    articles: articles.map((a) => presentArticle(a.article, a)),
    canManage: manage,
    canComment: canEnterAnyComment(actor, commune) && open,
    organizationIds: manage ? null : ledOrganizationIds(actor, commune.id),
    synthesisNumber: d.synthesisNumber,
    generalComments: d.general.comments,
    can: {
      comment: canEnterAnyComment(actor, commune) && open,
      close: manage && open,
      issueSynthesis: manage && d.synthesisNumber === null,
    },
  };
}

type AuthorOptions = {
  organizations: { id: string; name: string; shortName: string }[];
  meetings: { id: string; title: string; date: string; type: string }[];
};

/** The pickers of the comment form: an organisation head sees only their own organisations. */
export function presentAuthorOptions(actor: Actor, found: ConsultationRow, opts: AuthorOptions) {
  const commune = communeOf(found);
  if (canManageConsultations(actor, commune)) return opts;
  const led = ledOrganizationIds(actor, commune.id);
  return { organizations: opts.organizations.filter((o) => led.includes(o.id)), meetings: opts.meetings };
}
