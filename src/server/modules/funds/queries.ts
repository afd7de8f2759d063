import { and, asc, desc, eq, gt, gte, isNull, lt, lte, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { decodeCursor, pageOf, pageSize } from '../../http/page-cursor';
import { inSubtree, readableCommuneSql } from '../../db/scope-sql';
import { latestAuditAfterField } from '../audit/figures';
import { issuedDocumentOf } from '../register/figures';
import { unitRefs } from '../units/refs';
import { findDriveVisibleTo, findFundVisibleTo } from './lookup';
import { bankRows, disbursements, donations, drives, fundTransfers, funds, pledges } from './schema';

const num = (v: unknown) => Number(v ?? 0);

const prepareFindFund = (db: Queryable) =>
  db
    .select({ fund: funds, commune: unitRefs, communePath: unitRefs.path })
    .from(funds)
    .innerJoin(unitRefs, eq(unitRefs.id, funds.communeId))
    .where(eq(funds.id, sql.placeholder('id')))
    .limit(1)
    .prepare('find_fund');
/** Built once per database handle; on PostgreSQL a named statement, planned once per connection. */
const findFundQueries = new WeakMap<Queryable, ReturnType<typeof prepareFindFund>>();

/** A fund by id, whoever asks (callers check the commune themselves); with an actor, use findFundVisibleTo. */
export async function findFund(db: Queryable, id: string) {
  let query = findFundQueries.get(db);
  if (!query) {
    query = prepareFindFund(db);
    findFundQueries.set(db, query);
  }
  const [row] = await query.execute({ id });
  return row ?? null;
}

export async function findDrive(db: Queryable, id: string) {
  const [row] = await db.select().from(drives).where(eq(drives.id, id)).limit(1);
  return row ?? null;
}

export async function findDriveByCode(db: Queryable, communeId: string, code: string) {
  const [row] = await db
    .select()
    .from(drives)
    .where(and(eq(drives.communeId, communeId), sql`upper(${drives.code}) = upper(${code})`))
    .limit(1);
  return row ?? null;
}

export async function findDonation(db: Queryable, id: string) {
  const [row] = await db.select().from(donations).where(eq(donations.id, id)).limit(1);
  return row ?? null;
}

/**
 * Funds of the units the actor reads or works in (a province's own and its communes' for an upper grant; a commune's
 * own for its people, never the province's above it), with the owning unit (for the `can` flags and the label).
 */
export async function listFunds(db: Queryable, actor: Actor, communeId?: string) {
  return db
    .select({ fund: funds, owner: { path: unitRefs.path, level: unitRefs.level, name: unitRefs.name } })
    .from(funds)
    .innerJoin(unitRefs, eq(unitRefs.id, funds.communeId))
    .where(
      and(
        readableCommuneSql(actor, unitRefs.path, funds.communeId),
        communeId ? eq(funds.communeId, communeId) : undefined,
      ),
    )
    .orderBy(asc(funds.name));
}

export async function listDrives(db: Queryable, fundId: string) {
  return db.select().from(drives).where(eq(drives.fundId, fundId)).orderBy(asc(drives.periodFrom));
}

type Window = { before?: string; from?: string; to?: string };
const dateWindow = (col: typeof donations.date | typeof disbursements.date | typeof fundTransfers.date, w: Window) =>
  and(
    w.before ? lt(col, w.before) : undefined,
    w.from ? gte(col, w.from) : undefined,
    w.to ? lte(col, w.to) : undefined,
  );

/** The fund's balance parts from the ledger (voided rows excluded), optionally only up to a date. */
export async function balanceParts(db: Queryable, fundId: string, w: Window = {}) {
  const [received] = await db
    .select({ v: sql<string>`coalesce(sum(${donations.amount}), 0)` })
    .from(donations)
    .where(and(eq(donations.fundId, fundId), isNull(donations.voidedAt), dateWindow(donations.date, w)));
  const [disbursed] = await db
    .select({ v: sql<string>`coalesce(sum(${disbursements.amount}), 0)` })
    .from(disbursements)
    .where(and(eq(disbursements.fundId, fundId), isNull(disbursements.voidedAt), dateWindow(disbursements.date, w)));
  const transfers = await db
    .select({ direction: fundTransfers.direction, v: sql<string>`coalesce(sum(${fundTransfers.amount}), 0)` })
    .from(fundTransfers)
    .where(and(eq(fundTransfers.fundId, fundId), isNull(fundTransfers.voidedAt), dateWindow(fundTransfers.date, w)))
    .groupBy(fundTransfers.direction);
  const parts = {
    received: num(received?.v),
    disbursed: num(disbursed?.v),
    transferredOut: num(transfers.find((t) => t.direction === 'up')?.v),
    transferredIn: num(transfers.find((t) => t.direction === 'down')?.v),
  };
  return { ...parts, balance: parts.received - parts.disbursed - parts.transferredOut + parts.transferredIn };
}

/** A drive's total (cash and goods at estimated value) and receipt count, voided receipts excluded. */
export async function driveTotals(
  db: Queryable,
  driveId: string,
  subtreePath?: string,
  period?: { from: string; to: string },
) {
  const [row] = await db
    .select({
      cash: sql<string>`coalesce(sum(${donations.amount}), 0)`,
      goods: sql<string>`coalesce(sum(${donations.inKindValue}), 0)`,
      count: sql<number>`count(*)::int`,
    })
    .from(donations)
    .where(
      and(
        eq(donations.driveId, driveId),
        isNull(donations.voidedAt),
        subtreePath ? inSubtree(donations.unitPath, subtreePath) : undefined,
        period ? gte(donations.date, period.from) : undefined,
        period ? lte(donations.date, period.to) : undefined,
      ),
    );
  const cash = num(row?.cash);
  const goods = num(row?.goods);
  return { cash, goods, total: cash + goods, count: num(row?.count) };
}

/** Receipts (cash and goods) of every fund with this name in a subtree: a province-wide indicator per kind of fund. */
export async function fundNameTotal(
  db: Queryable,
  fundName: string,
  subtreePath: string,
  period: { from: string; to: string },
) {
  const [row] = await db
    .select({ v: sql<string>`coalesce(sum(${donations.amount} + ${donations.inKindValue}), 0)` })
    .from(donations)
    .innerJoin(funds, eq(funds.id, donations.fundId))
    .where(
      and(
        isNull(donations.voidedAt),
        sql`lower(${funds.name}) = lower(${fundName})`,
        inSubtree(donations.unitPath, subtreePath),
        gte(donations.date, period.from),
        lte(donations.date, period.to),
      ),
    );
  return num(row?.v);
}

export async function driveDonations(db: Queryable, driveId: string) {
  return db
    .select()
    .from(donations)
    .where(and(eq(donations.driveId, driveId), isNull(donations.voidedAt)))
    .orderBy(asc(donations.date), asc(donations.seq));
}

export async function driveDisbursements(db: Queryable, driveId: string) {
  return db
    .select()
    .from(disbursements)
    .where(and(eq(disbursements.driveId, driveId), isNull(disbursements.voidedAt)))
    .orderBy(asc(disbursements.date), asc(disbursements.seq));
}

/** Pledges with what later receipts have fulfilled, and what is still outstanding. */
export async function pledgesWithFulfilment(db: Queryable, fundId: string) {
  const rows = await db
    .select({
      pledge: pledges,
      // Qualified by hand: inside the subquery a bare "id" would resolve to the donation's id.
      fulfilled: sql<string>`coalesce((select sum(d.amount + d.in_kind_value) from donations d
        where d.pledge_id = "pledges"."id" and d.voided_at is null), 0)`,
    })
    .from(pledges)
    .where(and(eq(pledges.fundId, fundId), isNull(pledges.voidedAt)))
    .orderBy(asc(pledges.date));
  return rows.map((r) => ({
    ...r.pledge,
    fulfilled: num(r.fulfilled),
    outstanding: Math.max(0, r.pledge.amount - num(r.fulfilled)),
  }));
}

export async function findPledge(db: Queryable, id: string) {
  const [row] = await db.select().from(pledges).where(eq(pledges.id, id)).limit(1);
  return row ?? null;
}

// — Bank statements, the fund book and reconciliation —

export type BankRowStatus = (typeof bankRows.status.enumValues)[number];

export async function findBankRow(db: Queryable, id: string) {
  const [row] = await db.select().from(bankRows).where(eq(bankRows.id, id)).limit(1);
  return row ?? null;
}

/** Filters of a fund's bank rows; `problem` picks what reconciliation explains. */
export type BankRowFilter = {
  status?: BankRowStatus;
  from?: string;
  to?: string;
  accountId?: string;
  statementId?: string;
  problem?: 'without_receipt' | 'voided_receipt';
};

const bankRowWhere = (fundId: string, f: BankRowFilter) =>
  and(
    eq(bankRows.fundId, fundId),
    f.status ? eq(bankRows.status, f.status) : undefined,
    f.from ? gte(bankRows.date, f.from) : undefined,
    f.to ? lte(bankRows.date, f.to) : undefined,
    f.accountId ? eq(bankRows.accountId, f.accountId) : undefined,
    f.statementId ? eq(bankRows.statementId, f.statementId) : undefined,
    f.problem === 'without_receipt'
      ? sql`${bankRows.donationId} is null and ${bankRows.status} <> 'ignored'`
      : f.problem === 'voided_receipt'
        ? sql`${donations.voidedAt} is not null and ${bankRows.status} <> 'ignored'`
        : undefined,
  );

/**
 * One page of a fund's imported bank rows (keyset on date, id: a deep page costs what the first does), with the
 * drive code, the receipt they became and, for ignored ones, the reason given; `nextCursor` null on the last page.
 */
export async function listBankRows(
  db: Queryable,
  fundId: string,
  f: BankRowFilter & { cursor?: string; limit?: number } = {},
) {
  // A relief account holds 100,000s of rows: a page is bounded (pageSize), and a bad cursor is a 400 naming `cursor`.
  const limit = pageSize(f.limit);
  const after = f.cursor ? decodeCursor(f.cursor, 'id') : null;
  const rows = await db
    .select({
      row: bankRows,
      driveCode: drives.code,
      receiptNo: donations.receiptNo,
      receiptVoided: sql<boolean>`${donations.voidedAt} is not null`,
    })
    .from(bankRows)
    .leftJoin(drives, eq(drives.id, bankRows.driveId))
    .leftJoin(donations, eq(donations.id, bankRows.donationId))
    .where(
      and(
        bankRowWhere(fundId, f),
        after ? sql`(${bankRows.date}, ${bankRows.id}) > (${after.date}::date, ${after.key}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(bankRows.date), asc(bankRows.id))
    .limit(limit + 1);
  const { items: page, nextCursor } = pageOf(rows, limit, (r) => ({ date: r.row.date, key: r.row.id }));
  // The reason of an "ignore" lives on its audit row (bank_rows has no column for it): asked of the audit module.
  const reasons = await latestAuditAfterField(db, {
    entity: 'bank_row',
    action: 'bank_row.ignore',
    entityIds: page.filter((r) => r.row.status === 'ignored').map((r) => r.row.id),
    key: 'reason',
  });
  const items = page.map((r) => ({
    ...r.row,
    driveCode: r.driveCode,
    receiptNo: r.receiptNo,
    receiptVoided: Boolean(r.receiptVoided),
    ignoreReason: reasons.get(r.row.id) ?? null,
  }));
  return { items, nextCursor };
}

/** How many rows and how much money a filter holds (the totals a page does not give). */
export async function countBankRows(db: Queryable, fundId: string, f: BankRowFilter = {}) {
  const [r] = await db
    .select({ count: sql<number>`count(*)::int`, amount: sql<string>`coalesce(sum(${bankRows.amount}), 0)::text` })
    .from(bankRows)
    .leftJoin(donations, eq(donations.id, bankRows.donationId))
    .where(bankRowWhere(fundId, f));
  return { count: Number(r?.count ?? 0), amount: Number(r?.amount ?? 0) };
}

/** The cash movements of a fund in a period, voided ones excluded; goods-only receipts carry no cash: left out. */
export async function ledgerEntries(db: Queryable, fundId: string, from: string, to: string) {
  const receipts = await db
    .select({
      date: donations.date,
      number: donations.receiptNo,
      donorName: donations.donorName,
      method: donations.method,
      driveName: drives.name,
      amount: donations.amount,
      createdAt: donations.createdAt,
    })
    .from(donations)
    .leftJoin(drives, eq(drives.id, donations.driveId))
    .where(
      and(
        eq(donations.fundId, fundId),
        isNull(donations.voidedAt),
        gt(donations.amount, 0),
        gte(donations.date, from),
        lte(donations.date, to),
      ),
    );
  const payouts = await db
    .select({
      date: disbursements.date,
      number: disbursements.payoutNo,
      purpose: disbursements.purpose,
      recipient: disbursements.recipient,
      decisionRef: disbursements.decisionRef,
      amount: disbursements.amount,
      createdAt: disbursements.createdAt,
    })
    .from(disbursements)
    .where(
      and(
        eq(disbursements.fundId, fundId),
        isNull(disbursements.voidedAt),
        gte(disbursements.date, from),
        lte(disbursements.date, to),
      ),
    );
  const transfers = await db
    .select({
      date: fundTransfers.date,
      direction: fundTransfers.direction,
      counterparty: fundTransfers.counterparty,
      documentRef: fundTransfers.documentRef,
      amount: fundTransfers.amount,
      createdAt: fundTransfers.createdAt,
    })
    .from(fundTransfers)
    .where(
      and(
        eq(fundTransfers.fundId, fundId),
        isNull(fundTransfers.voidedAt),
        gte(fundTransfers.date, from),
        lte(fundTransfers.date, to),
      ),
    );
  return { receipts, payouts, transfers };
}

/** Receipts paid by bank transfer in a period (voided excluded), with the bank row each came from, if any. */
/** Live transfer receipts of a period: their total, and the first `limit` of those without a bank row. */
export async function transferReceipts(db: Queryable, fundId: string, from: string, to: string, limit = 100) {
  const live = and(
    eq(donations.fundId, fundId),
    eq(donations.method, 'bank_transfer'),
    isNull(donations.voidedAt),
    gt(donations.amount, 0),
    gte(donations.date, from),
    lte(donations.date, to),
  );
  const [totals] = await db
    .select({
      total: sql<string>`coalesce(sum(${donations.amount}), 0)::text`,
      withoutRow: sql<string>`coalesce(sum(${donations.amount}) filter (where ${donations.bankRowId} is null), 0)::text`,
      withoutRowCount: sql<number>`(count(*) filter (where ${donations.bankRowId} is null))::int`,
    })
    .from(donations)
    .where(live);
  const withoutRow = await db
    .select()
    .from(donations)
    .where(and(live, isNull(donations.bankRowId)))
    .orderBy(asc(donations.date), asc(donations.seq))
    .limit(limit);
  return {
    total: Number(totals?.total ?? 0),
    withoutRowTotal: Number(totals?.withoutRow ?? 0),
    withoutRowCount: Number(totals?.withoutRowCount ?? 0),
    withoutRow,
  };
}

/**
 * The latest year, not after `today`'s, of the fund's book (cash receipts, payouts, transfers; voids left out) and of
 * its bank side (statement rows, receipts by transfer): the fund book and the reconciliation open on them, so a new
 * user does not meet an empty current year. Null when the fund has none.
 */
export async function latestFundYears(db: Queryable, fundId: string, today: string) {
  const maxDate = (col: AnyPgColumn) => sql<string | null>`max(${col})::text`;
  const [[receipt], [payout], [transfer], [bankRow]] = await Promise.all([
    // One pass over the fund's receipts for both sides: every receipt counts for the book, those paid by transfer for
    // the bank side too.
    db
      .select({
        d: maxDate(donations.date),
        byBank: sql<string | null>`(max(${donations.date}) filter (where ${donations.method} = 'bank_transfer'))::text`,
      })
      .from(donations)
      .where(
        and(
          eq(donations.fundId, fundId),
          isNull(donations.voidedAt),
          gt(donations.amount, 0),
          lte(donations.date, today),
        ),
      ),
    db
      .select({ d: maxDate(disbursements.date) })
      .from(disbursements)
      .where(and(eq(disbursements.fundId, fundId), isNull(disbursements.voidedAt), lte(disbursements.date, today))),
    db
      .select({ d: maxDate(fundTransfers.date) })
      .from(fundTransfers)
      .where(and(eq(fundTransfers.fundId, fundId), isNull(fundTransfers.voidedAt), lte(fundTransfers.date, today))),
    db
      .select({ d: maxDate(bankRows.date) })
      .from(bankRows)
      .where(and(eq(bankRows.fundId, fundId), lte(bankRows.date, today))),
  ]);
  const yearOf = (...dates: (string | null | undefined)[]) => {
    const latest = dates
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
    return latest ? Number(latest.slice(0, 4)) : null;
  };
  return {
    year: yearOf(receipt?.d, payout?.d, transfer?.d),
    bankYear: yearOf(receipt?.byBank, bankRow?.d),
  };
}

// — Reads for a caller: the record looked up in the caller's scope (404 otherwise), then read —

/** The balance parts of a fund the actor may read. */
export async function fundBalanceFor(db: Queryable, actor: Actor, fundId: string) {
  const { fund } = await findFundVisibleTo(db, actor, fundId, 'id');
  return balanceParts(db, fund.id);
}

/** The latest years of a fund the actor may read (see latestFundYears). */
export async function latestFundYearsFor(db: Queryable, actor: Actor, fundId: string, today: string) {
  const { fund } = await findFundVisibleTo(db, actor, fundId, 'id');
  return latestFundYears(db, fund.id, today);
}

/** The latest receipts of a fund the actor may read, newest first, voided ones left out (the start page's glance). */
export async function latestReceiptsFor(db: Queryable, actor: Actor, fundId: string, limit: number) {
  const { fund, commune } = await findFundVisibleTo(db, actor, fundId, 'id');
  const rows = await db
    .select()
    .from(donations)
    .where(and(eq(donations.fundId, fund.id), isNull(donations.voidedAt)))
    .orderBy(desc(donations.date), desc(donations.seq))
    .limit(limit);
  return { commune, rows };
}

/** The drives of a fund the actor may read. */
export async function drivesOfFundFor(db: Queryable, actor: Actor, fundId: string) {
  const { fund } = await findFundVisibleTo(db, actor, fundId, 'fundId');
  return listDrives(db, fund.id);
}

/** A drive the actor may read, with its totals (voided receipts excluded). */
export async function driveSummaryFor(db: Queryable, actor: Actor, driveId: string) {
  const { drive, commune } = await findDriveVisibleTo(db, actor, driveId, 'id');
  const notice = await issuedDocumentOf(db, 'drive_disclosure', drive.id);
  return { drive, commune, notice, totals: await driveTotals(db, drive.id) };
}

/** The pledges of a fund the actor may read, with what receipts fulfilled. */
export async function pledgesOfFundFor(db: Queryable, actor: Actor, fundId: string) {
  const { fund } = await findFundVisibleTo(db, actor, fundId, 'fundId');
  return pledgesWithFulfilment(db, fund.id);
}

/** The imported bank rows of a fund the actor may read, with the fund's commune (for the `can` flags). */
export async function bankRowsOfFundFor(
  db: Queryable,
  actor: Actor,
  fundId: string,
  f: BankRowFilter & { cursor?: string; limit?: number },
) {
  const { fund, commune } = await findFundVisibleTo(db, actor, fundId, 'id');
  const [page, total] = await Promise.all([listBankRows(db, fund.id, f), countBankRows(db, fund.id, f)]);
  return { commune, ...page, total };
}
