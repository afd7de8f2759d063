import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { households } from '../households/schema';
import { outgoingDocuments } from '../register/schema';
import { units } from '../units/schema';
import { users } from '../users/schema';

/**
 * The yearly evaluation of the campaign "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" (Hướng dẫn
 * 83/HD-MTTW-BTT) and the titles of Decree 86/2023/NĐ-CP: households register at the start of the year, each village
 * meeting evaluates them at year end, the commune confirms the list; villages and communes are scored against the
 * province's criteria sets, approved village → commune → province and locked once published.
 */

/** A household's result at its village meeting: đạt, không đạt, or đạt and singled out as exemplary (tiêu biểu). */
export const householdResults = ['passed', 'failed', 'exemplary'] as const;
export type HouseholdResult = (typeof householdResults)[number];

/** One household's registration for a year, and the result its village meeting gave it. */
export const evaluationRegistrations = pgTable(
  'evaluation_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    villageId: uuid('village_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    year: integer('year').notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    result: text('result', { enum: householdResults }),
    meetingId: uuid('meeting_id').references(() => evaluationMeetings.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluation_registrations_household_year_uq').on(t.communeId, t.householdId, t.year),
    index('evaluation_registrations_village_idx').on(t.villageId, t.year),
  ],
);

/**
 * The village meeting (hội nghị bình xét) of a year: when, where, how many attended, who chaired and kept the minutes;
 * confirmed by the commune, which issues the list through the register (`documentId`).
 */
export const evaluationMeetings = pgTable(
  'evaluation_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    villageId: uuid('village_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    year: integer('year').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    attendance: integer('attendance').notNull(),
    chairName: text('chair_name').notNull(),
    secretaryName: text('secretary_name').notNull(),
    note: text('note'),
    confirmedOn: date('confirmed_on', { mode: 'string' }),
    documentId: uuid('document_id').references(() => outgoingDocuments.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluation_meetings_village_year_uq').on(t.communeId, t.villageId, t.year),
    check('evaluation_meetings_attendance_check', sql`${t.attendance} >= 0`),
  ],
);

export const scoreTargets = ['village', 'commune'] as const;
export type ScoreTarget = (typeof scoreTargets)[number];

/** A criterion: the most points it gives, and the most bonus points on top (điểm thưởng). */
export type Criterion = { key: string; title: string; maxPoints: number; maxBonus: number };
/** A group of criteria with its own maximum: its criteria's points and bonus never add up above it. */
export type CriteriaGroup = { key: string; title: string; maxPoints: number; criteria: Criterion[] };

/** A province's criteria set of a year for villages (Thôn văn hóa) or communes (Xã tiêu biểu). */
export const evaluationCriteriaSets = pgTable(
  'evaluation_criteria_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceId: uuid('province_id')
      .notNull()
      .references(() => units.id),
    provincePath: text('province_path').notNull(),
    year: integer('year').notNull(),
    target: text('target', { enum: scoreTargets }).notNull(),
    title: text('title').notNull(),
    /** The total a unit needs to be recognised. */
    passScore: integer('pass_score').notNull(),
    groups: jsonb('groups').$type<CriteriaGroup[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluation_criteria_sets_uq').on(t.provinceId, t.year, t.target),
    check('evaluation_criteria_sets_pass_check', sql`${t.passScore} >= 0`),
  ],
);

/**
 * Where a scorecard is: with its own unit (drafting, or returned to it), then with the commune (a village's card),
 * then with the province, approved, and published (locked).
 */
export const scoreStages = ['village', 'commune', 'province', 'approved', 'published'] as const;
export type ScoreStage = (typeof scoreStages)[number];

export type CriterionScore = { key: string; points: number; bonus: number };
export type ScoreStep = {
  action: 'submit' | 'approve' | 'return' | 'publish';
  from: ScoreStage;
  to: ScoreStage;
  comment: string | null;
  by: string | null;
  at: string;
};

/** A village's or a commune's scores against a criteria set, and the steps of its approval. */
export const evaluationScorecards = pgTable(
  'evaluation_scorecards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    setId: uuid('set_id')
      .notNull()
      .references(() => evaluationCriteriaSets.id),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    target: text('target', { enum: scoreTargets }).notNull(),
    scores: jsonb('scores').$type<CriterionScore[]>().notNull().default([]),
    total: integer('total').notNull().default(0),
    stage: text('stage', { enum: scoreStages }).notNull(),
    /** The comment of the last return, shown to the unit until it submits again. */
    returnComment: text('return_comment'),
    history: jsonb('history').$type<ScoreStep[]>().notNull().default([]),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluation_scorecards_uq').on(t.setId, t.unitId),
    index('evaluation_scorecards_commune_idx').on(t.communeId),
    check('evaluation_scorecards_total_check', sql`${t.total} >= 0`),
  ],
);

export type EvaluationRegistration = typeof evaluationRegistrations.$inferSelect;
export type EvaluationMeeting = typeof evaluationMeetings.$inferSelect;
export type CriteriaSet = typeof evaluationCriteriaSets.$inferSelect;
export type Scorecard = typeof evaluationScorecards.$inferSelect;
