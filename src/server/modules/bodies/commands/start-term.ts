import type { z } from '@hono/zod-openapi';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { addDays } from '../../../../lib/dates';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findMeetingVisibleTo } from '../../meetings/lookup';
import type { newTermBody } from '../fields';
import { canManageBody } from '../policy';
import { visibleBody } from '../queries';
import { electedRosterErrors } from '../rules';
import { bodies, bodyMembers } from '../schema';
import { checkSeatReferences, seatRows } from './check-seats';

const ENDED = 'Ban này đã có nhiệm kỳ sau.';

/**
 * A new term (Đại hội, bầu lại): the sitting body ends the day before the election with every sitting seat, and
 * the new body starts with the roster elected. The old term stays readable as it was, linked from the new one.
 */
export async function startTerm({ db, actor, meta }: CommandContext, id: string, input: z.infer<typeof newTermBody>) {
  const old = await visibleBody(db, actor, id);
  if (!old) throw notFound('Ban');
  if (!canManageBody(actor, old)) throw forbidden();
  if (input.termFrom <= old.termFrom)
    throw invalid({ termFrom: `Nhiệm kỳ mới phải bắt đầu sau năm ${old.termFrom} (nhiệm kỳ hiện tại).` });
  if (old.electedOn && input.electedOn <= old.electedOn)
    throw invalid({ electedOn: `Ngày bầu phải sau ngày bầu nhiệm kỳ trước (${old.electedOn}).` });
  if (input.electedMeetingId) {
    const meeting = await findMeetingVisibleTo(db, actor, input.electedMeetingId, 'electedMeetingId');
    if (meeting.meeting.communeId !== old.communeId) throw invalid({ electedMeetingId: 'Hội nghị phải của xã này.' });
  }
  const errors = electedRosterErrors(old.kind, input.members);
  if (Object.keys(errors).length > 0) throw invalid(errors);
  await checkSeatReferences(db, actor, old.communeId, input.members, (i) => `members.${i}`);
  const lastDay = addDays(input.electedOn, -1);
  return db.transaction(async (tx) => {
    const [ended] = await tx
      .update(bodies)
      .set({ endedOn: lastDay })
      .where(and(eq(bodies.id, old.id), isNull(bodies.endedOn)))
      .returning();
    if (!ended) throw conflict('body_ended', ENDED, { id: ENDED });
    // A seat taken after the last day (a late by-election) ends the day it started.
    await tx
      .update(bodyMembers)
      .set({ untilDate: sql`greatest(${bodyMembers.fromDate}, ${lastDay}::date)`, endReason: 'Hết nhiệm kỳ' })
      .where(and(eq(bodyMembers.bodyId, old.id), isNull(bodyMembers.untilDate)));
    const [body] = await tx
      .insert(bodies)
      .values({
        communeId: old.communeId,
        unitId: old.unitId,
        unitPath: old.unitPath,
        kind: old.kind,
        name: old.name,
        project: old.project,
        termFrom: input.termFrom,
        termTo: input.termTo,
        electedOn: input.electedOn,
        electedMeetingId: input.electedMeetingId ?? null,
        previousId: old.id,
      })
      .returning();
    if (!body) throw new Error('insert returned nothing');
    if (input.members.length > 0) await tx.insert(bodyMembers).values(seatRows(body, input.members, input.electedOn));
    await recordAudit(tx, meta, {
      action: 'body.term',
      entity: 'body',
      entityId: body.id,
      communeId: old.communeId,
      scopePath: old.unitPath,
      before: { id: old.id, termFrom: old.termFrom, termTo: old.termTo },
      after: { ...body, members: input.members.length },
    });
    return body;
  });
}
