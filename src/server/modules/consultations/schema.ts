import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { meetings } from '../meetings/schema';
import { organizations, units } from '../units/schema';
import { users } from '../users/schema';

/**
 * A draft put out for comment ("dự thảo Luật Đất đai (sửa đổi)"): its articles, open until the
 * deadline; comments come per article from people, organisations or a meeting.
 */
export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    title: text('title').notNull(),
    /** Who asked for comments ("Ủy ban MTTQ tỉnh", "Quốc hội"). */
    requestedBy: text('requested_by'),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    /** Whether the portal shows the public comment form while open. */
    public: boolean('public').notNull().default(true),
    /** Closed by hand before the deadline (null: open until the deadline). */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consultations_commune_idx').on(t.communeId, t.deadline)],
);

/** "Điều 5. Chính sách của Nhà nước về đất đai" — `ref` is how comments name it ("Điều 5"). */
export const consultationArticles = pgTable(
  'consultation_articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    ref: text('ref').notNull(),
    heading: text('heading'),
    text: text('text').notNull(),
  },
  (t) => [
    uniqueIndex('consultation_articles_ref_idx').on(t.consultationId, t.ref),
    index('consultation_articles_pos_idx').on(t.consultationId, t.position),
  ],
);

export const commentAuthorKinds = ['person', 'organization', 'meeting'] as const;
export const commentSources = ['staff', 'portal'] as const;

export const consultationComments = pgTable(
  'consultation_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    /** The article commented on; null for a comment on the draft as a whole (góp ý chung). */
    articleId: uuid('article_id').references(() => consultationArticles.id),
    authorKind: text('author_kind', { enum: commentAuthorKinds }).notNull().default('person'),
    /** As it is printed in the synthesis: a person's name, an organisation, or a meeting. */
    author: text('author').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    source: text('source', { enum: commentSources }).notNull(),
    content: text('content').notNull(),
    /** A citizen's phone or e-mail from the public form: staff only. */
    contact: text('contact'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('consultation_comments_article_idx').on(t.articleId),
    index('consultation_comments_consultation_idx').on(t.consultationId, t.createdAt),
  ],
);

export type Consultation = typeof consultations.$inferSelect;
export type ConsultationArticle = typeof consultationArticles.$inferSelect;
export type ConsultationComment = typeof consultationComments.$inferSelect;
