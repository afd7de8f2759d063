import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { invalid } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { entryFiles, type Entry } from '../schema';
import { changeableEntry } from './record-entry';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
const FILE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);

/** Evidence (a photo or a PDF up to 10 MB) is attached by whoever may change the entry. */
export async function attachResultEvidence(
  ctx: CommandContext,
  input: { entryId: string; storageDir: string; form: () => Promise<Record<string, unknown>> },
) {
  const entry = await changeableEntry(ctx, input.entryId);
  const file = (await input.form()).file;
  if (!(file instanceof File)) throw invalid({ file: 'Chọn một tệp ảnh hoặc PDF.' });
  if (!FILE_TYPES.has(file.type)) throw invalid({ file: 'Chỉ nhận ảnh (JPEG, PNG, WebP) hoặc PDF.' });
  if (file.size > MAX_EVIDENCE_BYTES) throw invalid({ file: 'Tệp tối đa 10 MB.' });
  return attachEvidence(ctx.db, ctx.meta, input.storageDir, entry, {
    name: file.name.slice(0, 200) || 'tep',
    type: file.type,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
}

/** Stores the file under storageDir/<commune>/, then records it; the file is removed if the row is not. */
export async function attachEvidence(
  db: Db,
  meta: RequestMeta,
  storageDir: string,
  entry: Entry,
  file: { name: string; type: string; bytes: Uint8Array },
) {
  const key = join(entry.communeId, `${randomUUID()}`);
  const path = join(storageDir, key);
  mkdirSync(join(storageDir, entry.communeId), { recursive: true });
  writeFileSync(path, file.bytes);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(entryFiles)
        .values({
          entryId: entry.id,
          communeId: entry.communeId,
          fileName: file.name,
          contentType: file.type,
          size: file.bytes.length,
          storageKey: key,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, meta, {
        action: 'entry.attach_evidence',
        entity: 'entry',
        entityId: entry.id,
        communeId: entry.communeId,
        scopePath: entry.unitPath,
        after: { fileId: row.id, fileName: row.fileName, size: row.size },
      });
      return row;
    });
  } catch (e) {
    rmSync(path, { force: true });
    throw e;
  }
}
