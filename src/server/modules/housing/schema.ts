import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { disbursements, funds } from '../funds/schema';
import { households } from '../households/schema';
import { units } from '../units/schema';
import { users } from '../users/schema';

export const housingKinds = ['new_build', 'repair'] as const;
/** The open stages in order, then the end; `paused` stands beside them (from any open stage, resumable). */
export const housingStages = ['surveyed', 'approved', 'building', 'handed_over', 'paused'] as const;
export const fundingSources = ['fund', 'budget', 'donor', 'household'] as const;

export type HousingKind = (typeof housingKinds)[number];
export type HousingStage = (typeof housingStages)[number];
export type OpenStage = Exclude<HousingStage, 'paused' | 'handed_over'>;
export type FundingSource = (typeof fundingSources)[number];

/**
 * One house of the programme (nhà Đại đoàn kết): the household it is for — linked to the household registry when the
 * household is registered, otherwise a name and the village — its kind, the amount required (from approval on), and
 * the date each stage was reached. `unit_path` is the village's path: a village head reads their village's cases.
 */
export const housingCases = pgTable(
  'housing_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    villageId: uuid('village_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    householdId: uuid('household_id').references(() => households.id),
    /** The household head as the minutes and the public list print them (copied from the registry when linked). */
    headName: text('head_name').notNull(),
    /** The name without diacritics, for search ("nguyen van an" finds "Nguyễn Văn An"). */
    headNameFolded: text('head_name_folded').notNull(),
    kind: text('kind', { enum: housingKinds }).notNull(),
    stage: text('stage', { enum: housingStages }).notNull().default('surveyed'),
    /** The stage a paused case returns to. */
    pausedFrom: text('paused_from', { enum: housingStages }),
    pauseReason: text('pause_reason'),
    requiredAmount: bigint('required_amount', { mode: 'number' }),
    /** The house: its state at survey and what is to be built or repaired (area, rooms, roof…). */
    description: text('description'),
    /** Who took part in the survey, the acceptance and the hand-over (names with their posts), for the minutes. */
    participants: jsonb('participants').$type<string[]>().notNull().default([]),
    surveyedOn: date('surveyed_on', { mode: 'string' }).notNull(),
    approvedOn: date('approved_on', { mode: 'string' }),
    buildingOn: date('building_on', { mode: 'string' }),
    handedOverOn: date('handed_over_on', { mode: 'string' }),
    pausedOn: date('paused_on', { mode: 'string' }),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('housing_cases_commune_idx').on(t.communeId, t.stage),
    index('housing_cases_handed_over_idx').on(t.communeId, t.handedOverOn),
    index('housing_cases_household_idx').on(t.householdId),
    check('housing_cases_amount_check', sql`${t.requiredAmount} is null or ${t.requiredAmount} > 0`),
    check(
      'housing_cases_approved_amount_check',
      sql`${t.stage} = 'surveyed' or ${t.requiredAmount} is not null or (${t.stage} = 'paused' and ${t.pausedFrom} = 'surveyed')`,
    ),
  ],
);

/**
 * Where a house's money comes from: the fund (optionally the payout, phiếu chi, that paid it), the state budget, a
 * donor or sponsor by name, the household's own contribution.
 */
export const housingFundings = pgTable(
  'housing_fundings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => housingCases.id, { onDelete: 'cascade' }),
    communeId: uuid('commune_id').notNull(),
    source: text('source', { enum: fundingSources }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    fundId: uuid('fund_id').references(() => funds.id),
    disbursementId: uuid('disbursement_id').references(() => disbursements.id),
    donorName: text('donor_name'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('housing_fundings_case_idx').on(t.caseId),
    check('housing_fundings_amount_check', sql`${t.amount} > 0`),
    check(
      'housing_fundings_fund_check',
      sql`(${t.source} = 'fund') or (${t.fundId} is null and ${t.disbursementId} is null)`,
    ),
    check('housing_fundings_donor_check', sql`(${t.source} = 'donor') = (${t.donorName} is not null)`),
  ],
);

/** A photo of the house at a stage, stored under the storage directory as two WebP sizes. */
export const housingPhotos = pgTable(
  'housing_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => housingCases.id, { onDelete: 'cascade' }),
    communeId: uuid('commune_id').notNull(),
    stage: text('stage', { enum: housingStages }).notNull(),
    storageKey: text('storage_key').notNull(),
    thumbKey: text('thumb_key').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    caption: text('caption'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('housing_photos_case_idx').on(t.caseId, t.stage)],
);

export type HousingCase = typeof housingCases.$inferSelect;
export type HousingFunding = typeof housingFundings.$inferSelect;
export type HousingPhoto = typeof housingPhotos.$inferSelect;
