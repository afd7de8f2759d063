import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { addDays } from '../../../lib/dates';
import { isAdmin, manageRoots } from '../../core/scope';
import { inSubtrees } from '../../db/scope-sql';
import { type AgendaSource, excerpt, groupOf, ITEMS_PER_GROUP, stateByDate } from '../today/agenda';
import { unitRefs } from '../units/refs';
import { supervisionRecommendations as recs } from './schema';

/** A recommendation due within this many days is on the start page before it is late. */
export const RECOMMENDATION_SOON_DAYS = 7;

/**
 * Recommendations after a supervision that the addressee has not answered: the standing committee follows them up
 * (the level above follows its communes'). The item opens the supervision they came from.
 */
export const supervisionAgenda: AgendaSource = {
  keys: ['recommendations.due'],
  async groups({ db, actor, today }) {
    const roots = isAdmin(actor) ? [] : manageRoots(actor).map((m) => m.root);
    if (roots.length === 0) return [];
    const where = and(
      inSubtrees(unitRefs.path, roots),
      inArray(recs.status, ['issued', 'sent']),
      lte(recs.dueDate, addDays(today, RECOMMENDATION_SOON_DAYS)),
    );
    const [total] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(recs)
      .innerJoin(unitRefs, eq(unitRefs.id, recs.communeId))
      .where(where);
    const rows = await db
      .select({ id: recs.supervisionId, content: recs.content, addressee: recs.addressee, dueDate: recs.dueDate })
      .from(recs)
      .innerJoin(unitRefs, eq(unitRefs.id, recs.communeId))
      .where(where)
      .orderBy(asc(recs.dueDate), asc(recs.id))
      .limit(ITEMS_PER_GROUP);
    const items = rows.map((r) => ({
      id: r.id,
      title: excerpt(r.content),
      detail: r.addressee,
      dueDate: r.dueDate,
      state: stateByDate(r.dueDate ?? today, today),
    }));
    return groupOf('recommendations.due', items, Number(total?.n ?? 0));
  },
};
