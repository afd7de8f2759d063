import { and, eq, isNull } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findConsultationVisibleTo } from '../lookup';
import { canManageConsultations } from '../policy';
import { consultations, type Consultation } from '../schema';

export const ALREADY_CLOSED = 'Đợt góp ý này đã khóa, không nhận thêm ý kiến.';

/** Khóa đợt góp ý: the standing committee only. */
export async function closeConsultation(ctx: CommandContext, input: { id: string }) {
  const found = await findConsultationVisibleTo(ctx.db, ctx.actor, input.id);
  if (!canManageConsultations(ctx.actor, { id: found.consultation.communeId, path: found.communePath }))
    throw forbidden();
  return closeConsultationUnchecked(ctx.db, ctx.meta, found.consultation);
}

/** Stops taking comments (before or after the deadline); closing twice is a 409. */
export async function closeConsultationUnchecked(db: Db, meta: RequestMeta, c: Consultation, at = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(consultations)
      .set({ closedAt: at })
      .where(and(eq(consultations.id, c.id), isNull(consultations.closedAt)))
      .returning();
    if (!row) throw conflict('consultation_closed', ALREADY_CLOSED);
    await recordAudit(tx, meta, {
      action: 'consultation.close',
      entity: 'consultation',
      entityId: row.id,
      communeId: row.communeId,
      scopePath: row.unitPath,
      before: { closedAt: null },
      after: { closedAt: row.closedAt },
    });
    return row;
  });
}
