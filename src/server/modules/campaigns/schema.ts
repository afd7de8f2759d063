import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { indicators } from '../targets/schema';
import { organizations, units } from '../units/schema';
import { users } from '../users/schema';

/** A campaign or emulation movement run by a commune ("Ngày vì người nghèo"…). */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('campaigns_commune_idx').on(t.communeId),
    check('campaigns_period_check', sql`${t.periodFrom} <= ${t.periodTo}`),
  ],
);

export const campaignIndicators = pgTable(
  'campaign_indicators',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.indicatorId] })],
);

export const taskStatuses = ['todo', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** A task of a campaign, owned by a member organisation; `selfAssigned` when the organisation took it on itself. */
export const campaignTasks = pgTable(
  'campaign_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    communeId: uuid('commune_id').notNull(),
    title: text('title').notNull(),
    ownerOrganizationId: uuid('owner_organization_id').references(() => organizations.id),
    deadline: date('deadline', { mode: 'string' }),
    status: text('status', { enum: taskStatuses }).notNull().default('todo'),
    selfAssigned: boolean('self_assigned').notNull().default(false),
    evidence: text('evidence').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('campaign_tasks_campaign_idx').on(t.campaignId),
    index('campaign_tasks_commune_deadline_idx').on(t.communeId, t.deadline),
    check('campaign_tasks_status_check', sql`${t.status} in ('todo','in_progress','done','cancelled')`),
  ],
);

export type Campaign = typeof campaigns.$inferSelect;
export type CampaignTask = typeof campaignTasks.$inferSelect;
