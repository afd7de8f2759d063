import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { unitRefs } from '../units/refs';
import { findUnit } from '../units/queries';
import type { Unit } from '../units/schema';
import { canReadPosts } from './policy';
import { postScopeSql } from './queries';
import { posts } from './schema';

/** A post with its commune when the reader reads that commune's posts (scope in the WHERE clause); 404 otherwise. */
export async function findPostVisibleTo(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ post: posts, communePath: unitRefs.path })
    .from(posts)
    .innerJoin(unitRefs, eq(unitRefs.id, posts.communeId))
    .where(and(eq(posts.id, id), postScopeSql(actor)))
    .limit(1);
  if (!row) throw notFound('Bài viết');
  return { post: row.post, commune: { id: row.post.communeId, path: row.communePath } };
}

/** The commune named in a request field when the reader reads its posts; an unknown reference otherwise. */
export async function findPostCommuneVisibleTo(db: Queryable, actor: Actor, id: string): Promise<Unit> {
  const commune = await findUnit(db, id);
  if (commune?.level !== 'commune' || !canReadPosts(actor, commune)) throw unknownReference('communeId', 'Xã');
  return commune;
}
