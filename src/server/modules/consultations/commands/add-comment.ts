import { eq, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { consultationComments, consultations, type ConsultationArticle } from '../schema';
import { statusOf } from '../status';
import { ALREADY_CLOSED } from './close-consultation';

export type CommentInput = {
  authorKind: 'person' | 'organization' | 'meeting';
  author: string;
  organizationId: string | null;
  meetingId: string | null;
  content: string;
  contact: string | null;
  source: 'staff' | 'portal';
};

export const DEADLINE_PASSED = 'Đã hết hạn góp ý dự thảo này.';
export const NOT_OPEN_YET = 'Dự thảo này chưa đến thời gian nhận góp ý.';

/**
 * One comment on one article. The consultation row is locked first, so a comment racing a "close"
 * either lands before it or is refused (409). A portal comment must also come within the period
 * (`today`); staff may still type up comments gathered in time until the consultation is closed.
 */
export async function addComment(
  db: Db,
  meta: RequestMeta,
  consultationId: string,
  article: ConsultationArticle,
  input: CommentInput,
  today?: string,
) {
  return db.transaction(async (tx) => {
    const [c] = await tx.select().from(consultations).where(eq(consultations.id, consultationId)).for('update');
    if (!c) throw new Error('consultation vanished');
    if (c.closedAt) throw conflict('consultation_closed', ALREADY_CLOSED);
    if (today !== undefined) {
      if (statusOf(c, today) === 'closed') throw conflict('deadline_passed', DEADLINE_PASSED);
      if (statusOf(c, today) === 'upcoming') throw conflict('not_open', NOT_OPEN_YET);
    }
    const [row] = await tx
      .insert(consultationComments)
      .values({
        consultationId,
        articleId: article.id,
        ...input,
        createdBy: meta.actorId,
        createdAt: sql`clock_timestamp()`,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: input.source === 'portal' ? 'consultation_comment.portal' : 'consultation_comment.add',
      entity: 'consultation_comment',
      entityId: row.id,
      communeId: c.communeId,
      scopePath: c.unitPath,
      // The citizen's contact stays in its row (staff only), not copied into the log.
      after: { ...row, contact: row.contact ? '(có)' : null, articleRef: article.ref },
    });
    return row;
  });
}
