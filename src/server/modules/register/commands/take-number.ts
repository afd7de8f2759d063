import { sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import {
  outgoingDocuments,
  registerCounters,
  type DocumentTypeCode,
  type OutgoingDocument,
  type registerSources,
} from '../schema';

/** The issuer part after the type code: documents of the standing committee (Ban Thường trực). */
export const DEFAULT_ISSUER_SUFFIX = 'MTTQ-BTT';

/** formatDocumentNumber(15, 'BC') → '15/BC-MTTQ-BTT' (Decree 30: number/type-issuer). */
export function formatDocumentNumber(seq: number, typeCode: DocumentTypeCode, suffix = DEFAULT_ISSUER_SUFFIX): string {
  return `${String(seq).padStart(2, '0')}/${typeCode}-${suffix}`;
}

export type TakeNumberInput = {
  issuer: { id: string; path: string };
  typeCode: DocumentTypeCode;
  /** The document's date: its year picks the sequence. */
  date: string;
  summary: string;
  signer?: string | null;
  recipients?: string[];
  sourceKind?: (typeof registerSources)[number];
  sourceId?: string | null;
  suffix?: string;
};

/**
 * Enters an outgoing document in the register and gives it the next number of its issuer, year and
 * type code — inside the caller's transaction: the counter upsert locks the counter row, so
 * concurrent callers queue, and a rolled-back transaction gives its number back (no gaps).
 */
export async function takeNumber(tx: Queryable, meta: RequestMeta, input: TakeNumberInput): Promise<OutgoingDocument> {
  const year = Number(input.date.slice(0, 4));
  const [counter] = await tx
    .insert(registerCounters)
    .values({ issuerId: input.issuer.id, year, typeCode: input.typeCode, last: 1 })
    .onConflictDoUpdate({
      target: [registerCounters.issuerId, registerCounters.year, registerCounters.typeCode],
      set: { last: sql`${registerCounters.last} + 1` },
    })
    .returning({ last: registerCounters.last });
  if (!counter) throw new Error('counter upsert returned nothing');
  const [row] = await tx
    .insert(outgoingDocuments)
    .values({
      issuerId: input.issuer.id,
      issuerPath: input.issuer.path,
      year,
      typeCode: input.typeCode,
      seq: counter.last,
      number: formatDocumentNumber(counter.last, input.typeCode, input.suffix),
      date: input.date,
      summary: input.summary,
      signer: input.signer ?? null,
      recipients: input.recipients ?? [],
      sourceKind: input.sourceKind ?? 'manual',
      sourceId: input.sourceId ?? null,
      createdBy: meta.actorId,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(tx, meta, {
    action: 'outgoing_document.number',
    entity: 'outgoing_document',
    entityId: row.id,
    communeId: input.issuer.id,
    scopePath: input.issuer.path,
    after: row,
  });
  return row;
}
