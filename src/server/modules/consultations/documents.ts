import type { Queryable } from '../../db/client';
import { articlesWithCounts, type ConsultationRow, listComments } from './queries';
import { synthesisDocument } from './synthesis-document';

/** What the synthesis of a consultation is built from; `document(date)` builds it dated `date`. */
export async function synthesisSource(db: Queryable, found: ConsultationRow) {
  const cons = found.consultation;
  const articles = await articlesWithCounts(db, cons.id);
  const comments = await listComments(db, cons.id);
  const commune = { name: found.communeName, kind: found.communeKind, chairName: found.chairName };
  return { comments, document: (date: string) => synthesisDocument(cons, commune, articles, comments, date) };
}
