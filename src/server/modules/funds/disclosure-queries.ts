import { and, asc, eq, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import type { Cursor, DisclosureSearch } from './disclosure-search';
import { driveDayTotals } from './disclosure-schema';
import { foldSql } from './name-words';
import { donations, fundAccounts } from './schema';

/** The rows of a raw statement, whichever driver ran it (both answer `{rows}`). */
const rowsOf = (res: unknown) => (res as { rows: Record<string, unknown>[] }).rows;

/** Rows a public page shows. */
export const PAGE_SIZE = 50;
/** Matches counted exactly for a search; beyond, the count says "more than" (a common name over a million rows). */
export const COUNT_CAP = 5000;

const likeSuffix = (ref: string) =>
  `${[...ref]
    .reverse()
    .join('')
    .replace(/[\\%_]/g, '\\$&')}%`;
const refMatches = (ref: string) =>
  and(
    isNotNull(donations.bankRef),
    sql`(reverse(upper(${donations.bankRef})) collate "C") like ${likeSuffix(ref.toUpperCase())}`,
  );

/** The WHERE of a drive's live receipts narrowed by a search (each token is one more condition). */
function receiptFilter(driveId: string, s: DisclosureSearch): SQL | undefined {
  return and(
    eq(donations.driveId, driveId),
    isNull(donations.voidedAt),
    s.words.length > 0
      ? sql`${donations.nameWords} @> array[${sql.join(
          s.words.map((w) => sql`${w}`),
          sql`, `,
        )}]::text[]`
      : undefined,
    ...s.amounts.map((a) => eq(donations.amount, a)),
    ...s.dates.map((d) => inArray(donations.date, d)),
    ...s.refs.map(refMatches),
    ...s.numbers.map((n) => or(eq(donations.amount, n.amount), refMatches(n.ref))),
  );
}

/** What a public receipt row shows (the page and the files read the same columns; join `fundAccounts` for the bank). */
export const receiptColumns = {
  seq: donations.seq,
  receiptNo: donations.receiptNo,
  date: donations.date,
  donorKind: donations.donorKind,
  donorName: donations.donorName,
  publicAnonymous: donations.publicAnonymous,
  amount: donations.amount,
  inKindDescription: donations.inKindDescription,
  inKindValue: donations.inKindValue,
  method: donations.method,
  bankRef: donations.bankRef,
  bankName: fundAccounts.bankName,
};

export type ReceiptRow = {
  seq: number;
  receiptNo: string;
  date: string;
  donorKind: string;
  donorName: string;
  publicAnonymous: boolean;
  amount: number;
  inKindDescription: string | null;
  inKindValue: number;
  method: string;
  bankRef: string | null;
  bankName: string | null;
};

/**
 * One page of a drive's live receipts, newest first by (date, seq) — unique within a drive, as a drive has one fund
 * and a receipt's number is gapless per fund and year — from the cursor on, by the index that the search uses. One
 * row more than a page is read to know whether another page follows.
 */
export async function receiptPage(db: Queryable, driveId: string, s: DisclosureSearch, cursor: Cursor | null) {
  const forward = cursor?.dir !== 'before';
  const keyset = cursor
    ? forward
      ? sql`(${donations.date}, ${donations.seq}) < (${cursor.date}, ${Number(cursor.key)})`
      : sql`(${donations.date}, ${donations.seq}) > (${cursor.date}, ${Number(cursor.key)})`
    : undefined;
  // A reference matches a row or two, but PostgreSQL cannot estimate a suffix match on the reversed reference (it
  // guesses 0.5%): left to itself it walks the page index backwards through a million rows looking for 51 matches.
  // Ordering by an expression the page index does not give makes it take the reference index and sort the few rows.
  const fenced = s.refs.length + s.numbers.length > 0;
  const date = fenced ? sql`(${donations.date} + 0)` : sql`${donations.date}`;
  const seq = fenced ? sql`(${donations.seq} + 0)` : sql`${donations.seq}`;
  const order = forward ? [sql`${date} desc`, sql`${seq} desc`] : [sql`${date} asc`, sql`${seq} asc`];
  const rows: ReceiptRow[] = await db
    .select(receiptColumns)
    .from(donations)
    .leftJoin(fundAccounts, eq(fundAccounts.id, donations.accountId))
    .where(and(receiptFilter(driveId, s), keyset))
    .orderBy(...order)
    .limit(PAGE_SIZE + 1);
  const more = rows.length > PAGE_SIZE;
  const page = rows.slice(0, PAGE_SIZE);
  if (!forward) page.reverse();
  return {
    rows: page,
    hasNewer: forward ? cursor !== null : more,
    hasOlder: forward ? more : true,
  };
}

/** How many receipts match a search and their sum, counted up to COUNT_CAP. */
export async function searchCount(db: Queryable, driveId: string, s: DisclosureSearch) {
  const inner = db
    .select({ amount: donations.amount, goods: donations.inKindValue })
    .from(donations)
    .where(receiptFilter(driveId, s))
    .limit(COUNT_CAP + 1)
    .as('m');
  const [row] = await db
    .select({
      n: sql<number>`count(*)::int`,
      cash: sql<string>`coalesce(sum(${inner.amount}), 0)`,
      goods: sql<string>`coalesce(sum(${inner.goods}), 0)`,
    })
    .from(inner);
  const n = Number(row?.n ?? 0);
  if (n > COUNT_CAP) return { count: COUNT_CAP, total: null, capped: true };
  return { count: n, total: Number(row?.cash ?? 0) + Number(row?.goods ?? 0), capped: false };
}

/** A drive's live receipts per day and per bank ("Tiền mặt" for cash), from the totals the triggers keep. */
export async function dayAndBankTotals(db: Queryable, driveId: string) {
  const t = driveDayTotals;
  const bank = sql<string>`coalesce(${fundAccounts.bankName}, case ${t.method} when 'cash' then 'Tiền mặt' else 'Chuyển khoản' end)`;
  const [days, banks] = await Promise.all([
    db
      .select({
        date: t.date,
        cash: sql<string>`sum(${t.cash})`,
        goods: sql<string>`sum(${t.goods})`,
        count: sql<string>`sum(${t.receipts})`,
      })
      .from(t)
      .where(and(eq(t.driveId, driveId), sql`${t.receipts} > 0`))
      .groupBy(t.date)
      .orderBy(asc(t.date)),
    db
      .select({
        bank,
        cash: sql<string>`sum(${t.cash})`,
        goods: sql<string>`sum(${t.goods})`,
        count: sql<string>`sum(${t.receipts})`,
      })
      .from(t)
      .leftJoin(fundAccounts, eq(fundAccounts.id, t.accountKey))
      .where(and(eq(t.driveId, driveId), sql`${t.receipts} > 0`))
      .groupBy(bank)
      .orderBy(bank),
  ]);
  const num = (r: { date?: string; cash: string; goods: string; count: string }) => ({
    cash: Number(r.cash),
    goods: Number(r.goods),
    count: Number(r.count),
  });
  return {
    days: days.map((d) => ({ date: d.date, ...num(d) })),
    banks: banks.map((b) => ({ bank: b.bank, ...num(b) })),
  };
}

export type MoneyOutRow = {
  kind: 'payout' | 'transfer_up';
  key: string;
  number: string | null;
  decisionRef: string | null;
  date: string;
  recipient: string;
  purpose: string;
  amount: number;
};

/**
 * Money out of a drive: its payouts (allocations to communes included: each is a numbered payout) and the transfers
 * of its fund up to the level above within the drive's dates (a transfer names no drive).
 */
function moneyOutSql(drive: { id: string; fundId: string; periodFrom: string; periodTo: string }) {
  return sql`(select 'payout' as kind, d.id::text as key, d.payout_no as number, d.decision_ref, d.date,
      d.recipient, d.purpose, d.amount
    from disbursements d where d.drive_id = ${drive.id} and d.voided_at is null
    union all
    select 'transfer_up', t.id::text, t.document_ref, t.document_ref, t.date, t.counterparty,
      coalesce(t.note, 'Chuyển lên cấp trên'), t.amount
    from fund_transfers t where t.fund_id = ${drive.fundId} and t.direction = 'up' and t.voided_at is null
      and t.date between ${drive.periodFrom} and ${drive.periodTo}) m`;
}

function moneyOutFilter(s: DisclosureSearch): SQL {
  const text = sql.raw(
    foldSql(
      `(coalesce(m.number, '') || ' ' || coalesce(m.decision_ref, '') || ' ' || m.recipient || ' ' || m.purpose)`,
    ),
  );
  const refLike = (r: string) =>
    sql`upper(coalesce(m.number, '') || ' ' || coalesce(m.decision_ref, '')) like ${`%${r.toUpperCase().replace(/[\\%_]/g, '\\$&')}%`}`;
  const parts: SQL[] = [sql`true`];
  for (const w of s.words) parts.push(sql`${text} like ${`%${w}%`}`);
  for (const a of s.amounts) parts.push(sql`m.amount = ${a}`);
  for (const d of s.dates)
    parts.push(
      sql`m.date in (${sql.join(
        d.map((x) => sql`${x}`),
        sql`, `,
      )})`,
    );
  for (const r of s.refs) parts.push(refLike(r));
  for (const n of s.numbers) parts.push(sql`(m.amount = ${n.amount} or ${refLike(n.ref)})`);
  return sql.join(parts, sql` and `);
}

export async function moneyOutPage(
  db: Queryable,
  drive: { id: string; fundId: string; periodFrom: string; periodTo: string },
  s: DisclosureSearch,
  cursor: Cursor | null,
) {
  const forward = cursor?.dir !== 'before';
  const keyset = cursor
    ? forward
      ? sql`and (m.date, m.key) < (${cursor.date}::date, ${cursor.key})`
      : sql`and (m.date, m.key) > (${cursor.date}::date, ${cursor.key})`
    : sql``;
  const order = forward ? sql`m.date desc, m.key desc` : sql`m.date asc, m.key asc`;
  const res = await db.execute(
    sql`select * from ${moneyOutSql(drive)} where ${moneyOutFilter(s)} ${keyset} order by ${order} limit ${PAGE_SIZE + 1}`,
  );
  const rows: MoneyOutRow[] = rowsOf(res).map((r) => ({
    kind: r.kind === 'payout' ? 'payout' : 'transfer_up',
    key: String(r.key),
    number: r.number === null ? null : String(r.number),
    decisionRef: r.decision_ref === null ? null : String(r.decision_ref),
    date: String(r.date),
    recipient: String(r.recipient),
    purpose: String(r.purpose),
    amount: Number(r.amount),
  }));
  const more = rows.length > PAGE_SIZE;
  const page = rows.slice(0, PAGE_SIZE);
  if (!forward) page.reverse();
  return { rows: page, hasNewer: forward ? cursor !== null : more, hasOlder: forward ? more : true };
}

/** Money out per day, and in all (payouts and transfers up): the balance per day and the totals. */
export async function moneyOutByDay(
  db: Queryable,
  drive: { id: string; fundId: string; periodFrom: string; periodTo: string },
) {
  const res = await db.execute(
    sql`select m.date::text as date, m.kind, sum(m.amount)::text as amount from ${moneyOutSql(drive)} group by 1, 2 order by 1`,
  );
  return rowsOf(res).map((r) => ({ date: String(r.date), kind: String(r.kind), amount: Number(r.amount) }));
}
