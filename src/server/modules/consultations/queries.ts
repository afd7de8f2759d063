import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { isAdmin, memberCommuneIds, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inIds, inSubtree, inSubtrees } from '../../db/scope-sql';
import { meetingsOfCommune, meetingTitles } from '../meetings/queries';
import { issuedNumberOf } from '../register/figures';
import { organizationRefs as organizations, unitRefs as units } from '../units/refs';
import { consultationArticles, consultationComments, consultations, type Consultation } from './schema';

export type KindCounts = { person: number; organization: number; meeting: number };
const zero = (): KindCounts => ({ person: 0, organization: 0, meeting: 0 });

/** The SQL twin of canReadConsultations: communes the actor reads or works in; undefined for an admin. */
const readable = (actor: Actor) =>
  isAdmin(actor)
    ? undefined
    : sql`(${inSubtrees(units.path, readRoots(actor))} or ${inIds(consultations.communeId, memberCommuneIds(actor))})`;

const consultationSelect = (db: Queryable) =>
  db

    .select({
      consultation: consultations,
      communePath: units.path,
      communeName: units.name,
      communeKind: units.kind,
      chairName: sql<string | null>`${units.settings}->>'chairName'`,
    })
    .from(consultations)
    .innerJoin(units, eq(units.id, consultations.communeId));

/** A consultation inside the actor's scope, with its commune; null otherwise. */
export async function findConsultationInScope(db: Queryable, actor: Actor, id: string) {
  const [row] = await consultationSelect(db)
    .where(and(eq(consultations.id, id), readable(actor)))
    .limit(1);
  return row ?? null;
}

/** A public consultation for the portal, with its commune (the portal checks `public` itself); null otherwise. */
export async function findPublicConsultation(db: Queryable, id: string) {
  const [row] = await consultationSelect(db)
    .where(and(eq(consultations.id, id), eq(consultations.public, true)))
    .limit(1);
  return row ?? null;
}

export type ConsultationRow = NonNullable<Awaited<ReturnType<typeof findConsultationInScope>>>;

/** Consultations of the communes the actor reads or works in, newest first, with article and comment counts. */
export async function listConsultations(
  db: Queryable,
  actor: Actor,
  q: { communeId?: string; status?: 'open' | 'closed'; today: string },
) {
  const scope = readable(actor);
  const status =
    q.status === 'open'
      ? and(isNull(consultations.closedAt), gte(consultations.deadline, q.today))
      : q.status === 'closed'
        ? or(isNotNull(consultations.closedAt), lt(consultations.deadline, q.today))
        : undefined;
  const rows = await db
    .select({ consultation: consultations })
    .from(consultations)
    .innerJoin(units, eq(units.id, consultations.communeId))
    .where(and(scope, status, q.communeId ? eq(consultations.communeId, q.communeId) : undefined))
    .orderBy(desc(consultations.opensOn), asc(consultations.title));
  const counts = await countsOf(
    db,
    rows.map((r) => r.consultation.id),
  );
  return rows.map((r) => ({
    consultation: r.consultation,
    ...(counts.get(r.consultation.id) ?? { articles: 0, comments: 0 }),
  }));
}

async function countsOf(db: Queryable, ids: string[]) {
  const out = new Map<string, { articles: number; comments: number }>();
  if (ids.length === 0) return out;
  const articles = await db
    .select({ id: consultationArticles.consultationId, n: sql<number>`count(*)::int` })
    .from(consultationArticles)
    .where(inArray(consultationArticles.consultationId, ids))
    .groupBy(consultationArticles.consultationId);
  const comments = await db
    .select({ id: consultationComments.consultationId, n: sql<number>`count(*)::int` })
    .from(consultationComments)
    .where(inArray(consultationComments.consultationId, ids))
    .groupBy(consultationComments.consultationId);
  for (const id of ids) out.set(id, { articles: 0, comments: 0 });
  for (const a of articles) (out.get(a.id) as { articles: number }).articles = Number(a.n);
  for (const c of comments) (out.get(c.id) as { comments: number }).comments = Number(c.n);
  return out;
}

/** The draft's articles in order, each with its comment count (total and by author kind). */
export async function articlesWithCounts(db: Queryable, consultationId: string) {
  const articles = await db
    .select()
    .from(consultationArticles)
    .where(eq(consultationArticles.consultationId, consultationId))
    .orderBy(asc(consultationArticles.position));
  const counts = await db
    .select({
      articleId: consultationComments.articleId,
      kind: consultationComments.authorKind,
      n: sql<number>`count(*)::int`,
    })
    .from(consultationComments)
    .where(eq(consultationComments.consultationId, consultationId))
    .groupBy(consultationComments.articleId, consultationComments.authorKind);
  const byArticle = new Map<string, KindCounts>();
  for (const c of counts) {
    if (c.articleId === null) continue; // on the draft as a whole: generalCounts
    const k = byArticle.get(c.articleId) ?? zero();
    k[c.kind] += Number(c.n);
    byArticle.set(c.articleId, k);
  }
  return articles.map((a) => {
    const byKind = byArticle.get(a.id) ?? zero();
    return { article: a, comments: byKind.person + byKind.organization + byKind.meeting, byKind };
  });
}

export type ArticleWithCounts = Awaited<ReturnType<typeof articlesWithCounts>>[number];

/** How many comments are on the draft as a whole (góp ý chung), in total and by author kind. */
export async function generalCounts(db: Queryable, consultationId: string) {
  const rows = await db
    .select({ kind: consultationComments.authorKind, n: sql<number>`count(*)::int` })
    .from(consultationComments)
    .where(and(eq(consultationComments.consultationId, consultationId), isNull(consultationComments.articleId)))
    .groupBy(consultationComments.authorKind);
  const byKind = zero();
  for (const r of rows) byKind[r.kind] += Number(r.n);
  return { comments: byKind.person + byKind.organization + byKind.meeting, byKind };
}

export type GeneralCounts = Awaited<ReturnType<typeof generalCounts>>;

export async function findArticleByRef(db: Queryable, consultationId: string, ref: string) {
  const [row] = await db
    .select()
    .from(consultationArticles)
    .where(and(eq(consultationArticles.consultationId, consultationId), eq(consultationArticles.ref, ref)))
    .limit(1);
  return row ?? null;
}

/**
 * Comments in the draft's order — those on the draft as a whole first, then article by article — each group as the
 * comments came, with what the synthesis prints. `articleId` null: the general comments only.
 */
export async function listComments(db: Queryable, consultationId: string, articleId?: string | null) {
  const rows = await db
    .select({
      comment: consultationComments,
      articleRef: consultationArticles.ref,
      articleHeading: consultationArticles.heading,
      position: consultationArticles.position,
      organizationName: organizations.name,
    })
    .from(consultationComments)
    .leftJoin(consultationArticles, eq(consultationArticles.id, consultationComments.articleId))
    .leftJoin(organizations, eq(organizations.id, consultationComments.organizationId))
    .where(
      and(
        eq(consultationComments.consultationId, consultationId),
        articleId === null
          ? isNull(consultationComments.articleId)
          : articleId
            ? eq(consultationComments.articleId, articleId)
            : undefined,
      ),
    )
    .orderBy(
      sql`${consultationArticles.position} asc nulls first`,
      asc(consultationComments.createdAt),
      asc(consultationComments.id),
    );
  const mts = await meetingTitles(
    db,
    rows.map((r) => r.comment.meetingId),
  );
  return rows.map((r) => {
    const m = r.comment.meetingId ? mts.get(r.comment.meetingId) : undefined;
    return { ...r, meetingTitle: m?.title ?? null, meetingDate: m?.date ?? null };
  });
}

export type CommentRow = Awaited<ReturnType<typeof listComments>>[number];

/**
 * Pickers of the comment form: the commune's active organisations and its meetings (consultation conferences first).
 */
export async function authorOptions(db: Queryable, communeId: string) {
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name, shortName: organizations.shortName })
    .from(organizations)
    .where(and(eq(organizations.communeId, communeId), eq(organizations.active, true)))
    .orderBy(asc(organizations.name));
  return { organizations: orgs, meetings: await meetingsOfCommune(db, communeId, { consultationFirst: true }) };
}

/* ---------- Portal (public) ---------- */

/** Public consultations of a commune taking comments today. */
export async function listOpenPublic(db: Queryable, communeId: string, today: string) {
  const rows = await db
    .select()
    .from(consultations)
    .where(
      and(
        eq(consultations.communeId, communeId),
        eq(consultations.public, true),
        isNull(consultations.closedAt),
        lte(consultations.opensOn, today),
        gte(consultations.deadline, today),
      ),
    )
    .orderBy(asc(consultations.deadline), asc(consultations.title));
  return rows;
}

/* ---------- Figures ---------- */

/** Consultations opened in the period inside a subtree, and their comments by author kind. */
export async function figureRows(db: Queryable, unitPath: string, from: string, to: string, consultationId?: string) {
  const where = and(
    inSubtree(consultations.unitPath, unitPath),
    consultationId
      ? eq(consultations.id, consultationId)
      : and(gte(consultations.opensOn, from), lte(consultations.opensOn, to)),
  );
  const [held] = await db.select({ n: sql<number>`count(*)::int` }).from(consultations).where(where);
  const kinds = await db
    .select({
      kind: consultationComments.authorKind,
      n: sql<number>`count(*)::int`,
      portal: sql<number>`count(*) filter (where ${consultationComments.source} = 'portal')::int`,
    })
    .from(consultationComments)
    .innerJoin(consultations, eq(consultations.id, consultationComments.consultationId))
    .where(where)
    .groupBy(consultationComments.authorKind);
  const [distinct] = await db
    .select({
      organizations: sql<number>`count(distinct ${consultationComments.organizationId})::int`,
      meetings: sql<number>`count(distinct ${consultationComments.meetingId})::int`,
      people: sql<number>`count(distinct lower(${consultationComments.author})) filter (where ${consultationComments.authorKind} = 'person')::int`,
    })
    .from(consultationComments)
    .innerJoin(consultations, eq(consultations.id, consultationComments.consultationId))
    .where(where);
  return {
    held: Number(held?.n ?? 0),
    kinds: kinds.map((k) => ({ kind: k.kind, n: Number(k.n), portal: Number(k.portal) })),
    organizations: Number(distinct?.organizations ?? 0),
    meetings: Number(distinct?.meetings ?? 0),
    people: Number(distinct?.people ?? 0),
  };
}

export type { Consultation };

/** The consultation row locked for issuing its synthesis, with the number already issued if any. */
export async function lockForSynthesis(tx: Queryable, id: string) {
  await tx.select({ id: consultations.id }).from(consultations).where(eq(consultations.id, id)).for('update');
  return issuedNumberOf(tx, 'consultation_synthesis', id);
}
