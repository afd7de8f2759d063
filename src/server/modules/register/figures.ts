import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { outgoingDocuments, type registerSources } from './schema';

/** What other modules (meetings, supervision, consultations) show of an issued document. */
export type IssuedDocument = { id: string; number: string; date: string; signer: string | null };

const issuedColumns = {
  id: outgoingDocuments.id,
  number: outgoingDocuments.number,
  date: outgoingDocuments.date,
  signer: outgoingDocuments.signer,
};

/** Number, date and signer of the register entries among these ids (nulls ignored), keyed by id. */
export async function issuedDocumentsByIds(
  db: Queryable,
  ids: (string | null)[],
): Promise<Map<string, IssuedDocument>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select(issuedColumns).from(outgoingDocuments).where(inArray(outgoingDocuments.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The register entry (number, date, signer) of a record of another module; null when it was never entered. */
export async function issuedDocumentOf(
  db: Queryable,
  sourceKind: (typeof registerSources)[number],
  sourceId: string,
): Promise<IssuedDocument | null> {
  const [row] = await db
    .select(issuedColumns)
    .from(outgoingDocuments)
    .where(and(eq(outgoingDocuments.sourceKind, sourceKind), eq(outgoingDocuments.sourceId, sourceId)))
    .orderBy(outgoingDocuments.createdAt)
    .limit(1);
  return row ?? null;
}

/** The number already issued for a record of another module (e.g. a consultation's synthesis); null if none. */
export async function issuedNumberOf(
  db: Queryable,
  sourceKind: (typeof registerSources)[number],
  sourceId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ number: outgoingDocuments.number })
    .from(outgoingDocuments)
    .where(and(eq(outgoingDocuments.sourceKind, sourceKind), eq(outgoingDocuments.sourceId, sourceId)))
    .limit(1);
  return row?.number ?? null;
}
