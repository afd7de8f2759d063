import { eq, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { nextNumber } from '../numbering';
import { presentDonation } from '../present';
import { donations, type Donation, type Fund } from '../schema';

export type DonationInput = {
  driveId: string | null;
  donorKind: Donation['donorKind'];
  donorName: string;
  donorAddress: string | null;
  method: Donation['method'];
  amount: number;
  inKindDescription: string | null;
  inKindValue: number;
  collectedAt: Unit;
  organizationId: string | null;
  pledgeId: string | null;
  bankRowId: string | null;
  date: string;
  note: string | null;
};

/** One receipt: its gapless number, the row and the audit row commit together or not at all. */
export async function recordDonation(db: Db, meta: RequestMeta, fund: Fund, input: DonationInput): Promise<Donation> {
  return db.transaction(async (tx) => {
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
  });
}

/** A void keeps the number and removes the amount from every total; voiding twice is a conflict. */
export async function voidDonation(db: Db, meta: RequestMeta, id: string, reason: string): Promise<Donation> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(donations).where(eq(donations.id, id)).for('update');
    if (!current) throw new Error('donation vanished');
    if (current.voidedAt) throw conflict('already_voided', `Phiếu thu ${current.receiptNo} đã bị hủy trước đó.`);
    const [row] = await tx
      .update(donations)
      .set({ voidedAt: sql`now()`, voidedBy: meta.actorId, voidReason: reason })
      .where(eq(donations.id, id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'donation.void',
      entity: 'donation',
      entityId: id,
      communeId: row.communeId,
      scopePath: row.unitPath,
      before: presentDonation(current),
      after: presentDonation(row),
    });
    return row;
  });
}
