import { amountInWords } from '../../../lib/amount-in-words';
import type { Disbursement, Donation, Drive, Fund } from './schema';

export function presentFund(f: Fund) {
  return {
    id: f.id,
    communeId: f.communeId,
    name: f.name,
    bankBin: f.bankBin,
    bankAccount: f.bankAccount,
    bankAccountName: f.bankAccountName,
  };
}

export function presentDrive(d: Drive) {
  return {
    id: d.id,
    fundId: d.fundId,
    communeId: d.communeId,
    name: d.name,
    code: d.code,
    from: d.periodFrom,
    to: d.periodTo,
    target: d.target,
    assignedBy: d.assignedByUnitId
      ? { unitId: d.assignedByUnitId }
      : d.assignedByBody
        ? { body: d.assignedByBody }
        : null,
    indicatorId: d.indicatorId,
  };
}

/** A receipt: cash and goods shown separately, and their sum, with the cash in words. */
export function presentDonation(d: Donation) {
  return {
    id: d.id,
    fundId: d.fundId,
    driveId: d.driveId,
    receiptNo: d.receiptNo,
    donorKind: d.donorKind,
    donorName: d.donorName,
    method: d.method,
    amount: d.amount,
    amountInWords: amountInWords(d.amount),
    inKindDescription: d.inKindDescription,
    inKindValue: d.inKindValue,
    total: d.amount + d.inKindValue,
    totalInWords: amountInWords(d.amount + d.inKindValue),
    unitId: d.unitId,
    organizationId: d.organizationId,
    pledgeId: d.pledgeId,
    date: d.date,
    note: d.note,
    voided: d.voidedAt !== null,
    voidReason: d.voidReason,
    createdAt: d.createdAt.toISOString(),
  };
}

export function presentDisbursement(d: Disbursement) {
  return {
    id: d.id,
    fundId: d.fundId,
    driveId: d.driveId,
    payoutNo: d.payoutNo,
    amount: d.amount,
    amountInWords: amountInWords(d.amount),
    date: d.date,
    purpose: d.purpose,
    recipient: d.recipient,
    decisionRef: d.decisionRef,
    reliefProgramId: d.reliefProgramId,
    voided: d.voidedAt !== null,
    voidReason: d.voidReason,
  };
}
