import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { meetings } from '../meetings/schema';
import { units } from '../units/schema';
import { users } from '../users/schema';

/** Lĩnh vực of a voter's petition (ý kiến, kiến nghị cử tri). */
export const petitionFields = [
  'land', // đất đai
  'infrastructure', // giao thông, hạ tầng, thủy lợi
  'social_policy', // chính sách xã hội, người có công
  'environment', // môi trường
  'security', // an ninh trật tự
  'health_education', // y tế, giáo dục
  'economy', // kinh tế, nông nghiệp
  'administration', // thủ tục hành chính
  'other',
] as const;
/** The body that must answer. */
export const petitionAgencies = [
  'ubnd_xa',
  'hdnd_xa',
  'dang_uy_xa',
  'district',
  'province',
  'central',
  'other',
] as const;
export const petitionStatuses = ['received', 'forwarded', 'answered', 'closed'] as const;
export type PetitionStatus = (typeof petitionStatuses)[number];
/** meeting: raised at a voter contact; portal: sent by a citizen; staff: typed in from a letter or a visit. */
export const petitionSources = ['meeting', 'portal', 'staff'] as const;

export const petitions = pgTable(
  'petitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    /** The village's path when the petition is about/from a village, else the commune's (scope). */
    unitPath: text('unit_path').notNull(),
    villageId: uuid('village_id').references(() => units.id),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    /** Lookup code given to the citizen, e.g. "KN-7F3K9Q" (no personal data in it). */
    code: text('code').notNull(),
    source: text('source', { enum: petitionSources }).notNull(),
    content: text('content').notNull(),
    field: text('field', { enum: petitionFields }).notNull(),
    agency: text('agency', { enum: petitionAgencies }).notNull(),
    /** The agency's name when `agency` is other/district/province ("Sở Tài nguyên và Môi trường"). */
    agencyName: text('agency_name'),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status', { enum: petitionStatuses }).notNull().default('received'),
    receivedAt: date('received_at', { mode: 'string' }).notNull(),
    /** Personal data of the sender: staff only, never on a public page or a public document. */
    submitterName: text('submitter_name'),
    submitterContact: text('submitter_contact'),
    submitterAddress: text('submitter_address'),
    forwardedAt: date('forwarded_at', { mode: 'string' }),
    /** The forwarding letter ("Công văn số 12/MTTQ-BTT"). */
    forwardDocument: text('forward_document'),
    answer: text('answer'),
    /** The answering document ("Văn bản số 45/UBND-VP ngày 20/7/2023"). */
    answerDocument: text('answer_document'),
    answeredAt: date('answered_at', { mode: 'string' }),
    /** Whether the answer is shown on the public lookup page. */
    answerPublic: boolean('answer_public').notNull().default(true),
    closedAt: date('closed_at', { mode: 'string' }),
    /** The meeting at which the answer was read back to the voters. */
    closedMeetingId: uuid('closed_meeting_id').references(() => meetings.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('petitions_code_idx').on(t.code),
    index('petitions_commune_idx').on(t.communeId, t.status),
    index('petitions_path_idx').on(t.unitPath),
    index('petitions_meeting_idx').on(t.meetingId),
    check('petitions_answer_check', sql`${t.status} not in ('answered', 'closed') or ${t.answer} is not null`),
  ],
);

/** Every step of a petition, in order: the history shown to staff (and, without names, to the public). */
export const petitionEvents = pgTable(
  'petition_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id),
    fromStatus: text('from_status', { enum: petitionStatuses }),
    toStatus: text('to_status', { enum: petitionStatuses }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    note: text('note'),
    document: text('document'),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('petition_events_petition_idx').on(t.petitionId, t.at)],
);

export type Petition = typeof petitions.$inferSelect;
export type PetitionEvent = typeof petitionEvents.$inferSelect;
