import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { units } from '../units/schema';
import { users } from '../users/schema';

export const periodKinds = ['week', 'month', 'quarter', 'half_year', 'year'] as const;
export const fillerKinds = ['commune', 'village', 'organization'] as const;
export const fieldTypes = ['number', 'money', 'count', 'text', 'boolean', 'choice', 'table'] as const;
export const submissionStatuses = ['draft', 'submitted', 'accepted', 'returned'] as const;

export type PeriodKind = (typeof periodKinds)[number];
export type FillerKind = (typeof fillerKinds)[number];
export type FieldType = (typeof fieldTypes)[number];
export type SubmissionStatus = (typeof submissionStatuses)[number];

/** A column of a table field (one row per village or organisation). */
export type TableColumn = {
  key: string;
  label: string;
  type: 'number' | 'money' | 'count' | 'text' | 'boolean';
  /** "Of which": a cell may not exceed the same row's cell of column `ofKey`. */
  ofKey?: string | null;
};

/** One field of a form version, as the builder defines it. */
export type FormField = {
  key: string;
  label: string;
  type: FieldType;
  section?: string | null;
  required?: boolean;
  min?: number | null;
  max?: number | null;
  /** "Of which": this value may not exceed the value of field `ofKey` (its total). */
  ofKey?: string | null;
  /** A commune's value is the sum of its villages' and organisations' values when built from them. */
  sum?: boolean;
  /** An indicator source key (targets/sources.ts) that prefills the value from the records. */
  source?: string | null;
  sourceParams?: Record<string, string>;
  choices?: string[];
  /** For a table field: one row per village or per organisation of the commune, and its columns. */
  rows?: 'village' | 'organization';
  columns?: TableColumn[];
};

/** A table's cell: a number, a text or a yes/no, by its column's type. */
export type Cell = number | string | boolean | null;
export type FieldValue = number | string | boolean | null | Record<string, Record<string, Cell>>;
export type Values = Record<string, FieldValue>;
export type Warning = { field: string; message: string };

/**
 * A routine report form of a province or commune (biểu mẫu báo cáo định kỳ): who fills it and how often. The fields
 * live in versions; `owner_path` scopes who sees the form (the owner's subtree, and the owner's upper levels).
 */
export const reportForms = pgTable(
  'report_forms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id),
    ownerPath: text('owner_path').notNull(),
    title: text('title').notNull(),
    periodKind: text('period_kind', { enum: periodKinds }).notNull(),
    fillers: jsonb('fillers').$type<FillerKind[]>().notNull(),
    /** Days after the period's end by which a submission is on time. */
    dueDays: integer('due_days').notNull().default(5),
    currentVersion: integer('current_version').notNull().default(1),
    archived: boolean('archived').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_forms_owner_idx').on(t.ownerPath)],
);

/** The fields of a form from a period on: a change applies from the next period, earlier periods keep theirs. */
export const reportFormVersions = pgTable(
  'report_form_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    formId: uuid('form_id')
      .notNull()
      .references(() => reportForms.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The first period ('' for the first version: every period) this version applies to. */
    validFrom: text('valid_from').notNull(),
    fields: jsonb('fields').$type<FormField[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_form_versions_uq').on(t.formId, t.version)],
);

/**
 * One unit's report for one period. A correction after acceptance is a new row (`version` + 1, with its reason); the
 * earlier row stays as history with `is_current` false. The partial unique index is the rule that a unit has one
 * current submission per form and period, whoever submits at the same moment.
 */
export const reportSubmissions = pgTable(
  'report_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    formId: uuid('form_id')
      .notNull()
      .references(() => reportForms.id, { onDelete: 'cascade' }),
    formVersion: integer('form_version').notNull(),
    /** The unit (commune, village) or organisation that reports. */
    fillerId: uuid('filler_id').notNull(),
    fillerKind: text('filler_kind', { enum: fillerKinds }).notNull(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    /** The village's path for a village, the commune's for a commune or an organisation: the scope column. */
    unitPath: text('unit_path').notNull(),
    period: text('period').notNull(),
    version: integer('version').notNull().default(1),
    isCurrent: boolean('is_current').notNull().default(true),
    status: text('status', { enum: submissionStatuses }).notNull().default('draft'),
    values: jsonb('values').$type<Values>().notNull(),
    /** Where prefilled values came from: field key → source label. */
    sources: jsonb('sources').$type<Record<string, string>>().notNull().default({}),
    warnings: jsonb('warnings').$type<Warning[]>().notNull().default([]),
    returnComment: text('return_comment'),
    correctionReason: text('correction_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** The first submission's time: "on time" or "late" is judged on it, not on a resubmission after a return. */
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('report_submissions_current_uq').on(t.formId, t.fillerId, t.period).where(sql`${t.isCurrent}`),
    uniqueIndex('report_submissions_version_uq').on(t.formId, t.fillerId, t.period, t.version),
    index('report_submissions_form_period_idx').on(t.formId, t.period),
    index('report_submissions_commune_idx').on(t.communeId),
  ],
);

export type ReportForm = typeof reportForms.$inferSelect;
export type ReportFormVersion = typeof reportFormVersions.$inferSelect;
export type ReportSubmission = typeof reportSubmissions.$inferSelect;
