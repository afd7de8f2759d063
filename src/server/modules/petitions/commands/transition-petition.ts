import type { z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { formatDateVi, todayVn } from '../../../../lib/dates';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { transitionBody } from '../fields';
import { STATUS_LABELS } from '../labels';
import { findPetitionVisibleTo, meetingOfCommune } from '../lookup';
import { canTransitionPetition } from '../policy';
import { petitionEvents, petitions, type Petition, type PetitionStatus } from '../schema';

export type Transition = {
  to: Exclude<PetitionStatus, 'received'>;
  date: string;
  note: string | null;
  document: string | null;
  answer: string | null;
  answerPublic: boolean;
  dueDate: string | null;
  meetingId: string | null;
};

export const outOfOrder = (status: PetitionStatus, to: PetitionStatus) =>
  conflict(
    'petition_out_of_order',
    `Kiến nghị đang ở bước "${STATUS_LABELS[status]}", không chuyển sang "${STATUS_LABELS[to]}" được.`,
    {
      to: `Bước tiếp theo không phải "${STATUS_LABELS[to]}".`,
    },
  );

const FROM: Record<Transition['to'], PetitionStatus> = {
  forwarded: 'received',
  answered: 'forwarded',
  closed: 'answered',
};

/** What a step sets on the petition besides its status. */
function changesOf(t: Transition): Partial<Petition> {
  switch (t.to) {
    case 'forwarded':
      return { forwardedAt: t.date, forwardDocument: t.document, ...(t.dueDate && { dueDate: t.dueDate }) };
    case 'answered':
      return { answeredAt: t.date, answer: t.answer, answerDocument: t.document, answerPublic: t.answerPublic };
    case 'closed':
      return { closedAt: t.date, closedMeetingId: t.meetingId };
  }
}

/**
 * Chuyển bước (the standing committee only, 403 naming `to`): the meeting that read the answer back
 * must be of the petition's commune; the step is dated that meeting's day by default (or today).
 */
export async function transitionPetition(ctx: CommandContext, input: { id: string } & z.infer<typeof transitionBody>) {
  const { petition, communePath } = await findPetitionVisibleTo(ctx.db, ctx.actor, input.id);
  if (!canTransitionPetition(ctx.actor, { id: petition.communeId, path: communePath }))
    throw forbidden({ to: 'Chỉ Ban Thường trực xã chuyển bước kiến nghị.' });
  const meeting = await meetingOfCommune(ctx.db, petition.communeId, input.meetingId);
  const today = todayVn();
  return transitionPetitionUnchecked(ctx.db, ctx.meta, petition, {
    to: input.to,
    date: input.date ?? (meeting && meeting.date <= today ? meeting.date : today),
    note: input.note,
    document: input.document,
    answer: input.answer,
    answerPublic: input.answerPublic ?? true,
    dueDate: input.dueDate ?? null,
    meetingId: meeting?.id ?? null,
  });
}

/**
 * One step of the lifecycle, in one transaction: the conditional update (only from the step before,
 * so two people pressing the same button at once get one success and one 409), the history row,
 * and the audit row.
 */
export async function transitionPetitionUnchecked(
  db: Db,
  meta: RequestMeta,
  petition: Petition,
  t: Transition,
): Promise<Petition> {
  // Steps happen in time order: not before the previous step, and a new due date not before the step.
  const previous =
    [petition.receivedAt, petition.forwardedAt, petition.answeredAt]
      .filter((d): d is string => d !== null)
      .sort()
      .pop() ?? petition.receivedAt;
  if (t.date < previous) throw invalid({ date: `Ngày không được trước bước trước (${formatDateVi(previous)}).` });
  if (t.dueDate && t.dueDate < t.date) throw invalid({ dueDate: 'Hạn trả lời không được trước ngày chuyển.' });
  const from = FROM[t.to];
  if (petition.status !== from) throw outOfOrder(petition.status, t.to);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(petitions)
      .set({ status: t.to, ...changesOf(t), updatedAt: new Date() })
      .where(and(eq(petitions.id, petition.id), eq(petitions.status, from)))
      .returning();
    // Someone else moved it first: nothing of this request is written.
    if (!row)
      throw conflict('petition_out_of_order', 'Kiến nghị vừa được chuyển bước bởi người khác; tải lại để xem.', {
        to: 'Bước này đã được thực hiện.',
      });
    await tx.insert(petitionEvents).values({
      petitionId: row.id,
      fromStatus: from,
      toStatus: t.to,
      date: t.date,
      note: t.note,
      document: t.document,
      meetingId: t.meetingId,
      actorId: meta.actorId,
    });
    await recordAudit(tx, meta, {
      action: `petition.${t.to === 'forwarded' ? 'forward' : t.to === 'answered' ? 'answer' : 'close'}`,
      entity: 'petition',
      entityId: row.id,
      communeId: row.communeId,
      scopePath: row.unitPath,
      before: { status: from },
      after: {
        status: row.status,
        date: t.date,
        note: t.note,
        document: t.document,
        answer: t.answer,
        meetingId: t.meetingId,
        dueDate: row.dueDate,
      },
    });
    return row;
  });
}
