import { and, eq, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { auditLog } from '../../audit/schema';
import { recordAudit } from '../../audit/record-audit';
import { ERASED_NAME } from '../fields';
import { findHousehold, type HouseholdWithCategories } from '../queries';
import { households } from '../schema';

/**
 * Erasure on a person's request (Law 91/2025/QH15): the head's name, address and phone go; the row,
 * its village, members count and categories stay, so gifts already given keep their amounts and the
 * programme totals do not change. Earlier audit rows of this household have the same personal fields
 * blanked (the erase itself is audited, without them), otherwise the log would keep what was erased.
 */
export async function eraseHousehold(db: Db, meta: RequestMeta, before: HouseholdWithCategories, reason: string) {
  if (before.erasedAt) throw conflict('household_erased', 'Hộ này đã được xóa thông tin cá nhân.');
  return db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .update(households)
      .set({ headName: ERASED_NAME, headNameFolded: '', address: null, phone: null, erasedAt: now, updatedAt: now })
      .where(eq(households.id, before.id));
    const blank = sql`jsonb_build_object('headName', ${ERASED_NAME}::text, 'address', null, 'phone', null)`;
    const redacted = await tx
      .update(auditLog)
      .set({
        before: sql`case when ${auditLog.before}->'headName' is not null then ${auditLog.before} || ${blank} else ${auditLog.before} end`,
        after: sql`case when ${auditLog.after}->'headName' is not null then ${auditLog.after} || ${blank} else ${auditLog.after} end`,
      })
      .where(and(eq(auditLog.entity, 'household'), eq(auditLog.entityId, before.id)))
      .returning({ id: auditLog.id });
    await recordAudit(tx, meta, {
      action: 'household.erase',
      entity: 'household',
      entityId: before.id,
      communeId: before.communeId,
      scopePath: before.unitPath,
      before: { erased: false },
      after: { erased: true, erasedAt: now.toISOString(), reason, auditRowsRedacted: redacted.length },
    });
    const after = await findHousehold(tx, before.id);
    if (!after) throw new Error('household vanished');
    return after;
  });
}
