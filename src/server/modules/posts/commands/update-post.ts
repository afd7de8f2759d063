import { eq } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { forbidden } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { type RawContent, resolveContent } from '../content';
import { findPostVisibleTo } from '../lookup';
import { canEditPost } from '../policy';
import { searchTextOf } from '../sanitize';
import { posts, type Post } from '../schema';
import { attachMedia } from './attach-media';
import { freeSlug, retryOnSlugClash } from './slug';

const brief = (p: Post) => ({ ...p, body: undefined, searchText: undefined, bodyLength: p.body.length });

/**
 * Changes a post's content: a contributor their own draft, the standing committee any post not archived.
 * The slug follows a new title only until the post was first published: links stay valid.
 */
export async function updatePost({ db, actor, meta }: CommandContext, id: string, raw: RawContent): Promise<Post> {
  const { post: before, commune } = await findPostVisibleTo(db, actor, id);
  if (!canEditPost(actor, commune, before))
    throw forbidden({
      id:
        before.status === 'draft'
          ? 'Bạn chỉ sửa được bài nháp của mình.'
          : 'Bài đã gửi duyệt, đã đăng hoặc lưu trữ: chỉ Ban Thường trực sửa được.',
    });
  const change = await resolveContent(db, commune.id, raw, before);
  const communePath = commune.path;
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
