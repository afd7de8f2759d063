import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A job's uploaded file waits under the storage directory (shared by every app process on the database,
 * DESIGN.md rule 9) from the request until the job ends.
 */
const inputPath = (storageDir: string, id: string) => join(storageDir, 'jobs', id);

export async function saveJobInput(storageDir: string, id: string, bytes: ArrayBuffer): Promise<void> {
  await mkdir(join(storageDir, 'jobs'), { recursive: true });
  await writeFile(inputPath(storageDir, id), new Uint8Array(bytes));
}

/** The file's bytes, or null when it is gone (removed, or a storage directory the process does not share). */
export async function readJobInput(storageDir: string, id: string): Promise<ArrayBuffer | null> {
  try {
    const buf = await readFile(inputPath(storageDir, id));
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

export async function removeJobInput(storageDir: string, id: string): Promise<void> {
  await rm(inputPath(storageDir, id), { force: true });
}
