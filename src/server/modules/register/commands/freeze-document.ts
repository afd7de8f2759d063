import { eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/client';
import type { OfficialDocument } from '../../documents/model';
import { outgoingDocuments } from '../schema';

/**
 * Keeps the document exactly as issued with its register entry, inside the issuing transaction
 * (the number is in the document, so it is frozen right after `takeNumber`). What is issued is no longer a draft:
 * the "DỰ THẢO" mark its builder gave the unnumbered version is taken off.
 */
export async function freezeDocument(tx: Queryable, entryId: string, document: OfficialDocument): Promise<void> {
  const issued: OfficialDocument = { ...document };
  delete issued.draft;
  await tx.update(outgoingDocuments).set({ snapshot: issued }).where(eq(outgoingDocuments.id, entryId));
}
