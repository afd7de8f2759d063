import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { entryFiles, type Entry } from '../schema';

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
