import { amountInWords } from '../../../lib/amount-in-words';
import { figure } from '../../../lib/figure';
import type { Actor } from '../../core/actor';
import { presentBankRow } from './fund-book';
import { bankRowCan, donationCan, fundCan } from './policy';
import type { Disbursement, Donation, Drive, Fund } from './schema';

type CommuneRef = { id: string; path: string };

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

/** The unit that owns a fund (a commune, a province, the national unit), as the fund's JSON names it. */
export type FundOwner = { path: string; level: string; name: string };
const ownerLevel = (l: string) => (l === 'national' || l === 'province' ? l : 'commune');

/** A fund as its reader sees it: its owning unit, and what they may do (`can`), from the funds policy. */
export function presentFundFor(actor: Actor, f: Fund, owner: FundOwner) {
  return {
    ...presentFund(f),
    unitId: f.communeId,
    unitLevel: ownerLevel(owner.level),
    unitName: owner.name,
    can: fundCan(actor, { id: f.communeId, path: owner.path }),
  } as const;
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
    publicAnonymous: d.publicAnonymous,
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

/** A receipt as its reader sees it: with whether they may void it. */
export function presentDonationFor(actor: Actor, d: Donation, commune: CommuneRef) {
  return { ...presentDonation(d), can: donationCan(actor, commune, d) };
}

/** A drive's total against its target, with the sentence the staff app shows ("… đạt N%"). */
/** The drive's announcement as entered in the register, or null. */
export const presentNotice = (n: { id: string; number: string; date: string } | null) => ({
  notice: n ? { documentId: n.id, number: n.number, date: n.date } : null,
});

export function presentDriveSummary(drive: Drive, t: { total: number; cash: number; goods: number; count: number }) {
  const target = drive.target ?? undefined;
  const f = figure({ aggregation: 'sum', unitLabel: 'đồng', actual: t.total, target });
  return {
    total: t.total,
    cash: t.cash,
    goods: t.goods,
    count: t.count,
    ...(target !== undefined && { target, percent: f.percent }),
    text: f.text,
  };
}

export function presentPledge(p: { id: string; fundId: string; donorName: string; amount: number; date: string }) {
  return { id: p.id, fundId: p.fundId, donorName: p.donorName, amount: p.amount, date: p.date };
}

type PledgeRow = {
  id: string;
  donorName: string;
  donorKind: Donation['donorKind'];
  amount: number;
  date: string;
  fulfilled: number;
  outstanding: number;
};

/** Pledges with what receipts fulfilled, and the total still outstanding. */
export function presentPledges(rows: PledgeRow[]) {
  return {
    items: rows.map((p) => ({
      id: p.id,
      donorName: p.donorName,
      donorKind: p.donorKind,
      amount: p.amount,
      date: p.date,
      fulfilled: p.fulfilled,
      outstanding: p.outstanding,
    })),
    outstanding: rows.reduce((s, p) => s + p.outstanding, 0),
  };
}

export function presentTransfer(t: {
  id: string;
  fundId: string;
  direction: 'up' | 'down';
  amount: number;
  date: string;
  counterparty: string;
}) {
  return {
    id: t.id,
    fundId: t.fundId,
    direction: t.direction,
    amount: t.amount,
    date: t.date,
    counterparty: t.counterparty,
  };
}

/** A bank row of the staff list, with whether the caller may assign (or ignore) it. */
export function presentBankRowFor(actor: Actor, commune: CommuneRef, r: Parameters<typeof presentBankRow>[0]) {
  return { ...presentBankRow(r), can: bankRowCan(actor, commune, r) };
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
