import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { searchTextOf } from '../sanitize';
import { posts, type Post } from '../schema';
import { attachMedia } from './attach-media';
import type { PostContent } from './create-post';
import { freeSlug, retryOnSlugClash } from './slug';

const brief = (p: Post) => ({ ...p, body: undefined, searchText: undefined, bodyLength: p.body.length });

/** Changes a post's content. The slug follows a new title only until the post was first published: links stay valid. */
export async function updatePost(
  db: Db,
  meta: RequestMeta,
  before: Post,
  communePath: string,
  change: Partial<PostContent>,
): Promise<Post> {
  return retryOnSlugClash(() =>
    db.transaction(async (tx) => {
      const next = { ...before, ...change };
      const reslug = change.title !== undefined && change.title !== before.title && before.publishedAt === null;
      const [row] = await tx
        .update(posts)
        .set({
          ...change,
          slug: reslug ? await freeSlug(tx, next.title, before.id) : before.slug,
          searchText: searchTextOf(next.title, next.summary, next.body),
          updatedAt: new Date(),
        })
        .where(eq(posts.id, before.id))
        .returning();
      if (!row) throw new Error('update returned nothing');
      await attachMedia(tx, row);
      await recordAudit(tx, meta, {
        action: 'post.update',
        entity: 'post',
        entityId: row.id,
        communeId: row.communeId,
        scopePath: communePath,
        before: brief(before),
        after: brief(row),
      });
      return row;
    }),
  );
}
