import type { Post, PostMedia, PostStatus } from './schema';
import { videoEmbed } from './video';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
export const mediaUrl = (id: string, variant: 'large' | 'thumb' = 'large') => `/media/${id}/${variant}`;

type ListRow = Pick<
  Post,
  | 'id'
  | 'communeId'
  | 'kind'
  | 'title'
  | 'slug'
  | 'summary'
  | 'status'
  | 'authorName'
  | 'coverMediaId'
  | 'publishedAt'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
>;

export function presentPostRow(p: ListRow) {
  return {
    id: p.id,
    communeId: p.communeId,
    kind: p.kind,
    title: p.title,
    slug: p.slug,
    summary: p.summary,
    status: p.status,
    authorName: p.authorName,
    coverMediaId: p.coverMediaId,
    coverThumbUrl: p.coverMediaId ? mediaUrl(p.coverMediaId, 'thumb') : null,
    publicUrl: p.status === 'published' ? `/tin-tuc/${p.slug}` : null,
    publishedAt: iso(p.publishedAt),
    createdBy: p.createdBy,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  };
}

export type PostCan = {
  edit: boolean;
  submit: boolean;
  approve: boolean;
  publish: boolean;
  archive: boolean;
  unpublish: boolean;
};

export function presentPost(p: Post, extra: { canEdit?: boolean; next?: PostStatus[]; can?: PostCan } = {}) {
  return {
    ...presentPostRow(p),
    body: p.body,
    videoUrl: p.videoUrl,
    videoEmbedUrl: p.videoUrl ? (videoEmbed(p.videoUrl)?.embedUrl ?? null) : null,
    videoMediaId: p.videoMediaId,
    videoFileUrl: p.videoMediaId ? mediaUrl(p.videoMediaId) : null,
    sourceMeetingId: p.sourceMeetingId,
    sourceReportId: p.sourceReportId,
    approvedBy: p.approvedBy,
    ...extra,
  };
}

export function presentMedia(m: PostMedia) {
  return {
    id: m.id,
    communeId: m.communeId,
    postId: m.postId,
    kind: m.kind,
    mime: m.mime,
    bytes: m.bytes,
    width: m.width,
    height: m.height,
    alt: m.alt,
    url: mediaUrl(m.id),
    thumbUrl: m.variants.thumb ? mediaUrl(m.id, 'thumb') : null,
    variants: Object.fromEntries(
      Object.entries(m.variants).map(([k, v]) => [k, { width: v.width, height: v.height, bytes: v.bytes }]),
    ),
  };
}

/** A commune in the editor's picker, with what the reader may do there. */
export function presentPostCommune(
  u: { id: string; name: string; kind: string },
  can: { create: boolean; publish: boolean },
) {
  return { id: u.id, name: u.name, kind: u.kind, canCreate: can.create, canPublish: can.publish };
}
