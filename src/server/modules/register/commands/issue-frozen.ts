import type { RequestMeta } from '../../../core/actor';
import type { Queryable } from '../../../db/client';
import type { OfficialDocument } from '../../documents/model';
import { freezeDocument } from './freeze-document';
import { takeNumber, type TakeNumberInput } from './take-number';

/**
 * Issues a document the app writes: takes the next number, builds the document with it and freezes
 * it with the register entry — inside the caller's transaction, so the number, the entry and the
 * frozen file exist together or not at all.
 */
export async function issueFrozen(
  tx: Queryable,
  meta: RequestMeta,
  entry: TakeNumberInput,
  build: (issue: { number: string; date: string }) => OfficialDocument,
) {
  const row = await takeNumber(tx, meta, entry);
  const document: OfficialDocument = { ...build({ number: row.number, date: row.date }) };
  delete document.draft;
  await freezeDocument(tx, row.id, document);
  return { entry: row, document };
}
