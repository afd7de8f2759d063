import { todayVn } from '../../../../lib/dates';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import type { SeatInput } from '../fields';
import { canManageBody } from '../policy';
import { visibleBody } from '../queries';
import { rosterErrors } from '../rules';
import { bodies, bodyMembers } from '../schema';
import { checkSeatReferences, seatRows } from './check-seats';
import { and, eq, isNull } from 'drizzle-orm';

const ENDED = 'Ban này đã hết nhiệm kỳ: thêm thành viên vào nhiệm kỳ hiện tại.';

/**
 * A member joins a sitting body (bầu bổ sung). The roster rules are checked against the seats that sit now, read
 * with the body row locked, so two clerks adding a sixth member to a Ban Giám sát at once cannot both succeed.
 */
export async function addSeat({ db, actor, meta }: CommandContext, bodyId: string, seat: SeatInput) {
  const body = await visibleBody(db, actor, bodyId);
  if (!body) throw notFound('Ban');
  if (!canManageBody(actor, body)) throw forbidden();
  await checkSeatReferences(db, actor, body.communeId, [seat], () => '');
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(bodies).where(eq(bodies.id, body.id)).for('update');
    if (!locked || locked.endedOn) throw conflict('body_ended', ENDED, { id: ENDED });
    const sitting = await tx
      .select({ position: bodyMembers.position, villageId: bodyMembers.villageId })
      .from(bodyMembers)
      .where(and(eq(bodyMembers.bodyId, body.id), isNull(bodyMembers.untilDate)));
    const errors = rosterErrors(body.kind, [...sitting, seat], (i) => (i === sitting.length ? 'seat' : `sitting.${i}`));
    // Only the new seat can be at fault: name its fields as the request did.
    const mine = Object.entries(errors).filter(([k]) => k === 'seat' || k.startsWith('seat.'));
    if (mine.length > 0) throw invalid(Object.fromEntries(mine.map(([k, v]) => [k === 'seat' ? '_' : k.slice(5), v])));
    const [row] = await tx
      .insert(bodyMembers)
      .values(seatRows(body, [seat], todayVn()))
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'body.member.add',
      entity: 'body',
      entityId: body.id,
      communeId: body.communeId,
      scopePath: body.unitPath,
      after: row,
    });
    return row;
  });
}
