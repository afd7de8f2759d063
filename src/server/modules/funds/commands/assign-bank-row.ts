import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict, forbidden, unknownReference } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { findBankRowVisibleTo } from '../lookup';
import { canManageFunds } from '../policy';
import { findDrive } from '../queries';
import { bankRows, donations, type Donation, type Fund } from '../schema';
import type { CommandContext } from '../../../core/command';
import { receiptFromBankRow } from './import-bank-rows';
import { writeDonation } from './record-donation';

export type AssignBankRowInput =
  | { driveId: string | null; donorName: string | null }
  | { ignore: true; reason: string };

type BankRow = typeof bankRows.$inferSelect;

const snapshot = (r: BankRow) => ({
  id: r.id,
  txnId: r.bankTxnId,
  date: r.date,
  amount: r.amount,
  status: r.status,
  driveId: r.driveId,
  donationId: r.donationId,
});

export type AssignBankRowRequest = {
  id: string;
  /** The drive the row's receipt counts for; null: the fund itself. */
  driveId?: string | null;
  donorName?: string;
  ignore?: boolean;
  reason?: string;
};

/**
 * The standing committee settles a row the import could not match: a receipt for a drive of the
 * same fund (or the fund itself), or "ignored" with a reason. Returns the row as the list shows it
 * and the receipt written, if any.
 */
export async function assignBankRow(ctx: CommandContext, input: AssignBankRowRequest) {
  const { db, actor, meta } = ctx;
  const { fund, commune } = await findBankRowVisibleTo(db, actor, input.id, 'id');
  if (!canManageFunds(actor, commune)) throw forbidden({ id: 'Chỉ Ban Thường trực xã gán dòng sao kê.' });
  let driveCode: string | null = null;
  if (input.driveId) {
    const drive = await findDrive(db, input.driveId);
    if (!drive || drive.fundId !== fund.id) throw unknownReference('driveId', 'Đợt vận động');
    driveCode = drive.code;
  }
  const how: AssignBankRowInput = input.ignore
    ? { ignore: true, reason: input.reason ?? '' }
    : { driveId: input.driveId ?? null, donorName: input.donorName ?? null };
  const { row, donation } = await settleBankRow(db, meta, fund, commune, input.id, how);
  const listed = {
    ...row,
    driveCode,
    receiptNo: donation?.receiptNo ?? null,
    receiptVoided: false,
    ignoreReason: input.ignore ? (input.reason ?? null) : null,
  };
  return { row: listed, donation, fund, commune };
}

/**
 * A person settles a row the code did not match: a receipt for a drive (or the fund itself), or
 * "ignored" with a reason (a refund of a bank fee, interest). A row that already has a live receipt
 * cannot get a second one; a row whose receipt was voided may be assigned again.
 */
async function settleBankRow(
  db: Db,
  meta: RequestMeta,
  fund: Fund,
  commune: Unit,
  bankRowId: string,
  input: AssignBankRowInput,
): Promise<{ row: BankRow; donation: Donation | null }> {
  return db.transaction(async (tx) => {
    // The row lock makes a second, concurrent assign wait and then see the first one's receipt.
    const [current] = await tx.select().from(bankRows).where(eq(bankRows.id, bankRowId)).for('update');
    if (!current) throw new Error('bank row vanished');
    let live: Donation | null = null;
    if (current.donationId) {
      const [d] = await tx.select().from(donations).where(eq(donations.id, current.donationId));
      live = d && !d.voidedAt ? d : null;
    }
    // Imported credits are counted to the fund at once; one still without a drive is given its drive here. Its
    // receipt keeps its number, amount and date: the drive is a classification (audited), never the money.
    if (live && !('ignore' in input) && live.driveId === null && input.driveId) {
      const [donation] = await tx
        .update(donations)
        .set({ driveId: input.driveId })
        .where(eq(donations.id, live.id))
        .returning();
      const [row] = await tx
        .update(bankRows)
        .set({ status: 'assigned', driveId: input.driveId })
        .where(eq(bankRows.id, current.id))
        .returning();
      if (!row || !donation) throw new Error('update returned nothing');
      await recordAudit(tx, meta, {
        action: 'bank_row.assign',
        entity: 'bank_row',
        entityId: row.id,
        communeId: fund.communeId,
        scopePath: commune.path,
        before: snapshot(current),
        after: { ...snapshot(row), receiptNo: donation.receiptNo },
      });
      return { row, donation };
    }
    if (live)
      throw conflict('bank_row_receipted', `Dòng sao kê ${current.bankTxnId} đã thành phiếu thu ${live.receiptNo}.`, {
        id: `Đã có phiếu thu ${live.receiptNo}.`,
      });

    if ('ignore' in input) {
      if (current.status === 'ignored')
        throw conflict('bank_row_ignored', `Dòng sao kê ${current.bankTxnId} đã được bỏ qua trước đó.`, {
          id: 'Đã bỏ qua.',
        });
      const [row] = await tx.update(bankRows).set({ status: 'ignored' }).where(eq(bankRows.id, current.id)).returning();
      if (!row) throw new Error('update returned nothing');
      await recordAudit(tx, meta, {
        action: 'bank_row.ignore',
        entity: 'bank_row',
        entityId: row.id,
        communeId: fund.communeId,
        scopePath: commune.path,
        before: snapshot(current),
        after: { ...snapshot(row), reason: input.reason },
      });
      return { row, donation: null };
    }

    const donation = await writeDonation(
      tx,
      meta,
      fund,
      receiptFromBankRow(current, input.driveId, commune, input.donorName),
    );
    const [row] = await tx
      .update(bankRows)
      .set({ status: 'assigned', driveId: input.driveId, donationId: donation.id })
      .where(eq(bankRows.id, current.id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'bank_row.assign',
      entity: 'bank_row',
      entityId: row.id,
      communeId: fund.communeId,
      scopePath: commune.path,
      before: snapshot(current),
      after: { ...snapshot(row), receiptNo: donation.receiptNo },
    });
    return { row, donation };
  });
}
