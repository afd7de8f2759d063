import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { addDays } from '../../../lib/dates';
import { isAdmin } from '../../core/scope';
import { inIds, inSubtrees } from '../../db/scope-sql';
import { alias } from 'drizzle-orm/pg-core';
import { type AgendaSource, groupOf, ITEMS_PER_GROUP, stateByDate } from '../today/agenda';
import { organizationRefs, unitRefs } from '../units/refs';
import { calendarTasks } from './schema';

const taskUnit = alias(unitRefs, 'calendar_agenda_unit');

/** A task due within this many days is on the start page before it is late. */
export const TASK_SOON_DAYS = 7;
/** A task late by more than this is of a year gone by: the calendar still shows it, the start page no longer does. */
export const TASK_STALE_DAYS = 60;

/**
 * The calendar's tasks not done that are due within a week or late (by two months at most), for whoever marks them
 * done: the standing
 * committee the commune's, a village head the village's, an organisation head the organisation's.
 */
export const calendarAgenda: AgendaSource = {
  keys: ['calendar.due'],
  async groups({ db, actor, today }) {
    if (isAdmin(actor)) return [];
    const communes = actor.grants.flatMap((g) => (g.role === 'standing' && g.unitPath ? [g.unitPath] : []));
    const villages = actor.grants.flatMap((g) => (g.role === 'village_lead' && g.unitPath ? [g.unitPath] : []));
    const orgs = actor.grants.flatMap((g) => (g.role === 'org_lead' && g.organizationId ? [g.organizationId] : []));
    if (!communes.length && !villages.length && !orgs.length) return [];
    const mine = or(
      communes.length ? inSubtrees(unitRefs.path, communes) : undefined,
      villages.length
        ? and(eq(calendarTasks.audience, 'village'), inSubtrees(calendarTasks.unitPath, villages))
        : undefined,
      orgs.length ? inIds(calendarTasks.organizationId, orgs) : undefined,
    );
    const where = and(
      mine,
      isNull(calendarTasks.doneAt),
      lte(calendarTasks.dueDate, addDays(today, TASK_SOON_DAYS)),
      gte(calendarTasks.dueDate, addDays(today, -TASK_STALE_DAYS)),
    );
    const [total] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(calendarTasks)
      .innerJoin(unitRefs, eq(unitRefs.id, calendarTasks.communeId))
      .where(where);
    const rows = await db
      .select({ task: calendarTasks, orgName: organizationRefs.name, unitName: taskUnit.name })
      .from(calendarTasks)
      .innerJoin(unitRefs, eq(unitRefs.id, calendarTasks.communeId))
      .innerJoin(taskUnit, eq(taskUnit.id, calendarTasks.unitId))
      .leftJoin(organizationRefs, eq(organizationRefs.id, calendarTasks.organizationId))
      .where(where)
      .orderBy(asc(calendarTasks.dueDate), asc(calendarTasks.id))
      .limit(ITEMS_PER_GROUP);
    const items = rows.map((r) => ({
      id: r.task.id,
      title: r.task.title,
      detail: r.orgName ?? r.unitName,
      dueDate: r.task.dueDate,
      state: stateByDate(r.task.dueDate, today),
    }));
    return groupOf('calendar.due', items, Number(total?.n ?? 0));
  },
};
