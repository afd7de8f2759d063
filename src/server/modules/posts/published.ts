import { foldVietnamese } from '../../../lib/vi-text';
import { and, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { containsText } from '../../db/scope-sql';
import { unitRefs } from '../units/refs';
import { type PostKind, posts } from './schema';

// The public portal's reads. Everything here reads published posts only: the portal never shows a draft, a pending
// or an archived post.
const published = eq(posts.status, 'published');

/** The columns a list item needs; the start of the body stands in for a missing summary. */
const listColumns = {
  id: posts.id,
  communeId: posts.communeId,
  kind: posts.kind,
  title: posts.title,
  slug: posts.slug,
  summary: posts.summary,
  bodyStart: sql<string>`left(${posts.body}, 1500)`,
  coverMediaId: posts.coverMediaId,
  publishedAt: posts.publishedAt,
};
export type PublicPostItem = {
  id: string;
  communeId: string;
  kind: PostKind;
  title: string;
  slug: string;
  summary: string | null;
  bodyStart: string;
  coverMediaId: string | null;
  publishedAt: Date | null;
};

/** A page of a commune's published posts of one kind, newest first. */
export async function publishedPosts(
  db: Queryable,
  communeId: string,
  kind: PostKind | null,
  limit: number,
  offset = 0,
): Promise<PublicPostItem[]> {
  return db
    .select(listColumns)
    .from(posts)
    .where(and(eq(posts.communeId, communeId), published, kind ? eq(posts.kind, kind) : undefined))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit)
    .offset(offset);
}

export async function countPublished(db: Queryable, communeId: string, kind: PostKind | null) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(posts)
    .where(and(eq(posts.communeId, communeId), published, kind ? eq(posts.kind, kind) : undefined));
  return Number(row?.n ?? 0);
}

/** A published post by its slug, with its commune. */
export async function findPublishedPost(db: Queryable, slug: string) {
  const [row] = await db
    .select({ post: posts, commune: unitRefs })
    .from(posts)
    .innerJoin(unitRefs, eq(unitRefs.id, posts.communeId))
    .where(and(eq(posts.slug, slug), published))
    .limit(1);
  return row ?? null;
}

/** Other recent posts of the commune, for "Tin khác" under an article. */
export async function otherPublished(
  db: Queryable,
  communeId: string,
  exceptId: string,
  limit: number,
): Promise<PublicPostItem[]> {
  return db
    .select(listColumns)
    .from(posts)
    .where(and(eq(posts.communeId, communeId), published, ne(posts.id, exceptId)))
    .orderBy(desc(posts.publishedAt))
    .limit(limit);
}

/** One page of a commune's published posts of a kind, with how many there are in all. */
export async function publishedPage(db: Queryable, communeId: string, kind: PostKind, page: number, size: number) {
  const [items, total] = await Promise.all([
    publishedPosts(db, communeId, kind, size, (page - 1) * size),
    countPublished(db, communeId, kind),
  ]);
  return { items, total };
}

/**
 * A page of published posts whose folded text holds every word of the query (diacritics ignored, at most
 * eight words); one commune or all. An empty query finds nothing.
 */
export async function searchPublished(db: Queryable, communeId: string | null, q: string, page: number, size: number) {
  const words = foldVietnamese(q).split(' ').filter(Boolean).slice(0, 8);
  if (words.length === 0) return { rows: [] as PublicPostItem[], total: 0 };
  const [limit, offset] = [size, (page - 1) * size];
  const where: SQL[] = [published, ...words.map((w) => containsText(posts.searchText, w))];
  if (communeId) where.push(eq(posts.communeId, communeId));
  const [rows, [count]] = await Promise.all([
    db
      .select(listColumns)
      .from(posts)
      .where(and(...where))
      .orderBy(desc(posts.publishedAt))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(posts)
      .where(and(...where)),
  ]);
  return { rows: rows as PublicPostItem[], total: Number(count?.n ?? 0) };
}

/** Every published post's address and last change, for the sitemap. */
export async function publishedSlugs(db: Queryable) {
  return db
    .select({ slug: posts.slug, updatedAt: posts.updatedAt })
    .from(posts)
    .where(published)
    .orderBy(desc(posts.publishedAt))
    .limit(45_000);
}
