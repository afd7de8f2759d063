import type { z } from '@hono/zod-openapi';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { forbidden } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { checkPlanNotice, findBoardVisibleTo } from '../../bodies/lookup';
import { sittingSeats } from '../../bodies/queries';
import { positionNameVi } from '../../bodies/rules';
import type { createBody } from '../fields';
import { findCommuneVisibleTo } from '../lookup';
import { canManageSupervision } from '../policy';
import { supervisions, type Supervision } from '../schema';

export type SupervisionDetails = Pick<
  Supervision,
  'kind' | 'subject' | 'target' | 'content' | 'team' | 'startDate' | 'endDate'
> &
  Partial<Pick<Supervision, 'bodyId' | 'planSentOn'>>;

/** Lập kế hoạch giám sát, phản biện: the commune's standing committee only (403 naming `communeId`). */
export async function createSupervision(ctx: CommandContext, body: z.infer<typeof createBody>) {
  const commune = await findCommuneVisibleTo(ctx.db, ctx.actor, body.communeId);
  if (!canManageSupervision(ctx.actor, commune))
    throw forbidden({ communeId: 'Chỉ Ban Thường trực xã lập kế hoạch giám sát, phản biện.' });
  // An inspection by a board the front guides: the board's own, with its notice rule and, unless typed, its roster.
  const board = body.bodyId ? await findBoardVisibleTo(ctx.db, ctx.actor, body.bodyId, commune.id) : null;
  if (board) checkPlanNotice(board, body.planSentOn, body.startDate);
  const team =
    board && body.team.length === 0
      ? (await sittingSeats(ctx.db, board.id)).map((s) => ({ name: s.fullName, title: positionNameVi[s.position] }))
      : body.team.map((m) => ({ name: m.name, title: m.title?.trim() || null }));
  const row = await createSupervisionUnchecked(ctx.db, ctx.meta, commune, {
    kind: body.kind,
    subject: body.subject,
    target: body.target?.trim() || null,
    content: body.content?.trim() || null,
    team,
    startDate: body.startDate,
    endDate: body.endDate,
    bodyId: board?.id ?? null,
    planSentOn: body.planSentOn ?? null,
  });
  return { supervision: row, commune };
}

/** A new supervision plan (status planned), audited in the same transaction. */
export async function createSupervisionUnchecked(
  db: Db,
  meta: RequestMeta,
  commune: { id: string; path: string },
  input: SupervisionDetails,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(supervisions)
      .values({ communeId: commune.id, unitPath: commune.path, ...input, createdBy: meta.actorId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'supervision.create',
      entity: 'supervision',
      entityId: row.id,
      communeId: commune.id,
      scopePath: commune.path,
      after: row,
    });
    return row;
  });
}
