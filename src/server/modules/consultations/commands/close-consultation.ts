import { and, eq, isNull } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { consultations, type Consultation } from '../schema';

export const ALREADY_CLOSED = 'Đợt góp ý này đã khóa, không nhận thêm ý kiến.';

/** Stops taking comments (before or after the deadline); closing twice is a 409. */
export async function closeConsultation(db: Db, meta: RequestMeta, c: Consultation, at = new Date()) {
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
