import type { z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { formatDateVi, todayVn } from '../../../../lib/dates';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { transitionBody } from '../fields';
import { REC_FROM, REC_STATUS_LABELS, type RecTarget } from '../labels';
import { findRecommendationVisibleTo } from '../lookup';
import { canManageSupervision } from '../policy';
import { lastStepDate } from '../queries';
import { supervisionEvents, supervisionRecommendations, type SupervisionRecommendation } from '../schema';

export type TransitionInput = { to: RecTarget; date: string; note: string | null; answer: string | null };

export function outOfOrder(current: SupervisionRecommendation['status'], to: RecTarget) {
  const message = `Kiến nghị đang ở bước "${REC_STATUS_LABELS[current]}": không chuyển sang "${REC_STATUS_LABELS[to]}" được (thứ tự: đã nêu → đã gửi → đã trả lời → kết thúc theo dõi).`;
  return conflict('transition_order', message, { to: message });
}

/**
 * Theo dõi kiến nghị (the standing committee): the next step in order (409 otherwise), dated today unless
 * given and not before the step before it (422 naming `date`).
 */
export async function transitionRecommendation(
  ctx: CommandContext,
  input: { id: string } & z.infer<typeof transitionBody>,
) {
  const found = await findRecommendationVisibleTo(ctx.db, ctx.actor, input.id);
  const rec = found.recommendation;
  if (!canManageSupervision(ctx.actor, { id: rec.communeId, path: found.communePath })) throw forbidden();
  if (rec.status !== REC_FROM[input.to]) throw outOfOrder(rec.status, input.to);
  const date = input.date ?? todayVn();
  const last = await lastStepDate(ctx.db, rec.id);
  if (last && date < last) throw invalid({ date: `Ngày không được trước bước trước đó (${formatDateVi(last)}).` });
  return transitionRecommendationUnchecked(ctx.db, ctx.meta, rec, found.communePath, {
    to: input.to,
    date,
    note: input.note?.trim() || null,
    answer: input.to === 'answered' ? (input.answer?.trim() ?? null) : null,
  });
}

/**
 * One step issued → sent → answered → closed. The UPDATE only matches while the recommendation is
 * still at the step before `to`, so of two people making the same step at once exactly one wins and
 * the other gets a 409 with nothing written. The history row and the audit row share the transaction.
 */
export async function transitionRecommendationUnchecked(
  db: Db,
  meta: RequestMeta,
  rec: SupervisionRecommendation,
  scopePath: string,
  input: TransitionInput,
) {
  const from = REC_FROM[input.to];
  return db.transaction(async (tx) => {
    const set =
      input.to === 'sent'
        ? { status: input.to, sentAt: input.date }
        : input.to === 'answered'
          ? { status: input.to, answer: input.answer, answeredAt: input.date }
          : { status: input.to, closedAt: input.date, closingNote: input.note };
    const [row] = await tx
      .update(supervisionRecommendations)
      .set(set)
      .where(and(eq(supervisionRecommendations.id, rec.id), eq(supervisionRecommendations.status, from)))
      .returning();
    if (!row) {
      const [now] = await tx
        .select({ status: supervisionRecommendations.status })
        .from(supervisionRecommendations)
        .where(eq(supervisionRecommendations.id, rec.id));
      throw outOfOrder(now?.status ?? rec.status, input.to);
    }
    await tx.insert(supervisionEvents).values({
      recommendationId: rec.id,
      fromStatus: from,
      toStatus: input.to,
      date: input.date,
      note: input.note,
      actorId: meta.actorId,
    });
    await recordAudit(tx, meta, {
      action: `supervision_recommendation.${input.to}`,
      entity: 'supervision_recommendation',
      entityId: rec.id,
      communeId: row.communeId,
      scopePath,
      before: { status: from },
      after: row,
    });
    return row;
  });
}
