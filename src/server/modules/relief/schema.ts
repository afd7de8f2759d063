import { sql } from 'drizzle-orm';
import { bigint, check, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { disbursements, funds } from '../funds/schema';
import { households } from '../households/schema';
import { units } from '../units/schema';
import { users } from '../users/schema';

/** A relief programme ("Chung tay Tết Quý Mão 2023"): who it aims at, with whom, when. */
export const reliefPrograms = pgTable(
  'relief_programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    partner: text('partner'),
    /** Household categories aimed at, e.g. ['near_poor', 'hardship']. */
    targetCategories: jsonb('target_categories').$type<string[]>().notNull().default([]),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('relief_programs_commune_idx').on(t.communeId, t.date)],
);

export const supportKinds = ['cash', 'goods', 'house', 'scholarship'] as const;
export const supportSources = ['fund', 'donor', 'other'] as const;

/**
 * What one household received in a programme, from which source. A support paid from a fund
 * carries the payout (phiếu chi) written with it. One per household per programme, unless a
 * person gave an override reason — enforced by a partial unique index, not only in code.
 */
export const reliefSupports = pgTable(
  'relief_supports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => reliefPrograms.id),
    communeId: uuid('commune_id').notNull(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    unitPath: text('unit_path').notNull(),
    kind: text('kind', { enum: supportKinds }).notNull(),
    value: bigint('value', { mode: 'number' }).notNull(),
    description: text('description'),
    sourceKind: text('source_kind', { enum: supportSources }).notNull(),
    fundId: uuid('fund_id').references(() => funds.id),
    disbursementId: uuid('disbursement_id').references(() => disbursements.id),
    donorName: text('donor_name'),
    overrideReason: text('override_reason'),
    handedOverAt: date('handed_over_at', { mode: 'string' }),
    handedOverBy: text('handed_over_by'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('relief_supports_once_idx').on(t.programId, t.householdId).where(sql`${t.overrideReason} is null`),
    index('relief_supports_household_idx').on(t.householdId),
    index('relief_supports_program_idx').on(t.programId),
    check('relief_supports_value_check', sql`${t.value} > 0`),
    check('relief_supports_source_check', sql`(${t.sourceKind} = 'fund') = (${t.fundId} is not null)`),
  ],
);

export type ReliefProgram = typeof reliefPrograms.$inferSelect;
export type ReliefSupport = typeof reliefSupports.$inferSelect;
