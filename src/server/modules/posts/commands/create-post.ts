import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { forbidden } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { type RawContent, resolveContent } from '../content';
import { findPostCommuneVisibleTo } from '../lookup';
import { canCreatePost, isEditorInChief } from '../policy';
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

/** What the editor sends to write a post (content not yet sanitised nor checked). */
export type CreatePostInput = RawContent & {
  communeId: string;
  kind: PostKind;
  title: string;
  status: 'draft' | 'published';
};

/**
 * Writes a post for a commune's portal: its staff and contributors write; only the standing committee
 * publishes straight away. The content is sanitised and checked (resolveContent) before it is saved.
 */
export async function createPost({ db, actor, meta }: CommandContext, input: CreatePostInput): Promise<Post> {
  const commune = await findPostCommuneVisibleTo(db, actor, input.communeId);
  if (!canCreatePost(actor, commune))
    throw forbidden({ communeId: 'Bạn không được viết bài cho cổng thông tin của xã này.' });
  if (input.status === 'published' && !isEditorInChief(actor, commune))
    throw forbidden({ status: 'Chỉ Ban Thường trực xã duyệt và đăng bài; hãy lưu nháp rồi gửi duyệt.' });
  const content = await resolveContent(db, commune.id, input);
  return insertPost(db, meta, commune, {
    kind: input.kind,
    title: content.title ?? input.title,
    body: content.body ?? '',
    summary: content.summary ?? null,
    authorName: content.authorName ?? actor.fullName,
    videoUrl: content.videoUrl ?? null,
    videoMediaId: content.videoMediaId ?? null,
    coverMediaId: content.coverMediaId ?? null,
    status: input.status,
  });
}

/**
 * Writes a post with a free slug and its folded search text; a post created as published is
 * approved by its creator. For callers that already decided: the news draft from a conference, the demo.
 */
export async function insertPost(
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
