import { and, eq } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden } from '../../../core/errors';
import { type AuditAction, recordAudit } from '../../audit/record-audit';
import { findPostVisibleTo } from '../lookup';
import { canMovePost, TRANSITIONS } from '../policy';
import { posts, type Post, type PostStatus } from '../schema';

const ACTIONS: Record<PostStatus, AuditAction> = {
  pending: 'post.submit',
  published: 'post.publish',
  archived: 'post.archive',
  draft: 'post.unpublish',
};
const NAMES: Record<PostStatus, string> = {
  draft: 'bản nháp',
  pending: 'chờ duyệt',
  published: 'đã đăng',
  archived: 'lưu trữ',
};

/**
 * One step of the lifecycle (policy.TRANSITIONS). The update is conditional on the status read, so two
 * people approving at once give one publication and one 409. Publishing stamps the date and the approver.
 */
export async function movePost({ db, actor, meta }: CommandContext, id: string, to: PostStatus): Promise<Post> {
  const { post: before, commune } = await findPostVisibleTo(db, actor, id);
  if (!canMovePost(actor, commune, before, to)) {
    throw forbidden({
      to:
        to === 'published' || to === 'archived'
          ? 'Chỉ Ban Thường trực xã duyệt, đăng và lưu trữ bài.'
          : 'Bạn chỉ gửi duyệt hoặc rút lại bài của mình.',
    });
  }
  const communePath = commune.path;
  if (!TRANSITIONS[before.status].includes(to)) {
    throw conflict(
      'invalid_transition',
      `Bài đang ở trạng thái "${NAMES[before.status]}", không chuyển sang "${NAMES[to]}" được.`,
      {
        to: `Từ "${NAMES[before.status]}" chỉ chuyển được sang: ${TRANSITIONS[before.status].map((s) => NAMES[s]).join(', ')}.`,
      },
    );
  }
  return db.transaction(async (tx) => {
    const publish = to === 'published';
    const [row] = await tx
      .update(posts)
      .set({
        status: to,
        updatedAt: new Date(),
        ...(publish ? { publishedAt: new Date(), approvedBy: meta.actorId } : {}),
      })
      .where(and(eq(posts.id, before.id), eq(posts.status, before.status)))
      .returning();
    if (!row)
      throw conflict('invalid_transition', 'Bài vừa được người khác chuyển trạng thái; tải lại để xem.', {
        to: 'Trạng thái đã thay đổi.',
      });
    await recordAudit(tx, meta, {
      action: ACTIONS[to],
      entity: 'post',
      entityId: row.id,
      communeId: row.communeId,
      scopePath: communePath,
      before: { status: before.status },
      after: { status: row.status, publishedAt: row.publishedAt },
    });
    return row;
  });
}
