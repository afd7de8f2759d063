import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type AgendaSource, groupOf, ITEMS_PER_GROUP } from '../today/agenda';
import { reports } from './schema';

/** The units whose reports the actor writes (policy.canManageReports): a standing committee's commune, an upper unit. */
const writtenAt = (grants: { role: string; unitPath: string | null }[]) =>
  grants.flatMap((g) => ((g.role === 'standing' || g.role === 'upper') && g.unitPath ? [g.unitPath] : []));

/** Reports still in draft wait for the office that writes them to finish and issue them. */
export const reportsAgenda: AgendaSource = {
  keys: ['reports.draft'],
  async groups({ db, actor }) {
    const paths = writtenAt(actor.grants);
    if (paths.length === 0) return [];
    const where = and(inArray(reports.unitPath, paths), eq(reports.status, 'draft'));
    const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(reports).where(where);
    const rows = await db
      .select({ id: reports.id, title: reports.title, periodTo: reports.periodTo })
      .from(reports)
      .where(where)
      .orderBy(desc(reports.periodTo), desc(reports.createdAt))
      .limit(ITEMS_PER_GROUP);
    const items = rows.map((r) => ({
      id: r.id,
      title: r.title,
      detail: null,
      dueDate: null,
      state: 'waiting' as const,
    }));
    return groupOf('reports.draft', items, Number(total?.n ?? 0));
  },
  actions: (actor) => (writtenAt(actor.grants).length > 0 ? ['report'] : []),
};
