import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { searchTextOf } from '../sanitize';
import { posts, type Post, type PostKind, type PostStatus } from '../schema';
import { attachMedia } from './attach-media';
import { freeSlug, retryOnSlugClash } from './slug';

export type PostContent = {
  kind: PostKind;
  title: string;
  summary: string | null;
  /** Already sanitised (sanitizeBody). */
  body: string;
  authorName: string | null;
  videoUrl: string | null;
  videoMediaId: string | null;
  coverMediaId: string | null;
};

export type NewPost = PostContent & {
  status: Extract<PostStatus, 'draft' | 'pending' | 'published'>;
  sourceMeetingId?: string | null;
  sourceReportId?: string | null;
};

/**
 * Writes a post with a free slug and its folded search text; a post created as published is
 * approved by its creator. Other modules (the news draft from a conference) call this too.
 */
export async function createPost(
  db: Db,
  meta: RequestMeta,
  commune: { id: string; path: string },
  input: NewPost,
): Promise<Post> {
  return retryOnSlugClash(() =>
    db.transaction(async (tx) => {
      const published = input.status === 'published';
      const [row] = await tx
        .insert(posts)
        .values({
          ...input,
          communeId: commune.id,
          unitPath: commune.path,
          slug: await freeSlug(tx, input.title),
          searchText: searchTextOf(input.title, input.summary, input.body),
          publishedAt: published ? new Date() : null,
          approvedBy: published ? meta.actorId : null,
          createdBy: meta.actorId,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await attachMedia(tx, row);
      await recordAudit(tx, meta, {
        action: 'post.create',
        entity: 'post',
        entityId: row.id,
        communeId: commune.id,
        scopePath: commune.path,
        after: { ...row, body: undefined, searchText: undefined },
      });
      return row;
    }),
  );
}
