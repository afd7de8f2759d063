import { and, eq, isNull } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { canManageBody, canReadBody } from '../policy';
import { findBody, findSeat } from '../queries';
import { bodyMembers } from '../schema';

const ENDED = 'Thành viên này đã thôi trước đó.';

/** A member leaves the body (thôi làm ủy viên, chuyển công tác): the seat keeps its history. */
export async function endSeat(
  { db, actor, meta }: CommandContext,
  id: string,
  input: { untilDate: string; reason: string },
) {
  const seat = await findSeat(db, id);
  const body = seat ? await findBody(db, seat.bodyId) : null;
  if (!seat || !body || !canReadBody(actor, body)) throw notFound('Thành viên');
  if (!canManageBody(actor, body)) throw forbidden();
  if (input.untilDate < seat.fromDate)
    throw invalid({ untilDate: `Ngày thôi không được trước ngày bắt đầu (${seat.fromDate}).` });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(bodyMembers)
      .set({ untilDate: input.untilDate, endReason: input.reason })
      .where(and(eq(bodyMembers.id, seat.id), isNull(bodyMembers.untilDate)))
      .returning();
    if (!row) throw conflict('seat_ended', ENDED, { id: ENDED });
    await recordAudit(tx, meta, {
      action: 'body.member.end',
      entity: 'body',
      entityId: body.id,
      communeId: body.communeId,
      scopePath: body.unitPath,
      before: { fullName: seat.fullName, untilDate: null },
      after: { untilDate: row.untilDate, reason: row.endReason },
    });
    return row;
  });
}
