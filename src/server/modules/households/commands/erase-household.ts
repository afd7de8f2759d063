import { eq } from 'drizzle-orm';
import { conflict, forbidden } from '../../../core/errors';
import { foldVietnamese } from '../../../../lib/vi-text';
import { redactAuditRows, redactAuditSearchTerms } from '../../audit/figures';
import { recordAudit } from '../../audit/record-audit';
import { ERASED_NAME } from '../fields';
import { findHouseholdVisibleTo } from '../lookup';
import { canEraseHousehold } from '../policy';
import { findHousehold } from '../queries';
import { households } from '../schema';
import type { CommandContext } from '../../../core/command';

/**
 * Erasure on a person's request (Law 91/2025/QH15): the head's name, address and phone go; the row,
 * its village, members count and categories stay, so gifts already given keep their amounts and the
 * programme totals do not change. Earlier audit rows of this household have the same personal fields
 * blanked (the erase itself is audited, without them), and so are the search terms of earlier list reads that
 * matched the name, otherwise the log would keep what was erased.
 */
export async function eraseHousehold({ db, actor, meta }: CommandContext, id: string, reason: string) {
  const before = await findHouseholdVisibleTo(db, actor, id);
  if (!canEraseHousehold(actor, before))
    throw forbidden({ id: 'Chỉ Ban Thường trực xã được xóa thông tin cá nhân của hộ.' });
  if (before.erasedAt) throw conflict('household_erased', 'Hộ này đã được xóa thông tin cá nhân.');
  return db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .update(households)
      .set({ headName: ERASED_NAME, headNameFolded: '', address: null, phone: null, erasedAt: now, updatedAt: now })
      .where(eq(households.id, before.id));
    const redacted = await redactAuditRows(tx, {
      entity: 'household',
      entityId: before.id,
      markerKey: 'headName',
      replacement: { headName: ERASED_NAME, address: null, phone: null },
    });
    // A search for the name (any part of it, as the search matched it) is a copy of the name.
    const name = foldVietnamese(before.headName);
    const searches = await redactAuditSearchTerms(tx, {
      entity: 'household_list',
      communeId: before.communeId,
      matches: (term) => {
        const t = foldVietnamese(term);
        return t !== '' && name.includes(t);
      },
      replacement: ERASED_NAME,
    });
    await recordAudit(tx, meta, {
      action: 'household.erase',
      entity: 'household',
      entityId: before.id,
      communeId: before.communeId,
      scopePath: before.unitPath,
      before: { erased: false },
      after: {
        erased: true,
        erasedAt: now.toISOString(),
        reason,
        auditRowsRedacted: redacted,
        searchesRedacted: searches,
      },
    });
    const after = await findHousehold(tx, before.id);
    if (!after) throw new Error('household vanished');
    return after;
  });
}
