import { and, asc, eq, gte, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { organizationRefs, unitRefs } from '../units/refs';
import { taskScopeSql } from './lookup';
import { calendarAdoptions, calendarTasks, calendarTemplateItems, calendarTemplates } from './schema';

const province = alias(unitRefs, 'calendar_province');
const taskUnit = alias(unitRefs, 'calendar_task_unit');

/** Templates the actor reads (its province's), newest year first, with their number of lines. */
export async function listTemplates(db: Queryable, actor: Actor, year?: number) {
  const rows = await db
    .select({
      tpl: calendarTemplates,
      provinceName: province.name,
      itemCount: sql<number>`(select count(*)::int from calendar_template_items i where i.template_id = ${calendarTemplates.id})`,
    })
    .from(calendarTemplates)
    .innerJoin(province, eq(province.id, calendarTemplates.provinceId))
    .where(year ? eq(calendarTemplates.year, year) : undefined)
    .orderBy(sql`${calendarTemplates.year} desc`, asc(province.name))
    .limit(500);
  if (isAdmin(actor)) return rows;
  const roots = readRoots(actor);
  // A template is read from inside its province (its communes, villages) or from above it.
  return rows.filter((r) => roots.some((x) => isWithin(x, r.tpl.unitPath) || isWithin(r.tpl.unitPath, x)));
}

export async function itemsOf(db: Queryable, templateId: string) {
  return db
    .select()
    .from(calendarTemplateItems)
    .where(eq(calendarTemplateItems.templateId, templateId))
    .orderBy(asc(calendarTemplateItems.startDate), asc(calendarTemplateItems.title));
}

/** The communes that adopted the template, among those the actor reads. */
export async function adoptionsOf(db: Queryable, actor: Actor, templateId: string) {
  const rows = await db
    .select({
      communeId: calendarAdoptions.communeId,
      communeName: unitRefs.name,
      path: unitRefs.path,
      adoptedAt: calendarAdoptions.adoptedAt,
    })
    .from(calendarAdoptions)
    .innerJoin(unitRefs, eq(unitRefs.id, calendarAdoptions.communeId))
    .where(eq(calendarAdoptions.templateId, templateId))
    .orderBy(asc(unitRefs.name));
  const roots = readRoots(actor);
  const communes = new Set(actor.grants.map((g) => g.communeId));
  return rows.filter((r) => isAdmin(actor) || communes.has(r.communeId) || roots.some((x) => isWithin(r.path, x)));
}

export type TaskFilter = {
  from: string;
  to: string;
  communeId?: string;
  unitId?: string;
  status: 'open' | 'done' | 'all';
};

/** Tasks the actor reads that run within [from, to] (a month of the calendar), by due date. */
export async function listTasks(db: Queryable, actor: Actor, f: TaskFilter) {
  return db
    .select({
      task: calendarTasks,
      communePath: unitRefs.path,
      unitName: taskUnit.name,
      organizationName: organizationRefs.name,
    })
    .from(calendarTasks)
    .innerJoin(unitRefs, eq(unitRefs.id, calendarTasks.communeId))
    .innerJoin(taskUnit, eq(taskUnit.id, calendarTasks.unitId))
    .leftJoin(organizationRefs, eq(organizationRefs.id, calendarTasks.organizationId))
    .where(
      and(
        taskScopeSql(actor),
        lte(calendarTasks.startDate, f.to),
        gte(calendarTasks.dueDate, f.from),
        f.communeId ? eq(calendarTasks.communeId, f.communeId) : undefined,
        f.unitId ? eq(calendarTasks.unitId, f.unitId) : undefined,
        f.status === 'open'
          ? isNull(calendarTasks.doneAt)
          : f.status === 'done'
            ? isNotNull(calendarTasks.doneAt)
            : undefined,
      ),
    )
    .orderBy(asc(calendarTasks.dueDate), asc(calendarTasks.title), asc(taskUnit.name))
    .limit(2000);
}

export type TaskRow = Awaited<ReturnType<typeof listTasks>>[number];
