import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { forbidden, invalid } from '../../../core/errors';
import type { CommandContext } from '../../../core/command';
import { recordAudit } from '../../audit/record-audit';
import { BadImageError, MAX_IMAGE_BYTES, resizeImage, sniff } from '../../posts/images';
import { findCaseVisibleTo } from '../lookup';
import { canAddPhoto } from '../policy';
import { effectiveStage } from '../rules';
import { type HousingStage, housingPhotos, housingStages } from '../schema';

export type PhotoForm = { stage?: unknown; caption?: unknown; file?: unknown };

const fileError = (message: string) => invalid({ file: message }, message);

/**
 * A photo of the house at a stage (the case's current stage unless named): recognised by its content (JPEG, PNG,
 * WebP; never by its name), at most 10 MB, stored as two WebP sizes without metadata (no GPS) under
 * storage/housing/<commune>/. The case is found first, so an unknown case is a 404 whatever was sent.
 */
export async function addPhoto(
  { db, actor, meta }: CommandContext,
  storageDir: string,
  caseId: string,
  readForm: () => Promise<PhotoForm>,
) {
  const { case: c, commune } = await findCaseVisibleTo(db, actor, caseId);
  if (!canAddPhoto(actor, commune, c)) throw forbidden({ file: 'Bạn không được thêm ảnh cho hồ sơ này.' });
  const form = await readForm();
  const stageIn = typeof form.stage === 'string' && form.stage !== '' ? form.stage : effectiveStage(c);
  if (!(housingStages as readonly string[]).includes(stageIn))
    throw invalid({ stage: 'Bước: surveyed, approved, building, handed_over hoặc paused.' });
  const caption = typeof form.caption === 'string' ? form.caption.trim().normalize('NFC') : '';
  if (caption.length > 300) throw invalid({ caption: 'Chú thích ảnh tối đa 300 ký tự.' });
  const file = form.file;
  if (!(file instanceof File) || file.size === 0) throw fileError('Chọn một tệp ảnh (JPEG, PNG hoặc WebP).');
  if (file.size > MAX_IMAGE_BYTES) throw fileError('Ảnh tối đa 10 MB.');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (sniff(bytes)?.kind !== 'image')
    throw fileError('Tệp không phải ảnh JPEG, PNG hay WebP (kiểm tra theo nội dung tệp).');
  let sizes: Awaited<ReturnType<typeof resizeImage>>;
  try {
    sizes = await resizeImage(bytes);
  } catch (e) {
    if (e instanceof BadImageError) throw fileError('Không đọc được ảnh: tệp hỏng hoặc không đúng định dạng.');
    throw e;
  }
  const dir = join('housing', c.communeId);
  mkdirSync(join(storageDir, dir), { recursive: true });
  const stem = randomUUID();
  const largeKey = join(dir, `${stem}-large.webp`);
  const thumbKey = join(dir, `${stem}-thumb.webp`);
  writeFileSync(join(storageDir, largeKey), sizes.large.data);
  writeFileSync(join(storageDir, thumbKey), sizes.thumb.data);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(housingPhotos)
        .values({
          caseId: c.id,
          communeId: c.communeId,
          stage: stageIn as HousingStage,
          storageKey: largeKey,
          thumbKey,
          width: sizes.large.width,
          height: sizes.large.height,
          bytes: sizes.large.data.length,
          caption: caption || null,
          createdBy: meta.actorId,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, meta, {
        action: 'housing_photo.add',
        entity: 'housing_case',
        entityId: c.id,
        communeId: c.communeId,
        scopePath: c.unitPath,
        after: { photoId: row.id, stage: row.stage, bytes: row.bytes, width: row.width, height: row.height },
      });
      return row;
    });
  } catch (e) {
    for (const k of [largeKey, thumbKey]) rmSync(join(storageDir, k), { force: true });
    throw e;
  }
}
