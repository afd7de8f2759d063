import { and, asc, eq, inArray, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { addDays } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import { isAdmin, manageRoots } from '../../core/scope';
import { inSubtrees } from '../../db/scope-sql';
import { type AgendaSource, groupOf, ITEMS_PER_GROUP, stateByDate } from '../today/agenda';
import { organizationRefs, unitRefs } from '../units/refs';
import { campaigns, campaignTasks } from './schema';

/** A task due within this many days is on the start page before it is late. */
export const TASK_SOON_DAYS = 7;

/**
 * Whose tasks are whose work: an organisation head's are the tasks its organisation owns; a standing committee (or the
 * level above) follows every task of the communes it runs. Village heads hold no campaign tasks.
 */
function tasksOf(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  const orgIds = actor.grants.flatMap((g) => (g.role === 'org_lead' && g.organizationId ? [g.organizationId] : []));
  const roots = manageRoots(actor).map((m) => m.root);
  if (orgIds.length === 0 && roots.length === 0) return undefined;
  return or(
    orgIds.length > 0 ? inArray(campaignTasks.ownerOrganizationId, orgIds) : undefined,
    roots.length > 0 ? inSubtrees(unitRefs.path, roots) : undefined,
  );
}

export const campaignsAgenda: AgendaSource = {
  keys: ['tasks.due'],
  async groups({ db, actor, today }) {
    const mine = tasksOf(actor);
    if (!mine) return [];
    const where = and(
      mine,
      notInArray(campaignTasks.status, ['done', 'cancelled']),
      lte(campaignTasks.deadline, addDays(today, TASK_SOON_DAYS)),
    );
    const base = db
      .select({
        id: campaignTasks.id,
        campaignId: campaigns.id,
        title: campaignTasks.title,
        deadline: campaignTasks.deadline,
        campaignName: campaigns.name,
        organizationName: organizationRefs.name,
      })
      .from(campaignTasks)
      .innerJoin(unitRefs, eq(unitRefs.id, campaignTasks.communeId))
      .innerJoin(campaigns, eq(campaigns.id, campaignTasks.campaignId))
      .leftJoin(organizationRefs, eq(organizationRefs.id, campaignTasks.ownerOrganizationId))
      .where(where);
    const [total] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(campaignTasks)
      .innerJoin(unitRefs, eq(unitRefs.id, campaignTasks.communeId))
      .where(where);
    const rows = await base.orderBy(asc(campaignTasks.deadline), asc(campaignTasks.id)).limit(ITEMS_PER_GROUP);
    const items = rows.map((r) => ({
      // The item opens the task's campaign, where its tasks are listed and updated.
      id: r.campaignId,
      title: r.title,
      detail: [r.organizationName, r.campaignName].filter(Boolean).join(' · '),
      dueDate: r.deadline,
      state: stateByDate(r.deadline ?? today, today),
    }));
    return groupOf('tasks.due', items, Number(total?.n ?? 0));
  },
};
