import type { z } from '@hono/zod-openapi';
import { todayVn } from '../../../../lib/dates';
import { unitDisplayName } from '../../../../lib/units';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { isUniqueViolation } from '../../../db/errors';
import { recordAudit } from '../../audit/record-audit';
import { findMeetingVisibleTo } from '../../meetings/lookup';
import { findCommuneUnitVisibleTo } from '../../units/lookup';
import type { createBody } from '../fields';
import { canManageBody } from '../policy';
import { electedRosterErrors, kindLevel, kindNameVi } from '../rules';
import { bodies, bodyMembers } from '../schema';
import { checkSeatReferences, seatRows } from './check-seats';

export const BODY_EXISTS = 'Đơn vị đã có ban này đang hoạt động: bầu nhiệm kỳ mới từ ban hiện tại.';

/**
 * A body elected with its roster (the committee at the congress, a board at a community meeting): unit, rights,
 * roster rules, then the body, its seats and the audit row in one transaction. The unique index on the sitting
 * body of a kind per unit is the rule against a second one (two clerks at once: one 201, one 409).
 */
export async function createFrontBody({ db, actor, meta }: CommandContext, input: z.infer<typeof createBody>) {
  const unit = await findCommuneUnitVisibleTo(db, actor, input.unitId, 'unitId');
  const level = kindLevel[input.kind];
  if (unit.level !== level || !unit.communeId)
    throw invalid({
      unitId: `${kindNameVi[input.kind]} thuộc ${level === 'village' ? 'một thôn, tổ dân phố' : 'một xã, phường'}.`,
    });
  const communeId = unit.communeId;
  if (!canManageBody(actor, { kind: input.kind, unitPath: unit.path, communeId })) throw forbidden();
  if (unit.endedOn) throw invalid({ unitId: 'Đơn vị đã giải thể hoặc sáp nhập.' });
  if (input.electedMeetingId) {
    const meeting = await findMeetingVisibleTo(db, actor, input.electedMeetingId, 'electedMeetingId');
    if (meeting.meeting.communeId !== communeId) throw invalid({ electedMeetingId: 'Hội nghị phải của xã này.' });
  }
  const errors = electedRosterErrors(input.kind, input.members);
  if (Object.keys(errors).length > 0) throw invalid(errors);
  await checkSeatReferences(db, actor, communeId, input.members, (i) => `members.${i}`);
  // "Ủy ban MTTQ Việt Nam xã Hồng Sơn", "Ban công tác Mặt trận Thôn Đông".
  const name = input.name ?? `${kindNameVi[input.kind]} ${unitDisplayName(unit)}`;
  try {
    return await db.transaction(async (tx) => {
      const [body] = await tx
        .insert(bodies)
        .values({
          communeId,
          unitId: unit.id,
          unitPath: unit.path,
          kind: input.kind,
          name,
          project: input.project ?? null,
          termFrom: input.termFrom,
          termTo: input.termTo,
          electedOn: input.electedOn ?? null,
          electedMeetingId: input.electedMeetingId ?? null,
        })
        .returning();
      if (!body) throw new Error('insert returned nothing');
      const rows = seatRows(body, input.members, input.electedOn ?? todayVn());
      const seats = rows.length > 0 ? await tx.insert(bodyMembers).values(rows).returning() : [];
      await recordAudit(tx, meta, {
        action: 'body.create',
        entity: 'body',
        entityId: body.id,
        communeId,
        scopePath: unit.path,
        after: { ...body, members: seats.map((s) => ({ fullName: s.fullName, position: s.position })) },
      });
      return body;
    });
  } catch (e) {
    if (isUniqueViolation(e, 'bodies_current_idx')) throw conflict('body_exists', BODY_EXISTS, { kind: BODY_EXISTS });
    throw e;
  }
}
