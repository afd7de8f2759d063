import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { metaOf } from '../../core/actor';
import { AppError, forbidden, invalid, unknownReference } from '../../core/errors';
import { authenticate } from '../../http/auth';
import type { AppDeps, AppEnv } from '../../http/env';
import { actorOf, createRouter } from '../../http/router';
import { findUnit } from '../units/queries';
import { uploadMedia } from './commands/upload-media';
import { BadImageError, MAX_IMAGE_BYTES, MAX_VIDEO_BYTES, resizeImage, sniff } from './images';
import { canCreatePost, canReadPosts } from './policy';
import { presentMedia } from './present';
import { findMedia, isMediaPublic } from './queries';
import type { PostMedia } from './schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fileError = (message: string) => invalid({ file: message }, message);

/** Byte range of a "Range: bytes=a-b" header over a file of `size` bytes; null = whole file or unusable header. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null {
  const m = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start <= end && start < size ? { start, end } : null;
}

function serveFile(c: Context<AppEnv>, path: string, mime: string, cache: string) {
  const size = statSync(path).size;
  const range = mime.startsWith('video/') ? byteRange(c.req.header('range'), size) : null;
  const headers: Record<string, string> = {
    'Content-Type': mime,
    'Cache-Control': cache,
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
  };
  const from = range ?? { start: 0, end: size - 1 };
  const stream = Readable.toWeb(createReadStream(path, from)) as ReadableStream<Uint8Array>;
  headers['Content-Length'] = String(from.end - from.start + 1);
  if (range) headers['Content-Range'] = `bytes ${range.start}-${range.end}/${size}`;
  return c.body(stream, range ? 206 : 200, headers);
}

/** Uploads for posts (images resized, videos kept) and the files behind /media/{id}/{variant}. */
export function mediaRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.post(
    '/api/v1/posts/media',
    bodyLimit({
      maxSize: MAX_VIDEO_BYTES + 1024 * 1024,
      onError: () => {
        throw fileError('Tệp quá lớn: ảnh tối đa 10 MB, video tối đa 200 MB.');
      },
    }),
    async (c) => {
      const actor = actorOf(c);
      const form = await c.req.parseBody().catch(() => {
        throw new AppError(
          400,
          'bad_request',
          'Cần gửi dạng multipart/form-data: tệp (trường "file") và mã xã (communeId).',
        );
      });
      const communeId = typeof form.communeId === 'string' ? form.communeId : '';
      if (!z.uuid().safeParse(communeId).success) throw invalid({ communeId: 'Mã xã không hợp lệ.' });
      const alt = typeof form.alt === 'string' ? form.alt.trim().normalize('NFC') : '';
      if (alt.length > 300) throw invalid({ alt: 'Mô tả ảnh tối đa 300 ký tự.' });
      const file = form.file;
      if (!(file instanceof File) || file.size === 0)
        throw fileError('Chọn một tệp ảnh (JPEG, PNG, WebP) hoặc video (MP4, WebM).');
      const commune = await findUnit(db, communeId);
      if (commune?.level !== 'commune' || !canReadPosts(actor, commune))
        throw unknownReference('communeId', 'Xã');
      if (!canCreatePost(actor, commune))
        throw forbidden({ communeId: 'Bạn không được tải tệp lên cổng thông tin của xã này.' });

      const bytes = new Uint8Array(await file.arrayBuffer());
      const kind = sniff(bytes);
      if (!kind)
        throw fileError('Tệp không phải ảnh JPEG, PNG, WebP hay video MP4, WebM (kiểm tra theo nội dung tệp).');
      const meta = metaOf(actor, c.get('ip'));
      let row: PostMedia;
      if (kind.kind === 'image') {
        if (bytes.length > MAX_IMAGE_BYTES) throw fileError('Ảnh tối đa 10 MB.');
        let sizes;
        try {
          sizes = await resizeImage(bytes);
        } catch (e) {
          if (e instanceof BadImageError) throw fileError('Không đọc được ảnh: tệp hỏng hoặc không đúng định dạng.');
          throw e;
        }
        row = await uploadMedia(db, meta, deps.storageDir, commune, { kind: 'image', ...sizes, alt: alt || null });
      } else {
        if (bytes.length > MAX_VIDEO_BYTES) throw fileError('Video tối đa 200 MB.');
        row = await uploadMedia(db, meta, deps.storageDir, commune, {
          kind: 'video',
          mime: kind.mime,
          bytes,
          alt: alt || null,
        });
      }
      return c.json(presentMedia(row), 201);
    },
  );

  // Public when a published post shows the file (cached for a year: a file never changes under its id);
  // otherwise only for staff who read the commune (the editor's preview), never cached.
  app.use('/media/*', authenticate(deps));
  app.get('/media/:id/:variant', async (c) => {
    const { id, variant } = c.req.param();
    const m =
      UUID.test(id) && (variant === 'large' || variant === 'thumb') ? await findMedia(db, id.toLowerCase()) : null;
    const key = m ? (variant === 'large' ? m.storageKey : m.variants.thumb?.key) : undefined;
    if (!m || !key || !existsSync(join(deps.storageDir, key))) return c.text('Không tìm thấy tệp.', 404);
    if (await isMediaPublic(db, m))
      return serveFile(c, join(deps.storageDir, key), m.mime, 'public, max-age=31536000, immutable');
    const actor = c.get('actor');
    const commune = actor ? await findUnit(db, m.communeId) : null;
    if (!actor || !commune || !canReadPosts(actor, commune)) return c.text('Không tìm thấy tệp.', 404);
    return serveFile(c, join(deps.storageDir, key), m.mime, 'private, no-store');
  });

  return app;
}
