import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { isAdmin, manageRoots } from '../../core/scope';
import { type AgendaSource, groupOf, ITEMS_PER_GROUP } from '../today/agenda';
import { posts } from './schema';

/**
 * Posts sent for approval wait on the commune's standing committee (policy.isEditorInChief): they are the
 * "drafts waiting for my approval" of the start page.
 */
export const postsAgenda: AgendaSource = {
  keys: ['posts.review'],
  async groups({ db, actor }) {
    const communes = isAdmin(actor)
      ? []
      : manageRoots(actor)
          .filter((m) => m.role === 'standing')
          .map((m) => m.root);
    if (communes.length === 0) return [];
    const where = and(inArray(posts.unitPath, communes), eq(posts.status, 'pending'));
    const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(posts).where(where);
    const rows = await db
      .select({ id: posts.id, title: posts.title, authorName: posts.authorName })
      .from(posts)
      .where(where)
      .orderBy(desc(posts.updatedAt))
      .limit(ITEMS_PER_GROUP);
    const items = rows.map((r) => ({
      id: r.id,
      title: r.title,
      detail: r.authorName,
      dueDate: null,
      state: 'waiting' as const,
    }));
    return groupOf('posts.review', items, Number(total?.n ?? 0));
  },
};
