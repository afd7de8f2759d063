import { and, eq } from 'drizzle-orm';
import { conflict, forbidden, notFound } from '../../../core/errors';
import type { CommandContext } from '../../../core/command';
import { recordAudit } from '../../audit/record-audit';
import { findCaseVisibleTo } from '../lookup';
import { canManageHousing } from '../policy';
import { canEditCase } from '../rules';
import { housingFundings } from '../schema';

/** Removes a funding line written by mistake (before hand-over), with the line kept in the audit row. */
export async function removeFunding({ db, actor, meta }: CommandContext, caseId: string, fundingId: string) {
  return db.transaction(async (tx) => {
    const { case: c, commune } = await findCaseVisibleTo(tx, actor, caseId, true);
    if (!canManageHousing(actor, commune)) throw forbidden();
    if (!canEditCase(c))
      throw conflict('bad_transition', 'Nhà đã bàn giao, các nguồn kinh phí đã chốt.', { stage: 'Nhà đã bàn giao.' });
    const [row] = await tx
      .delete(housingFundings)
      .where(and(eq(housingFundings.id, fundingId), eq(housingFundings.caseId, c.id)))
      .returning();
    if (!row) throw notFound('Nguồn kinh phí');
    await recordAudit(tx, meta, {
      action: 'housing_funding.remove',
      entity: 'housing_case',
      entityId: c.id,
      communeId: c.communeId,
      scopePath: c.unitPath,
      before: row,
    });
  });
}
