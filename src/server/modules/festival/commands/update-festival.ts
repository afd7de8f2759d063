import { eq, sql } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findPostVisibleTo } from '../../posts/lookup';
import { findFestivalVisibleTo } from '../lookup';
import { canManageFestival } from '../policy';
import { festivalDateProblem, REPORT_ISSUED } from '../rules';
import { festivals } from '../schema';
import { auditFestival } from './audit';

export type UpdateFestivalInput = {
  date?: string;
  startTime?: string | null;
  place?: string;
  programme?: string[];
  presenter?: string | null;
  highlights?: string | null;
  tasks?: string[] | null;
  /** Links an existing post of the commune's portal (a video of the day) to the festival; null unlinks. */
  newsPostId?: string | null;
};

/** What the issued report prints or is bounded by. */
const FROZEN_BY_REPORT = ['date', 'presenter', 'highlights', 'tasks'] as const;

/** Changes the plan or the report's own text. The date stays in November of the festival's year (1–18). */
export async function updateFestival({ db, actor, meta }: CommandContext, id: string, input: UpdateFestivalInput) {
  return db.transaction(async (tx) => {
    const { festival: before, commune, village } = await findFestivalVisibleTo(tx, actor, id, true);
    if (!canManageFestival(actor, commune, village.path)) throw forbidden();
    // Issued, the report is a snapshot: what it prints (and the date its year's figures run to) stays as issued.
    if (before.documentId) {
      const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
      const frozen = FROZEN_BY_REPORT.filter((k) => input[k] !== undefined && !same(input[k], before[k]));
      if (frozen.length)
        throw conflict('report_issued', REPORT_ISSUED, Object.fromEntries(frozen.map((k) => [k, REPORT_ISSUED])));
    }
    if (input.date !== undefined) {
      const problem = festivalDateProblem(input.date);
      if (problem) throw invalid({ date: problem });
      if (Number(input.date.slice(0, 4)) !== before.year)
        throw invalid({ date: `Ngày hội này là của năm ${before.year}; lập kế hoạch mới cho năm khác.` });
    }
    if (input.newsPostId) {
      const post = await findPostVisibleTo(tx, actor, input.newsPostId).catch(() => null);
      if (!post || post.post.communeId !== before.communeId) throw unknownReference('newsPostId', 'Bài viết');
    }
    const set: Partial<typeof festivals.$inferInsert> = {};
    for (const k of [
      'date',
      'startTime',
      'place',
      'programme',
      'presenter',
      'highlights',
      'tasks',
      'newsPostId',
    ] as const)
      if (input[k] !== undefined) Object.assign(set, { [k]: input[k] });
    if (Object.keys(set).length === 0) return before;
    const [after] = await tx
      .update(festivals)
      .set({ ...set, updatedAt: sql`now()` })
      .where(eq(festivals.id, before.id))
      .returning();
    if (!after) throw conflict('not_found', 'Ngày hội không còn.');
    await recordAudit(tx, meta, {
      action: 'festival.update',
      entity: 'festival',
      entityId: after.id,
      communeId: after.communeId,
      scopePath: after.unitPath,
      before: auditFestival(before),
      after: auditFestival(after),
    });
    return after;
  });
}
