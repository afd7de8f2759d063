import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import type { CommandContext } from '../../../core/command';
import { recordAudit } from '../../audit/record-audit';
import { findFund } from '../../funds/queries';
import { payoutRefById } from '../../funds/payout-refs';
import { findCaseVisibleTo } from '../lookup';
import { canManageHousing } from '../policy';
import { canEditCase } from '../rules';
import { type FundingSource, housingFundings } from '../schema';

export type AddFundingInput = {
  source: FundingSource;
  amount: number;
  fundId?: string | null;
  disbursementId?: string | null;
  donorName?: string | null;
  note?: string | null;
};

/**
 * One funding line of a house: from the fund (optionally naming the fund and the payout, phiếu chi, of this commune
 * that paid it), the state budget, a donor or sponsor by name, or the household's own money. The standing committee
 * writes them; a handed-over house's lines are final.
 */
export async function addFunding({ db, actor, meta }: CommandContext, caseId: string, input: AddFundingInput) {
  return db.transaction(async (tx) => {
    const { case: c, commune } = await findCaseVisibleTo(tx, actor, caseId, true);
    if (!canManageHousing(actor, commune)) throw forbidden({ source: 'Chỉ Ban Thường trực xã ghi nguồn kinh phí.' });
    if (!canEditCase(c))
      throw conflict('bad_transition', 'Nhà đã bàn giao, không ghi thêm nguồn kinh phí.', {
        stage: 'Nhà đã bàn giao.',
      });
    if (input.source === 'donor' && !input.donorName)
      throw invalid({ donorName: 'Nhập tên nhà tài trợ, nhà hảo tâm.' });
    if (input.source !== 'donor' && input.donorName)
      throw invalid({ donorName: 'Tên nhà tài trợ chỉ ghi cho nguồn nhà tài trợ (source = donor).' });
    if (input.source !== 'fund' && (input.fundId || input.disbursementId))
      throw invalid({ fundId: 'Quỹ, phiếu chi chỉ ghi cho nguồn quỹ (source = fund).' });
    let fundId = input.fundId ?? null;
    if (fundId) {
      const found = await findFund(tx, fundId);
      if (!found || found.fund.communeId !== c.communeId) throw unknownReference('fundId', 'Quỹ');
    }
    if (input.disbursementId) {
      const payout = await payoutRefById(tx, input.disbursementId);
      if (!payout || payout.communeId !== c.communeId || (fundId && payout.fundId !== fundId))
        throw unknownReference('disbursementId', 'Phiếu chi');
      if (payout.voidedAt) throw invalid({ disbursementId: `Phiếu chi ${payout.payoutNo} đã bị hủy.` });
      fundId = payout.fundId;
    }
    const [row] = await tx
      .insert(housingFundings)
      .values({
        caseId: c.id,
        communeId: c.communeId,
        source: input.source,
        amount: input.amount,
        fundId,
        disbursementId: input.disbursementId ?? null,
        donorName: input.source === 'donor' ? (input.donorName ?? null) : null,
        note: input.note ?? null,
        createdBy: meta.actorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'housing_funding.add',
      entity: 'housing_case',
      entityId: c.id,
      communeId: c.communeId,
      scopePath: c.unitPath,
      after: row,
    });
    return row;
  });
}
