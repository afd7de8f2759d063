import { sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Queryable } from '../../../db/client';
import { formatMoney } from '../../../../lib/numbers';
import { recordAudit } from '../../audit/record-audit';
import { nextNumber } from '../../funds/numbering';
import { presentDisbursement } from '../../funds/present';
import { balanceParts } from '../../funds/queries';
import { disbursements, type Fund } from '../../funds/schema';

export type ReliefPayout = { amount: number; date: string; purpose: string; recipient: string; decisionRef: string; reliefProgramId: string };

/**
 * A payout (phiếu chi) from a fund written inside the caller's transaction — the same ledger rules as
 * the funds module's recordDisbursement: the fund row is locked so two payouts cannot both pass the
 * balance check, the balance cannot go below zero (409), and the next PC number is taken from the
 * gapless counter (given back if the caller's transaction rolls back).
 */
export async function payFromFund(tx: Queryable, meta: RequestMeta, fund: Fund, communePath: string, input: ReliefPayout, field = 'value') {
  await tx.execute(sql`select id from funds where id = ${fund.id} for update`);
  const { balance } = await balanceParts(tx, fund.id);
  if (input.amount > balance) {
    const msg = `Số dư ${fund.name} chỉ còn ${formatMoney(balance)}, không đủ chi ${formatMoney(input.amount)}.`;
    throw conflict('insufficient_balance', msg, { [field]: msg });
  }
  const year = Number(input.date.slice(0, 4));
  const { seq, label } = await nextNumber(tx, fund.communeId, fund.id, year, 'PC');
  const [row] = await tx
    .insert(disbursements)
    .values({ communeId: fund.communeId, fundId: fund.id, driveId: null, year, seq, payoutNo: label, createdBy: meta.actorId, ...input })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(tx, meta, { action: 'disbursement.record', entity: 'disbursement', entityId: row.id, communeId: fund.communeId, scopePath: communePath, after: presentDisbursement(row) });
  return row;
}
