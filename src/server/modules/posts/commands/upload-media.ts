import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Sniffed, Variant } from '../images';
import { postMedia, type PostMedia } from '../schema';

export type MediaUpload =
  | { kind: 'image'; large: Variant; thumb: Variant; alt: string | null }
  | { kind: 'video'; mime: Extract<Sniffed, { kind: 'video' }>['mime']; bytes: Uint8Array; alt: string | null };

/**
 * Writes the files under storageDir/posts/<commune>/ (images as their two WebP sizes, videos as sent),
 * then records them with an audit row; the files are removed when the row is not written.
 */
export async function uploadMedia(
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
