import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { campaignTasks } from '../campaigns/schema';
import { outgoingDocuments } from '../register/schema';
import { organizations, units } from '../units/schema';
import { users } from '../users/schema';

/**
 * The meeting types of the API: half_year_review (sơ kết), year_review (tổng kết), voter_contact (tiếp xúc cử tri),
 * consultation (góp ý dự thảo), other.
 */
export const meetingTypes = ['half_year_review', 'year_review', 'voter_contact', 'consultation', 'other'] as const;
export type MeetingType = (typeof meetingTypes)[number];
export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;

/** A conference or meeting of the commune committee (or held in one of its villages). */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    /** The village's path when held in a village (a voter contact in thôn Đông), else the commune's. */
    unitPath: text('unit_path').notNull(),
    villageId: uuid('village_id').references(() => units.id),
    type: text('type', { enum: meetingTypes }).notNull(),
    title: text('title').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    /** "14:00" — the invitation prints it. */
    startTime: text('start_time'),
    place: text('place'),
    chair: text('chair'),
    chairTitle: text('chair_title'),
    /** Thư ký (who writes the minutes). */
    secretary: text('secretary'),
    agenda: jsonb('agenda').$type<string[]>().notNull().default([]),
    status: text('status', { enum: meetingStatuses }).notNull().default('planned'),
    /** Attendance of a large meeting (voters) as numbers; delegates carry their own `attended`. */
    expectedCount: integer('expected_count'),
    presentCount: integer('present_count'),
    /** Diễn biến (biên bản): what was said, as typed by the secretary. */
    minutes: text('minutes'),
    invitationDocId: uuid('invitation_doc_id').references(() => outgoingDocuments.id),
    minutesDocId: uuid('minutes_doc_id').references(() => outgoingDocuments.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meetings_commune_idx').on(t.communeId, t.date),
    index('meetings_path_idx').on(t.unitPath, t.date),
    check('meetings_counts_check', sql`coalesce(${t.presentCount}, 0) >= 0 and coalesce(${t.expectedCount}, 0) >= 0`),
  ],
);

/** Who is invited (đại biểu): picked from the users or typed; `attended` filled in at the meeting. */
export const meetingDelegates = pgTable(
  'meeting_delegates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    title: text('title'),
    organization: text('organization'),
    organizationId: uuid('organization_id').references(() => organizations.id),
    userId: uuid('user_id').references(() => users.id),
    attended: boolean('attended'),
  },
  (t) => [index('meeting_delegates_meeting_idx').on(t.meetingId, t.position)],
);

/** Kết luận: one conclusion of the meeting; it may become a task of an organisation (a campaign task). */
export const meetingConclusions = pgTable(
  'meeting_conclusions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    taskId: uuid('task_id').references(() => campaignTasks.id),
  },
  (t) => [index('meeting_conclusions_meeting_idx').on(t.meetingId, t.position)],
);

export type Meeting = typeof meetings.$inferSelect;
export type MeetingDelegate = typeof meetingDelegates.$inferSelect;
export type MeetingConclusion = typeof meetingConclusions.$inferSelect;
