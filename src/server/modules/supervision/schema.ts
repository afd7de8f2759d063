import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../bodies/schema';
import { outgoingDocuments } from '../register/schema';
import { units } from '../units/schema';
import { users } from '../users/schema';

/** giám sát (supervision) or phản biện xã hội (social criticism of a draft policy). */
export const supervisionKinds = ['supervision', 'social_criticism'] as const;
export const supervisionStatuses = ['planned', 'in_progress', 'concluded'] as const;

/** A supervision plan: subject, team, dates; then its findings and recommendations. */
export const supervisions = pgTable(
  'supervisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    kind: text('kind', { enum: supervisionKinds }).notNull().default('supervision'),
    subject: text('subject').notNull(),
    /** Who or what is supervised ("UBND xã", "Ban quản lý chợ"). */
    target: text('target'),
    content: text('content'),
    team: jsonb('team').$type<{ name: string; title?: string | null }[]>().notNull().default([]),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: supervisionStatuses }).notNull().default('planned'),
    findings: text('findings'),
    /** The plan (KH) and the conclusion report (BC) in the register, when issued. */
    planDocId: uuid('plan_doc_id').references(() => outgoingDocuments.id),
    reportDocId: uuid('report_doc_id').references(() => outgoingDocuments.id),
    /** The board that carries it out (Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng), if not the committee. */
    bodyId: uuid('body_id').references(() => bodies.id),
    /** When the plan went to the inspected: the people's inspection board sends it 5 working days ahead. */
    planSentOn: date('plan_sent_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('supervisions_commune_idx').on(t.communeId, t.startDate),
    check('supervisions_dates_check', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

/** Same discipline as petitions: issued → sent → answered (answer required) → closed. */
export const recommendationStatuses = ['issued', 'sent', 'answered', 'closed'] as const;

export const supervisionRecommendations = pgTable(
  'supervision_recommendations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    supervisionId: uuid('supervision_id')
      .notNull()
      .references(() => supervisions.id),
    communeId: uuid('commune_id').notNull(),
    position: integer('position').notNull(),
    content: text('content').notNull(),
    /** Who must act on it ("UBND xã"). */
    addressee: text('addressee').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status', { enum: recommendationStatuses }).notNull().default('issued'),
    sentAt: date('sent_at', { mode: 'string' }),
    answer: text('answer'),
    answeredAt: date('answered_at', { mode: 'string' }),
    closedAt: date('closed_at', { mode: 'string' }),
    closingNote: text('closing_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('supervision_recommendations_supervision_idx').on(t.supervisionId, t.position),
    check(
      'supervision_recommendations_answer_check',
      sql`${t.status} not in ('answered', 'closed') or ${t.answer} is not null`,
    ),
  ],
);

export const supervisionEvents = pgTable(
  'supervision_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recommendationId: uuid('recommendation_id')
      .notNull()
      .references(() => supervisionRecommendations.id),
    fromStatus: text('from_status', { enum: recommendationStatuses }),
    toStatus: text('to_status', { enum: recommendationStatuses }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    note: text('note'),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supervision_events_recommendation_idx').on(t.recommendationId, t.at)],
);

export type Supervision = typeof supervisions.$inferSelect;
export type SupervisionRecommendation = typeof supervisionRecommendations.$inferSelect;
