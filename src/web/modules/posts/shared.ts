import type { PostKind, PostStatus } from './api';

export const POST_KINDS = ['news', 'announcement', 'video'] as const satisfies PostKind[];
export const POST_STATUSES = ['draft', 'pending', 'published', 'archived'] as const satisfies PostStatus[];

export const STATUS_COLORS: Record<PostStatus, string> = {
  draft: 'default',
  pending: 'gold',
  published: 'green',
  archived: 'purple',
};
