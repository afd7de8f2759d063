import type { z } from '@hono/zod-openapi';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { forbidden } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { createBody } from '../fields';
import { findCommuneVisibleTo } from '../lookup';
import { canManageSupervision } from '../policy';
import { supervisions, type Supervision } from '../schema';

export type SupervisionDetails = Pick<
  Supervision,
  'kind' | 'subject' | 'target' | 'content' | 'team' | 'startDate' | 'endDate'
>;

/** Lập kế hoạch giám sát, phản biện: the commune's standing committee only (403 naming `communeId`). */
export async function createSupervision(ctx: CommandContext, body: z.infer<typeof createBody>) {
  const commune = await findCommuneVisibleTo(ctx.db, ctx.actor, body.communeId);
  if (!canManageSupervision(ctx.actor, commune))
    throw forbidden({ communeId: 'Chỉ Ban Thường trực xã lập kế hoạch giám sát, phản biện.' });
  const row = await createSupervisionUnchecked(ctx.db, ctx.meta, commune, {
    kind: body.kind,
    subject: body.subject,
    target: body.target?.trim() || null,
    content: body.content?.trim() || null,
    team: body.team.map((m) => ({ name: m.name, title: m.title?.trim() || null })),
    startDate: body.startDate,
    endDate: body.endDate,
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
