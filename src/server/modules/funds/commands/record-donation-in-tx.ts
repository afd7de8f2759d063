import type { RequestMeta } from '../../../core/actor';
import type { Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { nextNumber } from '../numbering';
import { presentDonation } from '../present';
import { donations, type Donation, type Fund } from '../schema';
import type { DonationInput } from './record-donation';

/**
 * recordDonation inside a transaction the caller already holds, for commands that write a receipt
 * together with other rows (a bank statement import, assigning a bank row): the number, the receipt
 * and its audit row commit or roll back with the caller's work.
 */
export async function recordDonationInTx(tx: Queryable, meta: RequestMeta, fund: Fund, input: DonationInput): Promise<Donation> {
  const year = Number(input.date.slice(0, 4));
  const { seq, label } = await nextNumber(tx, fund.communeId, fund.id, year, 'PT');
  const [row] = await tx
    .insert(donations)
    .values({
      communeId: fund.communeId,
      fundId: fund.id,
      driveId: input.driveId,
      year,
      seq,
      receiptNo: label,
      donorKind: input.donorKind,
      donorName: input.donorKind === 'anonymous' ? 'Nhà hảo tâm' : input.donorName,
      donorAddress: input.donorAddress,
      method: input.method,
      amount: input.amount,
      inKindDescription: input.inKindDescription,
      inKindValue: input.inKindValue,
      unitId: input.collectedAt.id,
      unitPath: input.collectedAt.path,
      organizationId: input.organizationId,
      pledgeId: input.pledgeId,
      bankRowId: input.bankRowId,
      date: input.date,
      note: input.note,
      createdBy: meta.actorId,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(tx, meta, { action: 'donation.record', entity: 'donation', entityId: row.id, communeId: row.communeId, scopePath: row.unitPath, after: presentDonation(row) });
  return row;
}
