import { and, eq, inArray, isNull } from 'drizzle-orm';
import { formatMoney } from '../../../../lib/numbers';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import { isStrictlyWithin } from '../../../core/scope';
import type { CommandContext } from '../../../core/command';
import type { Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { unitRefs } from '../../units/refs';
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
  lines: { communeId: string; amount: number }[];
};

/** The communes named, current and of level commune, strictly inside the paying unit's subtree. */
async function communesUnder(db: Queryable, ownerPath: string, ids: string[]) {
  const rows = await db
    .select({ id: unitRefs.id, name: unitRefs.name, path: unitRefs.path })
    .from(unitRefs)
    .where(and(inArray(unitRefs.id, ids), eq(unitRefs.level, 'commune'), isNull(unitRefs.endedOn)));
  return new Map(rows.filter((r) => isStrictlyWithin(r.path, ownerPath)).map((r) => [r.id, r]));
}

/**
 * An allocation (phân bổ) from a province's (or the national unit's) fund to communes below it: one decision, an
 * amount per commune. Each commune's amount leaves the fund as its own numbered payout (PC) in the allocation's
 * transaction, so the province's fund book shows every share, and the whole allocation is refused when the fund does
 * not hold its total (money never goes below zero, the rule every payout keeps). A line naming an unknown commune, a
 * commune outside the paying unit, or a commune twice is a 422 naming `lines.N.communeId`; nothing is written.
 */
export async function createAllocation(ctx: CommandContext, input: AllocationRequest) {
  const { db, actor, meta } = ctx;
  const { fund, commune: owner, communePath } = await findFundVisibleTo(db, actor, input.fundId, 'fundId');
  if (!canManageFunds(actor, { id: fund.communeId, path: communePath }))
    throw forbidden({ fundId: 'Chỉ cấp trên giữ quỹ này phân bổ từ quỹ.' });
  if (owner.level !== 'province' && owner.level !== 'national')
    throw invalid({ fundId: 'Chỉ quỹ của tỉnh (hoặc trung ương) phân bổ cho các xã.' });
  const driveId = input.driveId ?? null;
  if (driveId) {
    const drive = await findDrive(db, driveId);
    if (!drive || drive.fundId !== fund.id) throw unknownReference('driveId', 'Đợt vận động');
  }
  const found = await communesUnder(
    db,
    communePath,
    input.lines.map((l) => l.communeId),
  );
  const bad: Record<string, string> = {};
  const seen = new Set<string>();
  input.lines.forEach((l, i) => {
    if (!found.has(l.communeId)) bad[`lines.${i}.communeId`] = `Không có xã này trong ${owner.name}.`;
    else if (seen.has(l.communeId)) bad[`lines.${i}.communeId`] = 'Mỗi xã một dòng trong một quyết định phân bổ.';
    seen.add(l.communeId);
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
      const commune = found.get(l.communeId);
      if (!commune) throw new Error('commune checked above');
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
          recipient: commune.name,
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
          recipientId: commune.id,
          amount: l.amount,
          disbursementId: payout.id,
        })
        .returning();
      if (!line) throw new Error('insert returned nothing');
      lines.push({ ...line, payoutNo: payout.payoutNo, communeName: commune.name });
    }
    await recordAudit(tx, meta, {
      action: 'allocation.create',
      entity: 'allocation',
      entityId: allocation.id,
      communeId: fund.communeId,
      scopePath: communePath,
      after: {
        ...allocation,
        lines: lines.map((l) => ({ communeId: l.recipientId, amount: l.amount, payoutNo: l.payoutNo })),
      },
    });
    return { allocation, lines, fundName: fund.name, ownerName: owner.name };
  });
}
