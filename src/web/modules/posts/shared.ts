export const POST_KINDS = ['news', 'announcement', 'video'] as const;
export const POST_STATUSES = ['draft', 'pending', 'published', 'archived'] as const;
export type PostKind = (typeof POST_KINDS)[number];
export type PostStatus = (typeof POST_STATUSES)[number];

// TODO(api-schema): the server answers anyJson here; derive from lib/api-types.ts once it declares the schema.
export type PostCommune = { id: string; name: string; kind: string; canCreate: boolean; canPublish: boolean };
// TODO(api-schema)
export type PostRow = {
  id: string;
  communeId: string;
  kind: PostKind;
  title: string;
  slug: string;
  summary: string | null;
  status: PostStatus;
  authorName: string | null;
  coverThumbUrl: string | null;
  publicUrl: string | null;
  publishedAt: string | null;
  updatedAt: string;
};
// TODO(api-schema)
export type Post = PostRow & {
  body: string;
  videoUrl: string | null;
  videoMediaId: string | null;
  videoFileUrl: string | null;
  coverMediaId: string | null;
  canEdit: boolean;
  next: PostStatus[];
};
// TODO(api-schema)
export type Media = {
  id: string;
  kind: 'image' | 'video';
  url: string;
  thumbUrl: string | null;
  width: number | null;
  height: number | null;
};

export const STATUS_COLORS: Record<PostStatus, string> = {
  draft: 'default',
  pending: 'gold',
  published: 'green',
  archived: 'purple',
};
