import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '@hono/zod-openapi';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { forbidden, invalid } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import {
  BadImageError,
  MAX_IMAGE_BYTES,
  MAX_VIDEO_BYTES,
  resizeImage,
  type Sniffed,
  sniff,
  type Variant,
} from '../images';
import { findPostCommuneVisibleTo } from '../lookup';
import { canCreatePost } from '../policy';
import { postMedia, type PostMedia } from '../schema';

export type MediaUpload =
  | { kind: 'image'; large: Variant; thumb: Variant; alt: string | null }
  | { kind: 'video'; mime: Extract<Sniffed, { kind: 'video' }>['mime']; bytes: Uint8Array; alt: string | null };

/** What the multipart form carried, unchecked. */
export type UploadForm = { communeId?: unknown; alt?: unknown; file?: unknown };

const fileError = (message: string) => invalid({ file: message }, message);

/**
 * An upload for a commune's posts: the commune's staff and contributors upload; the file is recognised
 * by its content (never by its name), images are resized to two WebP sizes, videos kept as sent.
 */
export async function uploadMedia(ctx: CommandContext, storageDir: string, form: UploadForm): Promise<PostMedia> {
  const { db, actor, meta } = ctx;
  const communeId = typeof form.communeId === 'string' ? form.communeId : '';
  if (!z.uuid().safeParse(communeId).success) throw invalid({ communeId: 'Mã xã không hợp lệ.' });
  const alt = typeof form.alt === 'string' ? form.alt.trim().normalize('NFC') : '';
  if (alt.length > 300) throw invalid({ alt: 'Mô tả ảnh tối đa 300 ký tự.' });
  const file = form.file;
  if (!(file instanceof File) || file.size === 0)
    throw fileError('Chọn một tệp ảnh (JPEG, PNG, WebP) hoặc video (MP4, WebM).');
  const commune = await findPostCommuneVisibleTo(db, actor, communeId);
  if (!canCreatePost(actor, commune))
    throw forbidden({ communeId: 'Bạn không được tải tệp lên cổng thông tin của xã này.' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = sniff(bytes);
  if (!kind) throw fileError('Tệp không phải ảnh JPEG, PNG, WebP hay video MP4, WebM (kiểm tra theo nội dung tệp).');
  if (kind.kind === 'video') {
    if (bytes.length > MAX_VIDEO_BYTES) throw fileError('Video tối đa 200 MB.');
    return storeMedia(db, meta, storageDir, commune, { kind: 'video', mime: kind.mime, bytes, alt: alt || null });
  }
  if (bytes.length > MAX_IMAGE_BYTES) throw fileError('Ảnh tối đa 10 MB.');
  let sizes: Awaited<ReturnType<typeof resizeImage>>;
  try {
    sizes = await resizeImage(bytes);
  } catch (e) {
    if (e instanceof BadImageError) throw fileError('Không đọc được ảnh: tệp hỏng hoặc không đúng định dạng.');
    throw e;
  }
  return storeMedia(db, meta, storageDir, commune, { kind: 'image', ...sizes, alt: alt || null });
}

/**
 * Writes the files under storageDir/posts/<commune>/ (images as their two WebP sizes, videos as sent),
 * then records them with an audit row; the files are removed when the row is not written.
 */
async function storeMedia(
  db: Db,
  meta: RequestMeta,
  storageDir: string,
  commune: { id: string; path: string },
  upload: MediaUpload,
): Promise<PostMedia> {
  const dir = join('posts', commune.id);
  mkdirSync(join(storageDir, dir), { recursive: true });
  const stem = randomUUID();
  const written: string[] = [];
  const put = (name: string, data: Uint8Array) => {
    const key = join(dir, name);
    writeFileSync(join(storageDir, key), data);
    written.push(join(storageDir, key));
    return key;
  };
  try {
    let values: typeof postMedia.$inferInsert;
    if (upload.kind === 'image') {
      const largeKey = put(`${stem}-large.webp`, upload.large.data);
      const thumbKey = put(`${stem}-thumb.webp`, upload.thumb.data);
      values = {
        communeId: commune.id,
        kind: 'image',
        storageKey: largeKey,
        mime: 'image/webp',
        bytes: upload.large.data.length,
        width: upload.large.width,
        height: upload.large.height,
        variants: {
          thumb: {
            key: thumbKey,
            width: upload.thumb.width,
            height: upload.thumb.height,
            bytes: upload.thumb.data.length,
          },
        },
        alt: upload.alt,
        createdBy: meta.actorId,
      };
    } else {
      const key = put(`${stem}.${upload.mime === 'video/mp4' ? 'mp4' : 'webm'}`, upload.bytes);
      values = {
        communeId: commune.id,
        kind: 'video',
        storageKey: key,
        mime: upload.mime,
        bytes: upload.bytes.length,
        alt: upload.alt,
        createdBy: meta.actorId,
      };
    }
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(postMedia).values(values).returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, meta, {
        action: 'post_media.upload',
        entity: 'post_media',
        entityId: row.id,
        communeId: commune.id,
        scopePath: commune.path,
        after: { kind: row.kind, mime: row.mime, bytes: row.bytes, width: row.width, height: row.height },
      });
      return row;
    });
  } catch (e) {
    for (const f of written) rmSync(f, { force: true });
    throw e;
  }
}
