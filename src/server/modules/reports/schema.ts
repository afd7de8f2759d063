import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { meetings } from '../meetings/schema';
import { outgoingDocuments } from '../register/schema';
import { units } from '../units/schema';
import { users } from '../users/schema';

export const reportTypes = ['half_year', 'year', 'custom'] as const;
export type ReportType = (typeof reportTypes)[number];
export const reportStatuses = ['draft', 'issued'] as const;

/** What staff set on a report besides the figures: edited paragraphs, next period's tasks, recipients, signer. */
export type ReportSettings = {
  /** Paragraph key → the text a person wrote over the generated draft. */
  edits?: Record<string, string>;
  /** "Nhiệm vụ trọng tâm" for the next period, one per line. */
  tasks?: string[];
  recipients?: string[];
  signerName?: string;
  signerPosition?: string;
};

/**
 * A review report of a unit for a period. A draft is built from the records each time it is read
 * (with the staff's edits laid over it); issuing takes a number from the register and freezes the
 * whole model in `snapshot`, so later data changes never alter an issued report.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    type: text('type', { enum: reportTypes }).notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    status: text('status', { enum: reportStatuses }).notNull().default('draft'),
    settings: jsonb('settings').$type<ReportSettings>().notNull().default({}),
    /** The review conference the report is presented at (its date, chair, delegates). */
    meetingId: uuid('meeting_id').references(() => meetings.id),
    /** The frozen report model, written once when issued. */
    snapshot: jsonb('snapshot'),
    documentId: uuid('document_id').references(() => outgoingDocuments.id),
    issuedDate: date('issued_date', { mode: 'string' }),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    /** Sent up to the level above (the province's roll-up reads submitted reports). */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reports_unit_idx').on(t.unitId, t.periodFrom), index('reports_path_idx').on(t.unitPath, t.periodFrom)],
);

export type Report = typeof reports.$inferSelect;
