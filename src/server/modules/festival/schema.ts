import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { households } from '../households/schema';
import { posts } from '../posts/schema';
import { outgoingDocuments } from '../register/schema';
import { units } from '../units/schema';
import { users } from '../users/schema';

/**
 * A village's Ngày hội Đại đoàn kết toàn dân tộc of one year (held between 1 and 18 November, the Front's day):
 * the plan (date, place, start time, programme), the report read at the ceremony — drafted from the village's year,
 * with the staff's own paragraphs (`highlights`) and the tasks ahead — and the news post drafted from it afterwards.
 * One festival per village per year. `unit_path` is the village's path: a village head reads and plans their own.
 */
export const festivals = pgTable(
  'festivals',
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
    date: date('date', { mode: 'string' }).notNull(),
    /** 'HH:MM', when the ceremony starts ("Sáng ngày …"). */
    startTime: text('start_time'),
    place: text('place').notNull(),
    /** The programme, one item a line: "Văn nghệ chào mừng", "Diễn văn ôn lại truyền thống 93 năm…". */
    programme: jsonb('programme').$type<string[]>().notNull().default([]),
    /** Who chairs the ceremony and reads the report (the trưởng ban công tác Mặt trận). */
    presenter: text('presenter'),
    /** The village's own highlights, written by staff; printed in the report after the figures. */
    highlights: text('highlights'),
    /** The tasks ahead the report ends with; null = the default lines. */
    tasks: jsonb('tasks').$type<string[]>(),
    /** The portal post about the festival (drafted from it, or an existing one linked to it). */
    newsPostId: uuid('news_post_id').references(() => posts.id, { onDelete: 'set null' }),
    /**
     * The register entry the report was issued under (its number, date and the frozen .docx); null while a draft.
     * Once issued the report is a snapshot (ARCHITECTURE.md, domain rule 8): what it prints no longer changes.
     */
    documentId: uuid('document_id').references(() => outgoingDocuments.id),
    /** The report as issued (its sections and figures), shown instead of a new draft once issued. */
    issuedReport: jsonb('issued_report').$type<FestivalReportSnapshot>(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('festivals_village_year_uq').on(t.villageId, t.year),
    index('festivals_commune_idx').on(t.communeId, t.year),
    check(
      'festivals_date_check',
      sql`extract(month from ${t.date}) = 11 and extract(day from ${t.date}) between 1 and 18 and extract(year from ${t.date}) = ${t.year}`,
    ),
  ],
);

export const commendationKinds = ['household', 'person'] as const;
export type CommendationKind = (typeof commendationKinds)[number];

/** A household or a person commended at the festival, with why ("Gia đình văn hóa tiêu biểu 3 năm liền"). */
export const festivalCommendations = pgTable(
  'festival_commendations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    festivalId: uuid('festival_id')
      .notNull()
      .references(() => festivals.id, { onDelete: 'cascade' }),
    communeId: uuid('commune_id').notNull(),
    kind: text('kind', { enum: commendationKinds }).notNull(),
    name: text('name').notNull(),
    householdId: uuid('household_id').references(() => households.id),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('festival_commendations_festival_idx').on(t.festivalId, t.createdAt)],
);

/** The issued report's JSON (report-model.ts FestivalReport), kept as issued. */
export type FestivalReportSnapshot = {
  title: string;
  subtitle: string;
  sections: { key: string; heading: string; paragraphs: string[]; list: string[] }[];
  commended: { id: string; kind: CommendationKind; name: string; reason: string; householdId: string | null }[];
  figures: { key: string; label: string; value: number; text: string }[];
};

export type Festival = typeof festivals.$inferSelect;
export type FestivalCommendation = typeof festivalCommendations.$inferSelect;
