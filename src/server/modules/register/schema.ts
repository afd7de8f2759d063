import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { units } from '../units/schema';
import { users } from '../users/schema';

/**
 * Type codes of the outgoing-document register (ARCHITECTURE.md "Documents"): BC báo cáo, KH kế hoạch,
 * TB thông báo, GM giấy mời, BB biên bản, QĐ quyết định, CV công văn, TTr tờ trình, CT chương trình.
 */
export const documentTypeCodes = ['BC', 'KH', 'TB', 'GM', 'BB', 'QĐ', 'CV', 'TTr', 'CT'] as const;
export type DocumentTypeCode = (typeof documentTypeCodes)[number];

/** What made a register entry: a module's document, or a person typing in one written elsewhere. */
export const registerSources = [
  'manual',
  'meeting_invitation',
  'meeting_minutes',
  'report',
  'petition_synthesis',
  'consultation_synthesis',
  'supervision',
  /** The public announcement of a drive's results (Thông báo công khai), numbered TB when it is entered. */
  'drive_disclosure',
  /** The commune's confirmed list of a village's evaluation (Gia đình văn hóa), numbered TB. */
  'evaluation_list',
  /** The report a village's Ban công tác Mặt trận reads at its Ngày hội Đại đoàn kết, numbered BC in the village's book. */
  'festival_report',
] as const;

/** The last number given per issuer, year and type code: one row, upserted in the numbering statement. */
export const registerCounters = pgTable(
  'register_counters',
  {
    issuerId: uuid('issuer_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    typeCode: text('type_code').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.issuerId, t.year, t.typeCode] })],
);

/**
 * Sổ văn bản đi: one row per numbered outgoing document. Numbers are sequential per issuer (the
 * commune's or province's committee), year and type code, without gaps: "15/BC-MTTQ-BTT".
 */
export const outgoingDocuments = pgTable(
  'outgoing_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    issuerId: uuid('issuer_id')
      .notNull()
      .references(() => units.id),
    issuerPath: text('issuer_path').notNull(),
    year: integer('year').notNull(),
    typeCode: text('type_code', { enum: documentTypeCodes }).notNull(),
    seq: integer('seq').notNull(),
    /** The number as printed after "Số: ", e.g. "15/BC-MTTQ-BTT". */
    number: text('number').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    /** Trích yếu: what the document is about. */
    summary: text('summary').notNull(),
    signer: text('signer'),
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    sourceKind: text('source_kind', { enum: registerSources }).notNull().default('manual'),
    sourceId: uuid('source_id'),
    /**
     * The document as issued (an OfficialDocument), for documents the app writes: it renders again
     * to the same file whatever changes later in the records it came from (ARCHITECTURE.md, domain rule 8).
     */
    snapshot: jsonb('snapshot'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outgoing_documents_number_idx').on(t.issuerId, t.year, t.typeCode, t.seq),
    index('outgoing_documents_source_idx').on(t.sourceKind, t.sourceId),
    index('outgoing_documents_path_idx').on(t.issuerPath, t.date),
    check('outgoing_documents_seq_check', sql`${t.seq} > 0`),
  ],
);

export type OutgoingDocument = typeof outgoingDocuments.$inferSelect;
