import type { z } from '@hono/zod-openapi';
import { eq, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, unknownReference } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findMeetingRow } from '../../meetings/queries';
import { findOrganization } from '../../units/queries';
import { type commentBody, plain } from '../fields';
import { findArticle, findConsultationVisibleTo } from '../lookup';
import { canEnterComment, ledOrganizationIds } from '../policy';
import { listComments } from '../queries';
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
 * Ghi ý kiến góp ý (staff): the standing committee enters any comment, an organisation head their own
 * organisation's (403 naming `organizationId`). A comment names an article, which must be in the draft (422), or
 * none: a comment on the draft as a whole (góp ý chung). The organisation
 * and the meeting must be of the commune (404 naming the field), and name the author when none is typed.
 */
export async function addComment(ctx: CommandContext, input: { id: string } & z.infer<typeof commentBody>) {
  const { db, actor } = ctx;
  const found = await findConsultationVisibleTo(db, actor, input.id);
  const commune = { id: found.consultation.communeId, path: found.communePath };
  if (!canEnterComment(actor, commune, { authorKind: input.authorKind, organizationId: input.organizationId ?? null }))
    throw forbidden(
      ledOrganizationIds(actor, commune.id).length
        ? { organizationId: 'Bạn chỉ ghi ý kiến của tổ chức mình.' }
        : undefined,
    );
  const article = input.articleRef ? await findArticle(db, found.consultation.id, input.articleRef) : null;
  let author = input.author ? plain(input.author) : '';
  if (input.organizationId) {
    const org = await findOrganization(db, input.organizationId);
    if (!org || org.org.communeId !== commune.id) throw unknownReference('organizationId', 'Tổ chức');
    author ||= org.org.name;
  }
  if (input.meetingId) {
    const meeting = await findMeetingRow(db, input.meetingId);
    if (!meeting || meeting.communeId !== commune.id) throw unknownReference('meetingId', 'Hội nghị');
    author ||= meeting.title;
  }
  const row = await recordComment(db, ctx.meta, found.consultation.id, article, {
    authorKind: input.authorKind,
    author,
    organizationId: input.organizationId ?? null,
    meetingId: input.meetingId ?? null,
    content: plain(input.content).trim(),
    contact: input.contact ? plain(input.contact) : null,
    source: 'staff',
  });
  const [full] = (await listComments(db, found.consultation.id, article?.id ?? null)).filter(
    (r) => r.comment.id === row.id,
  );
  if (!full) throw new Error('comment vanished');
  return { comment: full, found };
}

/**
 * One comment on one article, or on the whole draft (`article` null). The consultation row is locked first, so a comment racing a "close"
 * either lands before it or is refused (409). A portal comment must also come within the period
 * (`today`); staff may still type up comments gathered in time until the consultation is closed.
 */
export async function recordComment(
  db: Db,
  meta: RequestMeta,
  consultationId: string,
  article: ConsultationArticle | null,
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
        articleId: article?.id ?? null,
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
      after: { ...row, contact: row.contact ? '(có)' : null, articleRef: article?.ref ?? null, general: !article },
    });
    return row;
  });
}
