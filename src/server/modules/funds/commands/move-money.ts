import { sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict, forbidden, unknownReference } from '../../../core/errors';
import type { Db, Queryable } from '../../../db/client';
import { formatMoney } from '../../../../lib/numbers';
import { recordAudit } from '../../audit/record-audit';
import { findProgramVisibleTo } from '../../relief/lookup';
import { findFundVisibleTo } from '../lookup';
import { nextNumber } from '../numbering';
import { canManageFunds } from '../policy';
import { presentDisbursement } from '../present';
import { balanceParts, findDrive } from '../queries';
import { disbursements, fundTransfers, type Fund } from '../schema';
import type { CommandContext } from '../../../core/command';

/** Serialises everything that takes money out of one fund, so two payouts cannot both pass the balance check. */
async function lockFund(tx: Queryable, fundId: string) {
  await tx.execute(sql`select id from funds where id = ${fundId} for update`);
}

async function assertCovers(tx: Queryable, fund: Fund, amount: number, field: string) {
  const { balance } = await balanceParts(tx, fund.id);
  if (amount > balance) {
    const msg = `Số dư quỹ chỉ còn ${formatMoney(balance)}, không đủ chi ${formatMoney(amount)}.`;
    throw conflict('insufficient_balance', msg, { [field]: msg });
  }
}

export type PayoutInput = {
  driveId: string | null;
  amount: number;
  date: string;
  purpose: string;
  recipient: string;
  decisionRef: string;
  reliefProgramId: string | null;
};

/** A payout as the request gives it: absent optional references are null. */
export type PayoutRequest = Omit<PayoutInput, 'driveId' | 'reliefProgramId'> & {
  fundId: string;
  driveId?: string | null;
  reliefProgramId?: string | null;
};

/** A payout inside the caller's transaction (a relief support paid from a fund writes both or neither). */
export async function recordDisbursementInTx(
  tx: Queryable,
  meta: RequestMeta,
  fund: Fund,
  communePath: string,
  input: PayoutInput,
  field = 'amount',
) {
  await lockFund(tx, fund.id);
  await assertCovers(tx, fund, input.amount, field);
  const year = Number(input.date.slice(0, 4));
  const { seq, label } = await nextNumber(tx, fund.communeId, fund.id, year, 'PC');
  const [row] = await tx
    .insert(disbursements)
    .values({
      communeId: fund.communeId,
      fundId: fund.id,
      year,
      seq,
      payoutNo: label,
      createdBy: meta.actorId,
      ...input,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(tx, meta, {
    action: 'disbursement.record',
    entity: 'disbursement',
    entityId: row.id,
    communeId: fund.communeId,
    scopePath: communePath,
    after: presentDisbursement(row),
  });
  return row;
}

/**
 * A payout (phiếu chi) by the standing committee, from a drive of the same fund or the fund itself;
 * never more than the fund holds.
 */
export async function recordDisbursement(ctx: CommandContext, input: PayoutRequest) {
  const { db, actor, meta } = ctx;
  const { fundId, ...rest } = input;
  const payout = { ...rest, driveId: rest.driveId ?? null, reliefProgramId: rest.reliefProgramId ?? null };
  const { fund, communePath } = await findFundVisibleTo(db, actor, fundId, 'fundId');
  if (!canManageFunds(actor, { id: fund.communeId, path: communePath }))
    throw forbidden({ fundId: 'Chỉ Ban Thường trực xã lập phiếu chi.' });
  if (payout.driveId) {
    const drive = await findDrive(db, payout.driveId);
    if (!drive || drive.fundId !== fund.id) throw unknownReference('driveId', 'Đợt vận động');
  }
  if (payout.reliefProgramId) {
    // A payout pays for a programme of the fund's own commune only (relief's lookup: its tables stay its own).
    const { program } = await findProgramVisibleTo(db, actor, payout.reliefProgramId, 'reliefProgramId');
    if (program.communeId !== fund.communeId) throw unknownReference('reliefProgramId', 'Chương trình trợ giúp');
  }
  return writeDisbursement(db, meta, fund, communePath, payout);
}

/** The payout in its own transaction, without authorisation (the demo loader calls it as the system). */
export async function writeDisbursement(
  db: Db,
  meta: RequestMeta,
  fund: Fund,
  communePath: string,
  input: PayoutInput,
) {
  return db.transaction((tx) => recordDisbursementInTx(tx, meta, fund, communePath, input));
}

export type TransferInput = {
  direction: 'up' | 'down';
  amount: number;
  date: string;
  counterparty: string;
  documentRef: string | null;
  note: string | null;
};

export type TransferRequest = Omit<TransferInput, 'documentRef' | 'note'> & {
  fundId: string;
  documentRef?: string | null;
  note?: string | null;
};

/** Money passed up to the level above (never more than the fund holds) or received from it: the standing committee. */
export async function recordTransfer(ctx: CommandContext, request: TransferRequest) {
  const { db, actor, meta } = ctx;
  const { fundId, ...rest } = request;
  const input = { ...rest, documentRef: rest.documentRef ?? null, note: rest.note ?? null };
  const { fund, communePath } = await findFundVisibleTo(db, actor, fundId, 'fundId');
  if (!canManageFunds(actor, { id: fund.communeId, path: communePath }))
    throw forbidden({ fundId: 'Chỉ Ban Thường trực xã nộp/nhận quỹ.' });
  return db.transaction(async (tx) => {
    if (input.direction === 'up') {
      await lockFund(tx, fund.id);
      await assertCovers(tx, fund, input.amount, 'amount');
    }
    const [row] = await tx
      .insert(fundTransfers)
      .values({ communeId: fund.communeId, fundId: fund.id, createdBy: meta.actorId, ...input })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: `transfer.${input.direction}`,
      entity: 'fund_transfer',
      entityId: row.id,
      communeId: fund.communeId,
      scopePath: communePath,
      after: row,
    });
    return row;
  });
}
