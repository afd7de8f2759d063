import { api, ApiError } from '../../lib/api';
import type { Media } from './types';

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
