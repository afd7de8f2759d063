import { maskPersonalNumbers } from '../../../lib/public-text';
import { notFound } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { findUnit } from '../units/queries';
import {
  dayAndBankTotals,
  type MoneyOutRow,
  moneyOutByDay,
  moneyOutPage,
  type ReceiptRow,
  receiptPage,
  searchCount,
} from './disclosure-queries';
import {
  type Cursor,
  decodeCursor,
  type DisclosureSearch,
  encodeCursor,
  isEmptySearch,
  parseDisclosureSearch,
} from './disclosure-search';
import { findDrive, findFund } from './queries';
import type { donorKinds } from './schema';

type DonorKind = (typeof donorKinds)[number];

/** What a visitor asked for: a search and a page of receipts, and a search and a page of money out. */
export type DisclosureQuery = { q?: string; date?: string; cursor?: string; outQ?: string; outCursor?: string };

const ANONYMOUS = 'Nhà hảo tâm';

/**
 * A receipt as the public sees it: the name only (never an address, phone or account; "Nhà hảo tâm" when the donor
 * chose so), the bank it came through ("Tiền mặt" for cash) and the bank's reference a donor finds in their SMS.
 */
export function publicReceipt(d: ReceiptRow) {
  const anonymous = d.donorKind === 'anonymous' || d.publicAnonymous;
  return {
    receiptNo: d.receiptNo,
    date: d.date,
    donorName: anonymous ? ANONYMOUS : maskPersonalNumbers(d.donorName),
    donorKind: anonymous ? ('anonymous' as const) : (d.donorKind as DonorKind),
    amount: d.amount,
    inKindDescription: d.inKindDescription === null ? null : maskPersonalNumbers(d.inKindDescription),
    inKindValue: d.inKindValue,
    method: d.method,
    bank: d.bankName ?? (d.method === 'cash' ? 'Tiền mặt' : null),
    bankRef: d.bankRef,
  };
}

export function publicMoneyOut(p: MoneyOutRow) {
  return {
    kind: p.kind,
    payoutNo: p.number === null ? null : maskPersonalNumbers(p.number),
    decisionRef: p.decisionRef === null ? null : maskPersonalNumbers(p.decisionRef),
    date: p.date,
    recipient: maskPersonalNumbers(p.recipient),
    purpose: maskPersonalNumbers(p.purpose),
    amount: p.amount,
  };
}

/** The cursors of the pages around one just read (null at either end). */
function cursorsOf<T extends { date: string }>(
  page: { rows: T[]; hasNewer: boolean; hasOlder: boolean },
  key: (r: T) => string,
) {
  const first = page.rows[0];
  const last = page.rows.at(-1);
  return {
    nextCursor: page.hasOlder && last ? encodeCursor({ dir: 'after', date: last.date, key: key(last) }) : null,
    prevCursor: page.hasNewer && first ? encodeCursor({ dir: 'before', date: first.date, key: key(first) }) : null,
  };
}

function searchOf(q: string | undefined, date: string | undefined, period: { from: string; to: string }) {
  const s: DisclosureSearch = parseDisclosureSearch((q ?? '').trim(), period);
  if (date) s.dates.push([date]);
  return s;
}

/**
 * Public disclosure (công khai / sao kê) of a drive, straight from the ledger, one page at a time: the drive, its
 * totals per day and per bank, the balance per day, one page of receipts (50, newest first, narrowed by the search)
 * and one page of money out. Every public page and file is built from these functions.
 */
export async function driveDisclosure(db: Queryable, driveId: string, query: DisclosureQuery = {}) {
  const drive = await findDrive(db, driveId);
  if (!drive) return null;
  const period = { from: drive.periodFrom, to: drive.periodTo };
  const search = searchOf(query.q, query.date, period);
  const outSearch = searchOf(query.outQ, undefined, period);
  const cursor: Cursor | null = query.cursor ? decodeCursor(query.cursor, 'seq') : null;
  const outCursor: Cursor | null = query.outCursor ? decodeCursor(query.outCursor, 'id', 'outCursor') : null;
  const [found, commune, sums, outDays, page, out] = await Promise.all([
    findFund(db, drive.fundId),
    findUnit(db, drive.communeId),
    dayAndBankTotals(db, drive.id),
    moneyOutByDay(db, drive),
    receiptPage(db, drive.id, search, cursor),
    moneyOutPage(db, drive, outSearch, outCursor),
  ]);
  const cash = sums.days.reduce((s, d) => s + d.cash, 0);
  const goods = sums.days.reduce((s, d) => s + d.goods, 0);
  const count = sums.days.reduce((s, d) => s + d.count, 0);
  const paidOut = outDays.filter((d) => d.kind === 'payout').reduce((s, d) => s + d.amount, 0);
  const transferredUp = outDays.filter((d) => d.kind !== 'payout').reduce((s, d) => s + d.amount, 0);

  // The balance per day: cash in minus money out, carried over from day to day.
  const dates = [...new Set([...sums.days.map((d) => d.date), ...outDays.map((d) => d.date)])].sort();
  let balance = 0;
  const byDay = dates.map((date) => {
    const inDay = sums.days.find((d) => d.date === date);
    const outDay = outDays.filter((d) => d.date === date).reduce((s, d) => s + d.amount, 0);
    balance += (inDay?.cash ?? 0) - outDay;
    return { date, cash: inDay?.cash ?? 0, goods: inDay?.goods ?? 0, count: inDay?.count ?? 0, out: outDay, balance };
  });

  const matched = isEmptySearch(search)
    ? { count, total: cash + goods, capped: false }
    : search.dates.length > 0 &&
        search.dates.length + search.words.length === search.dates.length &&
        search.amounts.length + search.refs.length + search.numbers.length === 0
      ? (() => {
          const days = byDay.filter((d) => search.dates.every((ds) => ds.includes(d.date)));
          return {
            count: days.reduce((s, d) => s + d.count, 0),
            total: days.reduce((s, d) => s + d.cash + d.goods, 0),
            capped: false,
          };
        })()
      : await searchCount(db, drive.id, search);

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
    totals: {
      cash,
      goods,
      total: cash + goods,
      count,
      paidOut,
      transferredUp,
      balance: cash - paidOut - transferredUp,
    },
    byDay,
    byBank: sums.banks,
    q: (query.q ?? '').trim(),
    date: query.date ?? null,
    items: page.rows.map(publicReceipt),
    ...cursorsOf(page, (r) => String(r.seq)),
    count: matched.count,
    total: matched.total,
    countCapped: matched.capped,
    payouts: out.rows.map(publicMoneyOut),
    payoutsCursors: cursorsOf(out, (r) => r.key),
  };
}

export type Disclosure = NonNullable<Awaited<ReturnType<typeof driveDisclosure>>>;

/** The public disclosure of a drive, or 404: anyone may read it, no scope applies. */
export async function publicDisclosure(db: Queryable, driveId: string, query: DisclosureQuery = {}) {
  const d = await driveDisclosure(db, driveId, query);
  if (!d) throw notFound('Đợt vận động');
  return d;
}

/** A page of a drive's money out alone (the portal's and the API's second list), or 404. */
export async function publicMoneyOutPage(db: Queryable, driveId: string, query: { q?: string; cursor?: string }) {
  const drive = await findDrive(db, driveId);
  if (!drive) throw notFound('Đợt vận động');
  const search = searchOf(query.q, undefined, { from: drive.periodFrom, to: drive.periodTo });
  const cursor = query.cursor ? decodeCursor(query.cursor, 'id') : null;
  const page = await moneyOutPage(db, drive, search, cursor);
  return { items: page.rows.map(publicMoneyOut), ...cursorsOf(page, (r) => r.key) };
}
