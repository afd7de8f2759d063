import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, units } from '../units/schema';
import { users } from '../users/schema';

export const aggregations = ['sum', 'count', 'ratio'] as const;
export type Aggregation = (typeof aggregations)[number];

/**
 * What is measured. Owned by a province (shared with every commune below it) or by a commune (its own).
 * `source` is 'manual' (entries) or the key of a module figure registered in sources.ts.
 */
export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id),
    /** Path of the owner unit: the indicator is visible to that subtree. */
    ownerPath: text('owner_path').notNull(),
    /** Set when a commune owns it (tenant key); null for province-wide indicators. */
    communeId: uuid('commune_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unitLabel: text('unit_label').notNull(),
    aggregation: text('aggregation', { enum: aggregations }).notNull(),
    source: text('source').notNull().default('manual'),
    /** Parameters of a module source, e.g. { driveId }. */
    sourceParams: jsonb('source_params').$type<Record<string, string>>().notNull().default({}),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('indicators_owner_code_idx').on(t.ownerUnitId, t.code),
    index('indicators_owner_path_idx').on(t.ownerPath),
    check('indicators_aggregation_check', sql`${t.aggregation} in ('sum','count','ratio')`),
  ],
);

/**
 * A target for an indicator, for a unit (and optionally one organisation in it), over a period,
 * assigned by a unit or a named body. Several may coexist (one per source).
 * For a ratio indicator the value is the aimed percentage (90 = "trên 90%").
 */
export const targets = pgTable(
  'targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    communeId: uuid('commune_id'),
    organizationId: uuid('organization_id').references(() => organizations.id),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    value: bigint('value', { mode: 'number' }).notNull(),
    assignedByUnitId: uuid('assigned_by_unit_id').references(() => units.id),
    assignedByBody: text('assigned_by_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('targets_indicator_unit_idx').on(t.indicatorId, t.unitId),
    index('targets_unit_path_idx').on(t.unitPath),
    check('targets_period_check', sql`${t.periodFrom} <= ${t.periodTo}`),
    check('targets_value_check', sql`${t.value} >= 0`),
    check('targets_assigned_by_check', sql`(${t.assignedByUnitId} is null) <> (${t.assignedByBody} is null)`),
  ],
);

/** Reporting rounds: the commune asks its villages and organisations for figures by a date. */
export const reportingRounds = pgTable(
  'reporting_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reporting_rounds_commune_idx').on(t.communeId)],
);

/** Who must report in a round (a village or an organisation), which indicators, and whether they have submitted. */
export const roundAssignments = pgTable(
  'round_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => reportingRounds.id, { onDelete: 'cascade' }),
    communeId: uuid('commune_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    indicatorIds: jsonb('indicator_ids').$type<string[]>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    reopenedCount: integer('reopened_count').notNull().default(0),
  },
  (t) => [index('round_assignments_round_idx').on(t.roundId), index('round_assignments_unit_idx').on(t.unitId)],
);

/**
 * Results, append-only: a correction is a new entry or a void with a reason.
 * For a ratio indicator `value` is the numerator and `denominator` is set.
 */
export const entries = pgTable(
  'entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    communeId: uuid('commune_id').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    roundAssignmentId: uuid('round_assignment_id').references(() => roundAssignments.id),
    date: date('date', { mode: 'string' }).notNull(),
    value: bigint('value', { mode: 'number' }).notNull(),
    denominator: bigint('denominator', { mode: 'number' }),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidedBy: uuid('voided_by').references(() => users.id),
    voidReason: text('void_reason'),
  },
  (t) => [
    index('entries_indicator_path_date_idx').on(t.indicatorId, t.unitPath, t.date),
    index('entries_commune_date_idx').on(t.communeId, t.date),
    check(
      'entries_ratio_check',
      sql`${t.denominator} is null or (${t.denominator} > 0 and ${t.value} >= 0 and ${t.value} <= ${t.denominator})`,
    ),
  ],
);

/** Evidence for an entry (photo, PDF), stored under the storage directory. */
export const entryFiles = pgTable('entry_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  entryId: uuid('entry_id')
    .notNull()
    .references(() => entries.id),
  communeId: uuid('commune_id').notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  storageKey: text('storage_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Indicator = typeof indicators.$inferSelect;
export type Target = typeof targets.$inferSelect;
export type Entry = typeof entries.$inferSelect;
export type ReportingRound = typeof reportingRounds.$inferSelect;
export type RoundAssignment = typeof roundAssignments.$inferSelect;
export type EntryFile = typeof entryFiles.$inferSelect;
