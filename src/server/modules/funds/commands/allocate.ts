import { formatMoney } from '../../../../lib/numbers';
import { unitDisplayName } from '../../../../lib/units';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import type { CommandContext } from '../../../core/command';
import { recordAudit } from '../../audit/record-audit';
import { allocationRecipients } from '../allocation-queries';
import { allocationLines, allocations } from '../schema';
import { findFundVisibleTo } from '../lookup';
import { canManageFunds } from '../policy';
import { balanceParts, findDrive } from '../queries';
import { recordDisbursementInTx } from './move-money';

export type AllocationRequest = {
  fundId: string;
  decisionRef: string;
  date: string;
  purpose: string;
  driveId?: string | null;
  /** `unitId` names the recipient (`communeId`, the older name, is read the same way). */
  lines: { unitId?: string; communeId?: string; amount: number }[];
};

/**
 * An allocation (phân bổ) from a province's fund to communes below it, or from the national unit's fund to the
 * provinces: one decision, an amount per recipient. Each recipient's amount leaves the fund as its own numbered payout
 * (PC) in the allocation's transaction, naming the recipient (so the fund book and the drive's public page show every
 * share with its decision number), and the whole allocation is refused when the fund does not hold its total (money
 * never goes below zero, the rule every payout keeps). A line naming an unknown unit, a unit of the wrong level or
 * outside the paying province, or a unit twice is a 422 naming `lines.N.unitId` (or `.communeId`, the field the line
 * used); nothing is written.
 */
export async function createAllocation(ctx: CommandContext, input: AllocationRequest) {
  const { db, actor, meta } = ctx;
  const { fund, commune: owner, communePath } = await findFundVisibleTo(db, actor, input.fundId, 'fundId');
  if (!canManageFunds(actor, { id: fund.communeId, path: communePath }))
    throw forbidden({ fundId: 'Chỉ cấp trên giữ quỹ này phân bổ từ quỹ.' });
  if (owner.level !== 'province' && owner.level !== 'national')
    throw invalid({ fundId: 'Chỉ quỹ của tỉnh (hoặc trung ương) phân bổ cho cấp dưới.' });
  const driveId = input.driveId ?? null;
  if (driveId) {
    const drive = await findDrive(db, driveId);
    if (!drive || drive.fundId !== fund.id) throw unknownReference('driveId', 'Đợt vận động');
  }
  const wanted = input.lines.map((l) => l.unitId ?? l.communeId ?? '');
  const { level, found } = await allocationRecipients(db, { level: owner.level, path: communePath }, wanted);
  const bad: Record<string, string> = {};
  const seen = new Set<string>();
  input.lines.forEach((l, i) => {
    const field = `lines.${i}.${l.unitId ? 'unitId' : 'communeId'}`;
    const id = wanted[i] ?? '';
    if (!found.has(id))
      bad[field] = level === 'province' ? 'Không có tỉnh này.' : `Không có xã này trong ${owner.name}.`;
    else if (seen.has(id)) bad[field] = 'Mỗi đơn vị nhận một dòng trong một quyết định phân bổ.';
    seen.add(id);
  });
  if (Object.keys(bad).length > 0) throw invalid(bad);
  const total = input.lines.reduce((s, l) => s + l.amount, 0);
  if (!Number.isSafeInteger(total)) throw invalid({ lines: 'Tổng số tiền phân bổ quá lớn.' });

  return db.transaction(async (tx) => {
    // The first payout below takes the fund's row lock; checking the total first refuses the whole decision at once.
    const { balance } = await balanceParts(tx, fund.id);
    if (total > balance) {
      const msg = `Số dư quỹ chỉ còn ${formatMoney(balance)}, không đủ phân bổ ${formatMoney(total)}.`;
      throw conflict('insufficient_balance', msg, { lines: msg });
    }
    const [allocation] = await tx
      .insert(allocations)
      .values({
        communeId: fund.communeId,
        fundId: fund.id,
        driveId,
        decisionRef: input.decisionRef,
        date: input.date,
        purpose: input.purpose,
        total,
        createdBy: meta.actorId,
      })
      .returning();
    if (!allocation) throw new Error('insert returned nothing');
    const lines = [];
    for (const [i, l] of input.lines.entries()) {
      const unit = found.get(wanted[i] ?? '');
      if (!unit) throw new Error('recipient checked above');
      const payout = await recordDisbursementInTx(
        tx,
        meta,
        fund,
        communePath,
        {
          driveId,
          amount: l.amount,
          date: input.date,
          purpose: `Phân bổ: ${input.purpose}`,
          recipient: unitDisplayName(unit),
          decisionRef: input.decisionRef,
          reliefProgramId: null,
        },
        `lines.${i}.amount`,
      );
      const [line] = await tx
        .insert(allocationLines)
        .values({
          communeId: fund.communeId,
          allocationId: allocation.id,
          recipientId: unit.id,
          amount: l.amount,
          disbursementId: payout.id,
        })
        .returning();
      if (!line) throw new Error('insert returned nothing');
      lines.push({ ...line, payoutNo: payout.payoutNo, communeName: unit.name, recipientLevel: level });
    }
    await recordAudit(tx, meta, {
      action: 'allocation.create',
      entity: 'allocation',
      entityId: allocation.id,
      communeId: fund.communeId,
      scopePath: communePath,
      after: {
        ...allocation,
        lines: lines.map((l) => ({ unitId: l.recipientId, amount: l.amount, payoutNo: l.payoutNo })),
      },
    });
    return { allocation, lines, fundName: fund.name, ownerName: owner.name };
  });
}
