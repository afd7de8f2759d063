import { maskPersonalNumbers } from '../../../lib/public-text';
import { notFound } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { findUnit } from '../units/queries';
import { driveDisbursements, driveDonations, driveTotals, findDrive, findFund } from './queries';

/**
 * Public disclosure (công khai / sao kê) of a drive, straight from the ledger: who gave what and
 * when, what was paid out, and what is left. Only names and amounts: never an address, phone or ID; a donor who
 * chose so appears as "Nhà hảo tâm"; phone and account numbers inside the texts (bank transfer texts) are masked.
 * Every public page and file (HTML, API, .xlsx, .docx, .pdf) is built from this.
 */
export async function driveDisclosure(db: Queryable, driveId: string) {
  const drive = await findDrive(db, driveId);
  if (!drive) return null;
  const [found, commune, totals, gifts, payouts] = await Promise.all([
    findFund(db, drive.fundId),
    findUnit(db, drive.communeId),
    driveTotals(db, drive.id),
    driveDonations(db, drive.id),
    driveDisbursements(db, drive.id),
  ]);
  const paidOut = payouts.reduce((s, p) => s + p.amount, 0);
  return {
    drive: {
      id: drive.id,
      name: drive.name,
      code: drive.code,
      from: drive.periodFrom,
      to: drive.periodTo,
      target: drive.target,
    },
    fund: { name: found?.fund.name ?? '' },
    commune: { id: commune?.id ?? '', name: commune?.name ?? '', kind: commune?.kind ?? '' },
    donors: gifts.map((d) => ({
      receiptNo: d.receiptNo,
      date: d.date,
      donorName: d.donorKind === 'anonymous' || d.publicAnonymous ? 'Nhà hảo tâm' : maskPersonalNumbers(d.donorName),
      donorKind: d.publicAnonymous ? ('anonymous' as const) : d.donorKind,
      amount: d.amount,
      inKindDescription: d.inKindDescription === null ? null : maskPersonalNumbers(d.inKindDescription),
      inKindValue: d.inKindValue,
    })),
    payouts: payouts.map((p) => ({
      payoutNo: p.payoutNo,
      date: p.date,
      purpose: maskPersonalNumbers(p.purpose),
      recipient: maskPersonalNumbers(p.recipient),
      amount: p.amount,
    })),
    totals: {
      cash: totals.cash,
      goods: totals.goods,
      total: totals.total,
      count: totals.count,
      paidOut,
      balance: totals.cash - paidOut,
    },
  };
}

/** The public disclosure of a drive, or 404: anyone may read it, no scope applies. */
export async function publicDisclosure(db: Queryable, driveId: string) {
  const d = await driveDisclosure(db, driveId);
  if (!d) throw notFound('Đợt vận động');
  return d;
}
