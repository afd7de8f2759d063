import { and, eq, or } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import { isAdmin, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inIds, inSubtrees } from '../../db/scope-sql';
import { findUnit } from '../units/queries';
import { unitRefs } from '../units/refs';
import { canReadTemplate, taskOrganizationIds } from './policy';
import { calendarTasks, calendarTemplates } from './schema';

/** A template the actor reads (its province's, or one above/below its units), else 404. */
export async function findTemplateVisibleTo(db: Queryable, actor: Actor, id: string, forUpdate = false) {
  const q = db.select().from(calendarTemplates).where(eq(calendarTemplates.id, id)).limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row || !canReadTemplate(actor, row)) throw notFound('Lịch công tác năm');
  return row;
}

/** The SQL twin of "the actor reads this task": its unit subtrees, or the organisations it heads. */
export function taskScopeSql(actor: Actor) {
  if (isAdmin(actor)) return undefined;
  return or(
    inSubtrees(calendarTasks.unitPath, readRoots(actor)),
    inIds(calendarTasks.organizationId, taskOrganizationIds(actor)),
  );
}

/** A task the actor reads, with its commune's path; else 404. */
export async function findTaskVisibleTo(db: Queryable, actor: Actor, id: string, forUpdate = false) {
  const q = db
    .select({ task: calendarTasks, communePath: unitRefs.path })
    .from(calendarTasks)
    .innerJoin(unitRefs, eq(unitRefs.id, calendarTasks.communeId))
    .where(and(eq(calendarTasks.id, id), taskScopeSql(actor)))
    .limit(1);
  const [row] = forUpdate ? await q.for('update', { of: calendarTasks }) : await q;
  if (!row) throw notFound('Việc');
  return row;
}

/** A unit of a level the actor may name in a request, else 404 naming `field`. */
export async function findUnitOfLevel(db: Queryable, id: string, level: 'province' | 'commune', field: string) {
  const unit = await findUnit(db, id);
  if (!unit || unit.level !== level || unit.endedOn)
    throw unknownReference(field, level === 'province' ? 'Tỉnh' : 'Xã');
  return unit;
}
