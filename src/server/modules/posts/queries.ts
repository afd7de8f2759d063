import { and, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { isAdmin, memberCommuneIds, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { containsText, escapeLike, inIds, inSubtrees } from '../../db/scope-sql';
import { foldVietnamese } from '../../../lib/vi-text';
import { postMedia, posts, type PostKind, type PostStatus } from './schema';

export type PostFilter = { communeId?: string; status?: PostStatus; kind?: PostKind; q?: string };

/** The communes an actor reads, as SQL over posts (the twin of policy.canReadPosts): its subtrees, or its commune. */
export function postScopeSql(actor: Actor) {
  if (isAdmin(actor)) return undefined;
  return or(inSubtrees(posts.unitPath, readRoots(actor)), inIds(posts.communeId, memberCommuneIds(actor)));
}

/** Posts the actor may read, newest change first, without their bodies. */
export async function listPosts(db: Queryable, actor: Actor, f: PostFilter) {
  const q = f.q ? foldVietnamese(f.q) : '';
  return db
    .select({
      id: posts.id,
      communeId: posts.communeId,
      kind: posts.kind,
      title: posts.title,
      slug: posts.slug,
      summary: posts.summary,
      status: posts.status,
      authorName: posts.authorName,
      coverMediaId: posts.coverMediaId,
      publishedAt: posts.publishedAt,
      createdBy: posts.createdBy,
      createdAt: posts.createdAt,
      updatedAt: posts.updatedAt,
    })
    .from(posts)
    .where(
      and(
        postScopeSql(actor),
        f.communeId ? eq(posts.communeId, f.communeId) : undefined,
        f.status ? eq(posts.status, f.status) : undefined,
        f.kind ? eq(posts.kind, f.kind) : undefined,
        q ? containsText(posts.searchText, q) : undefined,
      ),
    )
    .orderBy(desc(posts.updatedAt))
    .limit(500);
}

/** Slugs already taken by this base or a numbered variant of it ("base", "base-2", …). */
export async function takenSlugs(db: Queryable, base: string, exceptPostId?: string) {
  const rows = await db
    .select({ slug: posts.slug, id: posts.id })
    .from(posts)
    .where(or(eq(posts.slug, base), like(posts.slug, `${escapeLike(base)}-%`)));
  return new Set(rows.filter((r) => r.id !== exceptPostId).map((r) => r.slug));
}

export async function findMedia(db: Queryable, id: string) {
  const [row] = await db.select().from(postMedia).where(eq(postMedia.id, id)).limit(1);
  return row ?? null;
}

/** Of these media ids, the ones uploaded for this commune's images. */
export async function communeImageIds(db: Queryable, communeId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: postMedia.id })
    .from(postMedia)
    .where(and(inArray(postMedia.id, ids), eq(postMedia.communeId, communeId), eq(postMedia.kind, 'image')));
  return new Set(rows.map((r) => r.id));
}

/** A media file is public when a published post carries it (in its body, as cover or as its video). */
export async function isMediaPublic(db: Queryable, media: { id: string; postId: string | null }) {
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(
      and(
        eq(posts.status, 'published'),
        or(
          media.postId ? eq(posts.id, media.postId) : sql`false`,
          eq(posts.coverMediaId, media.id),
          eq(posts.videoMediaId, media.id),
        ),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function mediaOfPost(db: Queryable, postId: string) {
  return db.select().from(postMedia).where(eq(postMedia.postId, postId)).orderBy(desc(postMedia.createdAt));
}
