import { api, ApiError, type ApiItem, type ApiSchema } from '../../lib/api';

/* ---------- Shapes (generated from the OpenAPI document) ---------- */

export type PostRow = ApiSchema<'PostRow'>;
export type PostKind = PostRow['kind'];
export type PostStatus = PostRow['status'];
/** A post with its body and what the caller may do (`can`, `next`: every route sends them). */
export type Post = ApiSchema<'Post'>;
export type PostCan = ApiSchema<'PostCan'>;
/** A commune in the editor's picker, with whether the caller may write (canCreate) and publish there. */
export type PostCommune = ApiItem<'/api/v1/posts/communes', 'get'>;
// POST /posts/media is a plain multipart route outside the OpenAPI document, so its answer is typed here.
export type Media = {
  id: string;
  kind: 'image' | 'video';
  url: string;
  thumbUrl: string | null;
  width: number | null;
  height: number | null;
};

/* ---------- Query keys ---------- */

export const postKeys = {
  communes: ['post-communes'] as const,
  /** Every list: invalidate after a write. */
  lists: ['posts'] as const,
  list: (params: URLSearchParams) => ['posts', params.toString()] as const,
  detail: (id: string | null) => ['post', id] as const,
  preview: (communeId: string, body: string) => ['post-preview', communeId, body] as const,
};

/* ---------- Fetchers ---------- */

export const fetchPostCommunes = () => api<{ items: PostCommune[] }>('GET', '/posts/communes').then((r) => r.items);
export const fetchPosts = (params: URLSearchParams) =>
  api<{ items: PostRow[] }>('GET', `/posts?${params.toString()}`).then((r) => r.items);
export const fetchPost = (id: string) => api<Post>('GET', `/posts/${id}`);
/** The body as the portal would show it, sanitised by the server. */
export const previewBody = (communeId: string, body: string) =>
  api<{ body: string }>('POST', '/posts/preview', { communeId, body }).then((r) => r.body);

export const createPost = (body: unknown) => api<Post>('POST', '/posts', body);
export const updatePost = (id: string, body: unknown) => api<Post>('PATCH', `/posts/${id}`, body);
export const movePost = (id: string, to: PostStatus) => api<Post>('POST', `/posts/${id}/transitions`, { to });

const MAX = { image: 10 * 1024 * 1024, video: 200 * 1024 * 1024 };

/** Sends one image or video for the commune's posts; the server checks the content and resizes images. */
export async function uploadMedia(file: File, communeId: string, alt?: string): Promise<Media> {
  const isVideo = file.type.startsWith('video/');
  if (file.size > (isVideo ? MAX.video : MAX.image))
    throw new Error(isVideo ? 'Video tối đa 200 MB.' : 'Ảnh tối đa 10 MB.');
  const fd = new FormData();
  fd.set('file', file);
  fd.set('communeId', communeId);
  if (alt) fd.set('alt', alt);
  try {
    return await api<Media>('POST', '/posts/media', fd);
  } catch (e) {
    if (e instanceof ApiError) throw new Error(e.fields.file ?? Object.values(e.fields)[0] ?? e.message);
    throw e;
  }
}
