import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { invalid } from '../../core/errors';
import { authenticate } from '../../http/auth';
import { commandContext } from '../../http/context';
import { readForm } from '../../http/multipart';
import type { AppDeps, AppEnv } from '../../http/env';
import { createRouter } from '../../http/router';
import { uploadMedia } from './commands/upload-media';
import { MAX_VIDEO_BYTES } from './images';
import { mediaFileFor } from './media-access';
import { presentMedia } from './present';

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
      const form = await readForm(c, 'Cần gửi dạng multipart/form-data: tệp (trường "file") và mã xã (communeId).');
      const row = await uploadMedia(commandContext(c, db), deps.storageDir, form);
      return c.json(presentMedia(row), 201);
    },
  );

  // Public when a published post shows the file; otherwise only for staff who read the commune (media-access.ts).
  app.use('/media/*', authenticate(deps));
  app.get('/media/:id/:variant', async (c) => {
    const { id, variant } = c.req.param();
    const file = await mediaFileFor(db, c.get('actor'), deps.storageDir, id, variant);
    if (!file) return c.text('Không tìm thấy tệp.', 404);
    return serveFile(c, file.path, file.mime, file.cache);
  });

  return app;
}
