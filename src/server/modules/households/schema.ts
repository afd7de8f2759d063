import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { units } from '../units/schema';

export const householdCategories = [
  'poor',
  'near_poor',
  'policy',
  'hardship',
  'lonely_elderly',
  'disability',
  'other',
] as const;
export type HouseholdCategory = (typeof householdCategories)[number];

/**
 * The household registry: only the minimum (ARCHITECTURE.md, domain rule 6: head's name, village, address line,
 * members,
 * optional phone). `erasedAt` marks a household erased on request: personal fields are blanked,
 * the row stays so the gifts it received keep their amounts.
 */
export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    villageId: uuid('village_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    headName: text('head_name').notNull(),
    /** Diacritics-folded head name, for duplicate checks ("Nguyễn Văn An" = "nguyen van an"). */
    headNameFolded: text('head_name_folded').notNull(),
    address: text('address'),
    members: integer('members'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [
    index('households_village_idx').on(t.villageId),
    index('households_commune_folded_idx').on(t.communeId, t.headNameFolded),
    check('households_members_check', sql`${t.members} is null or (${t.members} >= 1 and ${t.members} <= 100)`),
  ],
);

/** A household's categories for a year, with the decision that set them. */
export const householdYearCategories = pgTable(
  'household_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    communeId: uuid('commune_id').notNull(),
    year: integer('year').notNull(),
    category: text('category', { enum: householdCategories }).notNull(),
    decisionRef: text('decision_ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('household_categories_unique_idx').on(t.householdId, t.year, t.category),
    index('household_categories_commune_year_idx').on(t.communeId, t.year, t.category),
    check('household_categories_year_check', sql`${t.year} between 2000 and 2100`),
  ],
);

export type Household = typeof households.$inferSelect;
