import { and, desc, eq, lte, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { matchesVi } from '../../../lib/vi-text';
import type { OfficialDocument } from '../documents/model';
import { type DocumentTypeCode, type OutgoingDocument, outgoingDocuments } from './schema';
import { notFound } from '../../core/errors';

export type RegisterFilter = { issuerId?: string; year?: number; typeCode?: DocumentTypeCode; q?: string };

/**
 * Register entries in the reader's subtrees (null = everything), by date, newest first. A register
 * holds hundreds of entries a year, so the diacritic-insensitive search runs over the filtered rows.
 */
export async function listRegister(db: Queryable, roots: string[] | null, f: RegisterFilter) {
  const where: SQL[] = [];
  if (roots !== null) where.push(inSubtrees(outgoingDocuments.issuerPath, roots));
  if (f.issuerId) where.push(eq(outgoingDocuments.issuerId, f.issuerId));
  if (f.year) where.push(eq(outgoingDocuments.year, f.year));
  if (f.typeCode) where.push(eq(outgoingDocuments.typeCode, f.typeCode));
  const rows = await db
    .select()
    .from(outgoingDocuments)
    .where(and(...where))
    .orderBy(desc(outgoingDocuments.year), desc(outgoingDocuments.date), desc(outgoingDocuments.createdAt))
    .limit(5000);
  const q = f.q?.trim();
  return q ? rows.filter((r) => matchesVi(`${r.number} ${r.summary} ${r.signer ?? ''}`, q)) : rows;
}

/**
 * The latest year, not after `thisYear`, with an entry in the reader's subtrees (of one issuer when given): the
 * register opens on it, so a new user does not meet an empty book because this year has no numbers yet.
 */
export async function latestRegisterYear(
  db: Queryable,
  roots: string[] | null,
  issuerId: string | undefined,
  thisYear: number,
): Promise<number | null> {
  const [row] = await db
    .select({ year: sql<number | null>`max(${outgoingDocuments.year})` })
    .from(outgoingDocuments)
    .where(
      and(
        roots === null ? undefined : inSubtrees(outgoingDocuments.issuerPath, roots),
        issuerId ? eq(outgoingDocuments.issuerId, issuerId) : undefined,
        lte(outgoingDocuments.year, thisYear),
      ),
    );
  return row?.year === null || row?.year === undefined ? null : Number(row.year);
}

export async function findRegisterEntry(db: Queryable, id: string) {
  const [row] = await db.select().from(outgoingDocuments).where(eq(outgoingDocuments.id, id));
  return row ?? null;
}

/** The frozen document of a register entry, when the app issued it. */
export async function frozenDocument(db: Queryable, entryId: string): Promise<OfficialDocument | null> {
  const [row] = await db
    .select({ snapshot: outgoingDocuments.snapshot })
    .from(outgoingDocuments)
    .where(eq(outgoingDocuments.id, entryId));
  return (row?.snapshot as OfficialDocument | null | undefined) ?? null;
}

/** The document an entry keeps, for its files; 404 when the entry was typed outside the app. */
export function frozenDocumentOf(entry: OutgoingDocument): OfficialDocument {
  if (entry.snapshot === null) throw notFound('Văn bản');
  return entry.snapshot as OfficialDocument;
}
