import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations, units } from '../units/schema';
import { users } from '../users/schema';

/** Who an item of the year falls to once a commune adopts it: the commune itself, each village, each organisation. */
export const calendarAudiences = ['commune', 'village', 'organization'] as const;
export type CalendarAudience = (typeof calendarAudiences)[number];
/** An event of the year (the festival, the review conference) or a report deadline. */
export const calendarItemKinds = ['event', 'deadline'] as const;
export type CalendarItemKind = (typeof calendarItemKinds)[number];

/** The province's calendar of the Front's year: one per province per year, edited by the province. */
export const calendarTemplates = pgTable(
  'calendar_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceId: uuid('province_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('calendar_templates_province_year_uq').on(t.provinceId, t.year)],
);

/** One line of the template: what, from when to when (dates of the template's year), for whom. */
export const calendarTemplateItems = pgTable(
  'calendar_template_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => calendarTemplates.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', { enum: calendarItemKinds }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    audiences: jsonb('audiences').$type<CalendarAudience[]>().notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('calendar_template_items_template_idx').on(t.templateId, t.startDate),
    check('calendar_template_items_dates_check', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

/** A commune took the province's template of a year: when and by whom (adopting again adds only what is new). */
export const calendarAdoptions = pgTable(
  'calendar_adoptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => calendarTemplates.id, { onDelete: 'cascade' }),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    adoptedBy: uuid('adopted_by').references(() => users.id),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('calendar_adoptions_uq').on(t.templateId, t.communeId)],
);

/**
 * A dated task of a commune, one of its villages or one of its organisations, made from a template item when the
 * commune adopts the template. `assignee_id` is the village's, the commune's or the organisation's id: the unique
 * index on (item, assignee) is the rule that adopting twice creates no second task. `unit_path` is the village's path
 * for a village task and the commune's otherwise: scope reads it.
 */
export const calendarTasks = pgTable(
  'calendar_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    templateItemId: uuid('template_item_id')
      .notNull()
      .references(() => calendarTemplateItems.id, { onDelete: 'cascade' }),
    audience: text('audience', { enum: calendarAudiences }).notNull(),
    assigneeId: uuid('assignee_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    unitPath: text('unit_path').notNull(),
    title: text('title').notNull(),
    kind: text('kind', { enum: calendarItemKinds }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('calendar_tasks_item_assignee_uq').on(t.templateItemId, t.assigneeId),
    index('calendar_tasks_commune_due_idx').on(t.communeId, t.dueDate),
    index('calendar_tasks_path_idx').on(t.unitPath, t.dueDate),
  ],
);

export type CalendarTemplate = typeof calendarTemplates.$inferSelect;
export type CalendarTemplateItem = typeof calendarTemplateItems.$inferSelect;
export type CalendarTask = typeof calendarTasks.$inferSelect;
