import type { z } from '@hono/zod-openapi';
import { eq, sql } from 'drizzle-orm';
import { todayVn } from '../../../../lib/dates';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { recommendationBody } from '../fields';
import { findSupervisionVisibleTo } from '../lookup';
import { canManageSupervision } from '../policy';
import { lockSupervision } from '../queries';
import { supervisionEvents, supervisionRecommendations } from '../schema';

export type RecommendationInput = {
  content: string;
  addressee: string;
  dueDate: string | null;
  date: string;
  note: string | null;
};

export const NOT_STARTED = 'Kiến nghị chỉ nêu khi cuộc giám sát đang thực hiện hoặc đã kết thúc (đã có phát hiện).';

/** Nêu kiến nghị (the standing committee), dated today unless given; the due date not before it. */
export async function addRecommendation(
  ctx: CommandContext,
  input: { id: string } & z.infer<typeof recommendationBody>,
) {
  const found = await findSupervisionVisibleTo(ctx.db, ctx.actor, input.id);
  if (!canManageSupervision(ctx.actor, found.commune)) throw forbidden();
  const date = input.date ?? todayVn();
  if (input.dueDate && input.dueDate < date)
    throw invalid({ dueDate: 'Hạn trả lời không được trước ngày nêu kiến nghị.' });
  return addRecommendationUnchecked(ctx.db, ctx.meta, found.supervision.id, {
    content: input.content,
    addressee: input.addressee,
    dueDate: input.dueDate ?? null,
    date,
    note: input.note?.trim() || null,
  });
}

/**
 * A recommendation (kiến nghị sau giám sát) of a supervision that has started: a plan that has not
 * begun has found nothing to recommend (409). Numbered in order under the locked supervision; its
 * first history step "issued" and the audit row are written in the same transaction.
 */
export async function addRecommendationUnchecked(
  db: Db,
  meta: RequestMeta,
  supervisionId: string,
  input: RecommendationInput,
) {
  return db.transaction(async (tx) => {
    const s = await lockSupervision(tx, supervisionId);
    if (!s) throw notFound('Cuộc giám sát');
    if (s.status === 'planned') throw conflict('supervision_not_started', NOT_STARTED, { status: NOT_STARTED });
    const [{ next } = { next: 1 }] = await tx
      .select({ next: sql<number>`coalesce(max(${supervisionRecommendations.position}), 0)::int + 1` })
      .from(supervisionRecommendations)
      .where(eq(supervisionRecommendations.supervisionId, s.id));
    const [row] = await tx
      .insert(supervisionRecommendations)
      .values({
        supervisionId: s.id,
        communeId: s.communeId,
        position: Number(next),
        content: input.content,
        addressee: input.addressee,
        dueDate: input.dueDate,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await tx.insert(supervisionEvents).values({
      recommendationId: row.id,
      fromStatus: null,
      toStatus: 'issued',
      date: input.date,
      note: input.note,
      actorId: meta.actorId,
    });
    await recordAudit(tx, meta, {
      action: 'supervision_recommendation.create',
      entity: 'supervision_recommendation',
      entityId: row.id,
      communeId: s.communeId,
      scopePath: s.unitPath,
      after: row,
    });
    return row;
  });
}
