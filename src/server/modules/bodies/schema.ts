import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { meetings } from '../meetings/schema';
import { people } from '../members/schema';
import { organizations, units } from '../units/schema';

/**
 * The front's own bodies (issue 14.2–14.3): the commune's Ủy ban MTTQ and its Ban Thường trực, the Ban công tác
 * Mặt trận of each village (the fourth level of the national database), and the boards the front guides under
 * Decree 59/2023: the Ban Thanh tra nhân dân and a Ban Giám sát đầu tư cộng đồng per public project. A body has a
 * term; a new term is a new row and the old one ends, readable with its roster as it was.
 */
export const bodyKinds = [
  'committee',
  'standing',
  'village_board',
  'people_inspection',
  'investment_supervision',
] as const;
export type BodyKind = (typeof bodyKinds)[number];

export const bodyPositions = ['chair', 'vice_chair', 'standing_member', 'head', 'deputy_head', 'member'] as const;
export type BodyPosition = (typeof bodyPositions)[number];

export const bodies = pgTable(
  'bodies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    /** The commune, or the village of a Ban công tác Mặt trận. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    kind: text('kind', { enum: bodyKinds }).notNull(),
    name: text('name').notNull(),
    /** The public project a Ban Giám sát đầu tư cộng đồng watches ("Bê tông hóa đường thôn Đông"). */
    project: text('project'),
    termFrom: integer('term_from').notNull(),
    termTo: integer('term_to').notNull(),
    electedOn: date('elected_on', { mode: 'string' }),
    /** The conference or community meeting that elected it, when it is in the meetings register. */
    electedMeetingId: uuid('elected_meeting_id').references(() => meetings.id),
    /** The term this one follows; the old body ends (endedOn) when its successor starts. */
    previousId: uuid('previous_id'),
    endedOn: date('ended_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One sitting body of a kind per unit (per project for investment supervision): a second is a 409.
    uniqueIndex('bodies_current_idx')
      .on(t.unitId, t.kind, sql`lower(coalesce(${t.project}, ''))`)
      .where(sql`${t.endedOn} is null`),
    index('bodies_path_idx').on(t.unitPath),
    index('bodies_commune_idx').on(t.communeId, t.kind),
    check('bodies_term_check', sql`${t.termTo} >= ${t.termFrom}`),
  ],
);

/** One seat on a body for a span of time: who, for which organisation or village, in which position. */
export const bodyMembers = pgTable(
  'body_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    fullName: text('full_name').notNull(),
    /** The person in the member lists, when known (a seat outlives an erased person's name: kept here). */
    personId: uuid('person_id').references(() => people.id),
    /** The organisation the member represents on the committee (its head is a vice-chair, Law 97/2025). */
    organizationId: uuid('organization_id').references(() => organizations.id),
    /** The village a member of the Ban Thanh tra nhân dân comes from (one per village). */
    villageId: uuid('village_id').references(() => units.id),
    position: text('position', { enum: bodyPositions }).notNull(),
    /** As printed: "Phó Chủ tịch, Chủ tịch Hội LHPN xã". */
    title: text('title'),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    untilDate: date('until_date', { mode: 'string' }),
    endReason: text('end_reason'),
    // clock_timestamp, not now(): a roster written in one statement keeps the order it was elected in.
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    index('body_members_body_idx').on(t.bodyId, t.untilDate),
    check('body_members_dates_check', sql`${t.untilDate} is null or ${t.untilDate} >= ${t.fromDate}`),
  ],
);

/** A session of a body (kỳ họp, hội nghị Ủy ban) and who attended. */
export const bodySessions = pgTable(
  'body_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('body_sessions_body_idx').on(t.bodyId, t.heldOn)],
);

export const bodyAttendance = pgTable(
  'body_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => bodySessions.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => bodyMembers.id),
    present: boolean('present').notNull(),
    /** Why absent ("Đi công tác"): vắng có lý do vs không lý do. */
    reason: text('reason'),
  },
  (t) => [uniqueIndex('body_attendance_idx').on(t.sessionId, t.memberId)],
);

export type Body = typeof bodies.$inferSelect;
export type BodyMember = typeof bodyMembers.$inferSelect;
export type BodySession = typeof bodySessions.$inferSelect;
