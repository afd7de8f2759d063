import type { z } from '@hono/zod-openapi';
import { eq, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { checkPlanNotice } from '../../bodies/lookup';
import { findBody } from '../../bodies/queries';
import type { patchBody } from '../fields';
import { NEXT_STATUS, STATUS_LABELS } from '../labels';
import { findSupervisionVisibleTo } from '../lookup';
import { canManageSupervision } from '../policy';
import { lockSupervision } from '../queries';
import { supervisions, type Supervision } from '../schema';
import type { SupervisionDetails } from './create-supervision';

export type SupervisionPatch = Partial<SupervisionDetails> & {
  status?: Supervision['status'];
  findings?: string | null;
};

/** Empty strings clear optional text; undefined leaves it. */
const orNull = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() || null);

/** Sửa, ghi kết quả, chuyển trạng thái: the standing committee only. */
export async function updateSupervision(ctx: CommandContext, input: { id: string } & z.infer<typeof patchBody>) {
  const { id, ...body } = input;
  const found = await findSupervisionVisibleTo(ctx.db, ctx.actor, id);
  if (!canManageSupervision(ctx.actor, found.commune)) throw forbidden();
  const patch: SupervisionPatch = {
    ...(body.kind !== undefined && { kind: body.kind }),
    ...(body.subject !== undefined && { subject: body.subject }),
    ...(body.target !== undefined && { target: orNull(body.target) }),
    ...(body.content !== undefined && { content: orNull(body.content) }),
    ...(body.team !== undefined && {
      team: body.team.map((m) => ({ name: m.name, title: m.title?.trim() || null })),
    }),
    ...(body.startDate !== undefined && { startDate: body.startDate }),
    ...(body.endDate !== undefined && { endDate: body.endDate }),
    ...(body.planSentOn !== undefined && { planSentOn: body.planSentOn }),
    ...(body.status !== undefined && { status: body.status }),
    ...(body.findings !== undefined && { findings: orNull(body.findings) }),
  };
  const s = found.supervision;
  if (s.bodyId && (patch.startDate !== undefined || patch.planSentOn !== undefined)) {
    const board = await findBody(ctx.db, s.bodyId);
    if (board) checkPlanNotice(board, patch.planSentOn ?? s.planSentOn, patch.startDate ?? s.startDate);
  }
  const row = await updateSupervisionUnchecked(ctx.db, ctx.meta, s.id, patch);
  return { supervision: row, commune: found.commune };
}

/**
 * Edits details, records findings, and moves the status one step (planned → in_progress →
 * concluded). The row is locked first, so two people moving it at once queue: the second sees the
 * new status and gets a 409. A concluded supervision keeps its findings (422 naming findings).
 */
export async function updateSupervisionUnchecked(db: Db, meta: RequestMeta, id: string, patch: SupervisionPatch) {
  return db.transaction(async (tx) => {
    const before = await lockSupervision(tx, id);
    if (!before) throw notFound('Cuộc giám sát');
    const next = { ...before, ...patch };
    if (patch.status !== undefined && patch.status !== before.status && NEXT_STATUS[before.status] !== patch.status) {
      const step = NEXT_STATUS[before.status];
      const message = step
        ? `Cuộc giám sát đang ở bước "${STATUS_LABELS[before.status]}": chỉ chuyển tiếp sang "${STATUS_LABELS[step]}".`
        : `Cuộc giám sát đã kết thúc, không chuyển trạng thái được nữa.`;
      throw conflict('status_order', message, { status: message });
    }
    if (next.endDate < next.startDate) throw invalid({ endDate: 'Ngày kết thúc không được trước ngày bắt đầu.' });
    if (next.status === 'concluded' && !next.findings?.trim()) {
      throw invalid({
        findings:
          before.status === 'concluded'
            ? 'Cuộc giám sát đã kết thúc phải có kết quả (findings).'
            : 'Ghi kết quả giám sát (findings) trước khi kết thúc.',
      });
    }
    const [row] = await tx
      .update(supervisions)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(eq(supervisions.id, id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    const action =
      patch.status && patch.status !== before.status
        ? (`supervision.${patch.status === 'in_progress' ? 'start' : 'conclude'}` as const)
        : 'supervision.update';
    await recordAudit(tx, meta, {
      action,
      entity: 'supervision',
      entityId: id,
      communeId: row.communeId,
      scopePath: row.unitPath,
      before,
      after: row,
    });
    return row;
  });
}
