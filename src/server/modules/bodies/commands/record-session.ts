import type { z } from '@hono/zod-openapi';
import { addDays, todayVn } from '../../../../lib/dates';
import type { CommandContext } from '../../../core/command';
import { forbidden, invalid, notFound } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import type { sessionBody } from '../fields';
import { canManageBody } from '../policy';
import { seatsOf, visibleBody } from '../queries';
import { bodyAttendance, bodySessions } from '../schema';

/**
 * A session of the body and who attended: each member named must have sat on the body that day, once.
 * Absent members may carry a reason (vắng có lý do).
 */
export async function recordSession(
  { db, actor, meta }: CommandContext,
  bodyId: string,
  input: z.infer<typeof sessionBody>,
) {
  const body = await visibleBody(db, actor, bodyId);
  if (!body) throw notFound('Ban');
  if (!canManageBody(actor, body)) throw forbidden();
  if (input.heldOn > addDays(todayVn(), 1)) throw invalid({ heldOn: 'Ngày họp không được sau hôm nay.' });
  const seats = new Map((await seatsOf(db, [body.id])).map((s) => [s.id, s]));
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [i, a] of input.attendance.entries()) {
    const seat = seats.get(a.memberId);
    if (!seat) errors[`attendance.${i}.memberId`] = 'Không phải thành viên của ban này.';
    else if (seat.fromDate > input.heldOn || (seat.untilDate !== null && seat.untilDate < input.heldOn))
      errors[`attendance.${i}.memberId`] = `${seat.fullName} không là thành viên vào ngày họp.`;
    else if (seen.has(a.memberId)) errors[`attendance.${i}.memberId`] = `${seat.fullName} đã được ghi.`;
    if (a.present && a.reason) errors[`attendance.${i}.reason`] = 'Lý do chỉ ghi cho người vắng.';
    seen.add(a.memberId);
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return db.transaction(async (tx) => {
    const [session] = await tx
      .insert(bodySessions)
      .values({ bodyId: body.id, communeId: body.communeId, heldOn: input.heldOn, title: input.title })
      .returning();
    if (!session) throw new Error('insert returned nothing');
    await tx.insert(bodyAttendance).values(
      input.attendance.map((a) => ({
        sessionId: session.id,
        memberId: a.memberId,
        present: a.present,
        reason: a.reason ?? null,
      })),
    );
    await recordAudit(tx, meta, {
      action: 'body.session',
      entity: 'body',
      entityId: body.id,
      communeId: body.communeId,
      scopePath: body.unitPath,
      after: { ...session, present: input.attendance.filter((a) => a.present).length, of: input.attendance.length },
    });
    return session;
  });
}
