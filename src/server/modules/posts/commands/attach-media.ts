import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../../../db/client';
import { mediaIdsIn } from '../sanitize';
import { postMedia, type Post } from '../schema';

/** Uploads the post shows (body images, cover, video) become the post's, so they are public exactly when it is. */
export async function attachMedia(tx: Queryable, post: Post): Promise<void> {
  const ids = [
    ...new Set([...mediaIdsIn(post.body), post.coverMediaId, post.videoMediaId].filter((x): x is string => !!x)),
  ];
  if (ids.length === 0) return;
  await tx
    .update(postMedia)
    .set({ postId: post.id })
    .where(and(inArray(postMedia.id, ids), eq(postMedia.communeId, post.communeId), isNull(postMedia.postId)));
}
