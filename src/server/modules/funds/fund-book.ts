import { todayVn } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import { invalid } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { findFundVisibleTo } from './lookup';
import { balanceParts, countBankRows, ledgerEntries, listBankRows, transferReceipts } from './queries';

export type BookKind = 'receipt' | 'payout' | 'transfer_up' | 'transfer_down';
export type BookEntry = {
  date: string;
  kind: BookKind;
  number: string | null;
  description: string;
  income: number;
  expense: number;
  createdAt: Date;
};
export type BookLine = Omit<BookEntry, 'createdAt'> & { balance: number };

/**
 * The fund book (sổ quỹ) from an opening balance and the period's entries: by date, then in the order
 * they were written (within one kind that is number order, numbers being handed out as rows are
 * written), then by number; each line carries the running balance.
 */
export function buildBook(opening: number, entries: BookEntry[]) {
  const sorted = [...entries].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      (a.number ?? '\uffff').localeCompare(b.number ?? '\uffff'),
  );
  let balance = opening;
  let income = 0;
  let expense = 0;
  const lines: BookLine[] = sorted.map(({ createdAt: _c, ...e }) => {
    income += e.income;
    expense += e.expense;
    balance += e.income - e.expense;
    return { ...e, balance };
  });
  return { lines, totals: { income, expense }, closing: opening + income - expense };
}

/**
 * Opening balance = everything before `from` in the ledger (receipts − payouts − transfers up + transfers down,
 * voids excluded).
 */
export async function fundBook(db: Queryable, fundId: string, from: string, to: string) {
  const { balance: opening } = await balanceParts(db, fundId, { before: from });
  const { receipts, payouts, transfers } = await ledgerEntries(db, fundId, from, to);
  const entries: BookEntry[] = [
    ...receipts.map((r) => ({
      date: r.date,
      kind: 'receipt' as const,
      number: r.number,
      description:
        `Thu ủng hộ của ${r.donorName}${r.driveName ? ` – ${r.driveName}` : ''}` +
        (r.method === 'bank_transfer' ? ' (chuyển khoản)' : ''),
      income: r.amount,
      expense: 0,
      createdAt: r.createdAt,
    })),
    ...payouts.map((p) => ({
      date: p.date,
      kind: 'payout' as const,
      number: p.number,
      description: `Chi ${p.purpose} – ${p.recipient} (${p.decisionRef})`,
      income: 0,
      expense: p.amount,
      createdAt: p.createdAt,
    })),
    ...transfers.map((t) => ({
      date: t.date,
      kind: t.direction === 'up' ? ('transfer_up' as const) : ('transfer_down' as const),
      number: null,
      description:
        `${t.direction === 'up' ? 'Nộp về' : 'Nhận từ'} ${t.counterparty}` +
        (t.documentRef ? ` (${t.documentRef})` : ''),
      income: t.direction === 'down' ? t.amount : 0,
      expense: t.direction === 'up' ? t.amount : 0,
      createdAt: t.createdAt,
    })),
  ];
  return { from, to, opening, ...buildBook(opening, entries) };
}

type ListedBankRow = Awaited<ReturnType<typeof listBankRows>>['items'][number];

export function presentBankRow(r: ListedBankRow) {
  return {
    id: r.id,
    fundId: r.fundId,
    txnId: r.bankTxnId,
    date: r.date,
    amount: r.amount,
    description: r.description,
    payerName: r.payerName,
    status: r.status,
    driveId: r.driveId,
    driveCode: r.driveCode,
    donationId: r.donationId,
    receiptNo: r.receiptNo,
    receiptVoided: r.receiptVoided,
    ignoreReason: r.ignoreReason,
    accountId: r.accountId,
    statementId: r.statementId,
    line: r.line,
    payerAccount: r.payerAccount,
  };
}

/** Rows each list of the reconciliation shows at most (its count and amount are always whole). */
const LIST = 100;

/**
 * The bank against the book for a period, in SQL sums (a relief account holds 100,000s of rows): what the bank
 * credited, what the fund recorded as transfers, and the rows on either side that explain the difference —
 * difference = not counted + ignored + rows whose receipt was voided − transfer receipts without a bank row.
 * An import counts every credit at once, so "not counted" holds only rows of older imports.
 */
export async function reconciliation(db: Queryable, fundId: string, from: string, to: string) {
  const period = { from, to };
  const [bank, unmatched, ignored, voided, withoutDrive, receipts] = await Promise.all([
    countBankRows(db, fundId, period),
    listBankRows(db, fundId, { ...period, problem: 'without_receipt', limit: LIST }),
    listBankRows(db, fundId, { ...period, status: 'ignored', limit: LIST }),
    listBankRows(db, fundId, { ...period, problem: 'voided_receipt', limit: LIST }),
    countBankRows(db, fundId, { ...period, status: 'unmatched' }),
    transferReceipts(db, fundId, from, to, LIST),
  ]);
  const [unmatchedSum, ignoredSum, voidedSum] = await Promise.all([
    countBankRows(db, fundId, { ...period, problem: 'without_receipt' }),
    countBankRows(db, fundId, { ...period, status: 'ignored' }),
    countBankRows(db, fundId, { ...period, problem: 'voided_receipt' }),
  ]);
  return {
    from,
    to,
    bankTotal: bank.amount,
    bankRows: bank.count,
    receiptsByTransferTotal: receipts.total,
    difference: bank.amount - receipts.total,
    explained: {
      unmatched: unmatchedSum.amount,
      ignored: ignoredSum.amount,
      voidedReceipts: voidedSum.amount,
      receiptsWithoutBankRow: receipts.withoutRowTotal,
    },
    counts: {
      unmatched: unmatchedSum.count,
      ignored: ignoredSum.count,
      voidedReceipts: voidedSum.count,
      receiptsWithoutBankRow: receipts.withoutRowCount,
    },
    /** Counted to the fund without a drive yet (a rule or a person names it): not a difference, a to-do. */
    withoutDrive: withoutDrive,
    unmatchedRows: unmatched.items.map(presentBankRow),
    ignoredRows: ignored.items.map(presentBankRow),
    rowsWithVoidedReceipt: voided.items.map(presentBankRow),
    receiptsWithoutBankRow: receipts.withoutRow.map((d) => ({
      id: d.id,
      receiptNo: d.receiptNo,
      date: d.date,
      amount: d.amount,
      donorName: d.donorName,
      driveId: d.driveId,
    })),
  };
}

/** A period defaults to the current year up to today (Vietnam time); it may not end before it starts. */
export function periodOf(q: { from?: string; to?: string }, today = todayVn()) {
  const to = q.to ?? today;
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw invalid({ to: 'Đến ngày phải sau hoặc bằng từ ngày.' });
  return { from, to };
}

/** The fund book of a fund the actor may read, for a period (default: this year to date). */
export async function fundBookFor(db: Queryable, actor: Actor, fundId: string, q: { from?: string; to?: string }) {
  const { fund } = await findFundVisibleTo(db, actor, fundId, 'id');
  const { from, to } = periodOf(q);
  return { fundId: fund.id, fundName: fund.name, ...(await fundBook(db, fund.id, from, to)) };
}

/** The bank reconciliation of a fund the actor may read, for a period (default: this year to date). */
export async function reconciliationFor(
  db: Queryable,
  actor: Actor,
  fundId: string,
  q: { from?: string; to?: string },
) {
  const { fund } = await findFundVisibleTo(db, actor, fundId, 'id');
  const { from, to } = periodOf(q);
  return { fundId: fund.id, ...(await reconciliation(db, fund.id, from, to)) };
}
