import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../core/actor';
import { type Progress, requestProgress } from '../../core/progress';
import { type Db, isEmbedded, type Queryable } from '../../db/client';
import { type UnnestColumn, unnestRows } from '../../db/unnest-rows';
import { recordAudit } from '../audit/record-audit';
import type { FundAccount } from './accounts';
import type { StatementError, StatementRow } from './bank-statement';
import { type Attribution, attributor } from './attribution';
import { listDrives } from './queries';
import { bankStatements, type Drive, type Fund, fundAccounts, funds } from './schema';
import type { StatementStream } from './statement-parse';

/**
 * Writes one uploaded statement for one account, in ONE transaction (a crash or a kill leaves all of it or none):
 * every credit ends stored (a bank row and its receipt), skipped as a true duplicate (listed with the row it
 * duplicates), or an error with its reason; the summary adds up to the file's credit lines and their amount.
 *
 * Identity of a transfer: (account, bank reference, value date, amount). The fund row is locked first, so two
 * imports into one fund run one after the other and the second sees the first's rows as duplicates.
 *
 * The file is written as it is read (statement-parse.ts streams it from a worker thread), chunk by chunk: each
 * chunk reserves its receipt numbers with one counter update per year (gapless, in the statement's order) and goes
 * in by multi-row inserts. The import's audit row names the statement and the numbers; each
 * receipt and row names the statement (`bank_rows.statement_id`, `donations.bank_row_id`).
 */

export type DuplicateRow = {
  row: number;
  txnId: string;
  date: string;
  amount: number;
  /**
   * The row it duplicates: in this file (`statementId` is this one) or in an earlier import. Every bank row has its
   * statement since migration 0027 (older rows one per account, without line numbers: `row` null); the API keeps the
   * fields nullable as published.
   */
  duplicateOf: { statementId: string | null; fileName: string | null; row: number | null };
};

export type StatementSummary = {
  statementId: string;
  accountId: string;
  fileName: string;
  rows: number;
  amount: number;
  stored: number;
  storedAmount: number;
  duplicates: number;
  duplicateAmount: number;
  errors: StatementError[];
  errorAmount: number;
  duplicateRows: DuplicateRow[];
  ignored: { row: number; reason: string }[];
  attributed: { byCode: number; byDefault: number; toFund: number };
  firstReceiptNo: string | null;
  lastReceiptNo: string | null;
  /** Receipts of the rows whose text named a drive code (what the old per-fund route listed). */
  receipts: { row: number; txnId: string; receiptNo: string }[];
};

/**
 * Rows per statement. On PGlite the database runs on this process's event loop, so a statement is a pause of every
 * other request: 250 rows keep each insert and lookup around 20–50 ms (1,000 took 100–200 ms; /healthz p99 ≤ 200 ms
 * is the bound). On PostgreSQL the event loop waits for the server, and larger statements mean fewer round trips.
 */
const chunkFor = (db: Db) => (isEmbedded(db) ? 250 : 2000);

const identity = (r: { txnId: string; date: string; amount: number }) => `${r.txnId}\u0000${r.date}\u0000${r.amount}`;
const sum = (xs: readonly { amount: number | null }[]) => xs.reduce((s, x) => s + (x.amount ?? 0), 0);
export const receiptNo = (year: number, seq: number) =>
  `PT-${year}-${seq < 10_000 ? String(seq).padStart(4, '0') : String(seq)}`;

type Existing = {
  ref: string;
  date: string;
  amount: string | number;
  statementId: string | null;
  fileName: string | null;
  line: number | null;
};

/** The value dates of the account's transfers before this import (null: none): only those can be duplicated. */
async function heldDates(tx: Queryable, account: FundAccount) {
  const res = await tx.execute(sql`
    select min(date)::text as "from", max(date)::text as "to" from bank_rows
    where fund_id = ${account.fundId} and account_id = ${account.id}`);
  const row = (res as unknown as { rows: { from: string | null; to: string | null }[] }).rows[0];
  return row?.from && row.to ? { from: row.from.slice(0, 10), to: row.to.slice(0, 10) } : null;
}

/**
 * Which of these identities the account already held before this import, and where each came from. Rows dated
 * outside the days it held are not looked up: a storm's first statement of an account needs no lookup at all.
 */
async function existingIn(
  tx: Queryable,
  account: FundAccount,
  held: { from: string; to: string } | null,
  candidates: StatementRow[],
) {
  const found = new Map<string, DuplicateRow['duplicateOf']>();
  const rows = held ? candidates.filter((r) => r.date >= held.from && r.date <= held.to) : [];
  if (rows.length === 0) return found;
  const keys = rows.map((r) => ({ ref: r.txnId, date: r.date, amount: r.amount }));
  const res = await tx.execute(sql`
    select b.bank_txn_id as ref, b.date::text as date, b.amount, b.statement_id as "statementId",
      s.file_name as "fileName", b.line
    from json_to_recordset(${JSON.stringify(keys)}::json) as k(ref text, date date, amount bigint)
    join bank_rows b on b.commune_id = ${account.communeId} and b.account_id = ${account.id}
      and b.bank_txn_id = k.ref and b.date = k.date and b.amount = k.amount
    join bank_statements s on s.id = b.statement_id`);
  for (const e of (res as unknown as { rows: Existing[] }).rows)
    found.set(identity({ txnId: e.ref, date: String(e.date).slice(0, 10), amount: Number(e.amount) }), {
      statementId: e.statementId,
      fileName: e.fileName,
      row: e.line === null ? null : Number(e.line),
    });
  return found;
}

/** Reserves `n` receipt numbers of a fund's year with one counter update; returns the first. */
async function reserveNumbers(tx: Queryable, fund: Fund, year: number, n: number): Promise<number> {
  const res = await tx.execute(sql`
    insert into document_counters (commune_id, fund_id, year, kind, last)
    values (${fund.communeId}, ${fund.id}, ${year}, 'PT', ${n})
    on conflict (commune_id, fund_id, year, kind) do update set last = document_counters.last + excluded.last
    returning last`);
  const last = Number((res as unknown as { rows: { last: number }[] }).rows[0]?.last);
  return last - n + 1;
}

type Target = {
  fund: Fund;
  scopePath: string;
  /** The account, or how to find (or make) it inside the import's transaction. */
  account: FundAccount | ((tx: Queryable) => Promise<FundAccount>);
  defaultDrive: Drive | null;
};

/** A statement with no transfer, no error and no total line under its header: refused, nothing written. */
export class EmptyStatementError extends Error {}

/** One chunk's rows, written: a receipt and a bank row per transfer, numbered on from the fund's counters. */
type ChunkWrite = { fund: Fund; account: FundAccount; scopePath: string; statementId: string; actorId: string | null };

export async function writeStatement(
  db: Db,
  meta: RequestMeta,
  target: Target,
  stream: StatementStream,
  fileName: string,
  progress: Progress = requestProgress,
): Promise<StatementSummary> {
  const { fund } = target;
  const statementId = randomUUID();
  const CHUNK = chunkFor(db);
  return db.transaction(async (tx) => {
    const account = typeof target.account === 'function' ? await target.account(tx) : target.account;
    // Imports into one fund run one after the other: the second sees the first's rows as duplicates, and the two
    // never take the fund's yearly counters in opposite orders. (Not FOR UPDATE: receipts may still reference the fund.)
    await tx.select({ id: funds.id }).from(funds).where(eq(funds.id, fund.id)).for('no key update');
    const [current] = await tx.select().from(fundAccounts).where(eq(fundAccounts.id, account.id));
    const attribute = attributor(await listDrives(tx, fund.id), [target.defaultDrive?.id, current?.defaultDriveId]);
    // The upload first (its rows reference it); its counts are set once the whole file is in.
    await tx.insert(bankStatements).values({
      id: statementId,
      communeId: fund.communeId,
      fundId: fund.id,
      accountId: account.id,
      fileName,
      rows: 0,
      amount: 0,
      stored: 0,
      storedAmount: 0,
      duplicates: 0,
      duplicateAmount: 0,
      errorCount: 0,
      errorAmount: 0,
      ignored: 0,
      createdBy: meta.actorId,
    });

    const summary: StatementSummary = {
      statementId,
      accountId: account.id,
      fileName,
      rows: 0,
      amount: 0,
      stored: 0,
      storedAmount: 0,
      duplicates: 0,
      duplicateAmount: 0,
      errors: [],
      errorAmount: 0,
      duplicateRows: [],
      ignored: [],
      attributed: { byCode: 0, byDefault: 0, toFund: 0 },
      firstReceiptNo: null,
      lastReceiptNo: null,
      receipts: [],
    };
    const held = await heldDates(tx, account);
    const write: ChunkWrite = { fund, account, scopePath: target.scopePath, statementId, actorId: meta.actorId };
    // The first row of each identity in this file: a later one is a true duplicate of it.
    const firstInFile = new Map<string, number>();
    let seen = 0;
    const writeChunk = async (chunk: StatementRow[]) => {
      const fresh: StatementRow[] = [];
      for (const r of chunk) {
        const first = firstInFile.get(identity(r));
        if (first === undefined) {
          firstInFile.set(identity(r), r.row);
          fresh.push(r);
        } else summary.duplicateRows.push({ ...pick(r), duplicateOf: { statementId, fileName, row: first } });
      }
      const earlier = await existingIn(tx, account, held, fresh);
      const toStore: { r: StatementRow; a: Attribution }[] = [];
      for (const r of fresh) {
        const of = earlier.get(identity(r));
        if (of) summary.duplicateRows.push({ ...pick(r), duplicateOf: of });
        else toStore.push({ r, a: attribute(r) });
      }
      await storeChunk(tx, write, toStore, summary);
      seen += chunk.length;
      // The rows to come, estimated from how much of the file has been read.
      const fraction = stream.readFraction();
      const total = Math.max(seen, fraction > 0 ? Math.round(seen / fraction) : seen);
      await progress.report({ stage: 'writing', done: seen, total });
    };

    let pending: StatementRow[] = [];
    let next = await stream.batches.next();
    while (!next.done) {
      for (const r of next.value) pending.push(r);
      while (pending.length >= CHUNK) {
        const chunk = pending.slice(0, CHUNK);
        pending = pending.slice(CHUNK);
        await writeChunk(chunk);
      }
      next = await stream.batches.next();
    }
    if (pending.length) await writeChunk(pending);
    const tail = next.value;
    if (seen === 0 && tail.errors.length === 0 && tail.ignored.length === 0) throw new EmptyStatementError();

    summary.duplicateRows.sort((a, b) => a.row - b.row);
    summary.errors = tail.errors;
    summary.ignored = tail.ignored;
    summary.duplicates = summary.duplicateRows.length;
    summary.duplicateAmount = sum(summary.duplicateRows);
    summary.errorAmount = sum(tail.errors);
    summary.rows = summary.stored + summary.duplicates + tail.errors.length;
    summary.amount = summary.storedAmount + summary.duplicateAmount + summary.errorAmount;
    const { duplicateRows, errors, ignored, attributed } = summary;
    await tx
      .update(bankStatements)
      .set({
        rows: summary.rows,
        amount: summary.amount,
        stored: summary.stored,
        storedAmount: summary.storedAmount,
        duplicates: summary.duplicates,
        duplicateAmount: summary.duplicateAmount,
        errorCount: errors.length,
        errorAmount: summary.errorAmount,
        ignored: ignored.length,
        summary: { duplicateRows, errors, ignored, attributed },
      })
      .where(eq(bankStatements.id, statementId));

    await recordAudit(tx, meta, {
      action: 'bank.import',
      entity: 'bank_statement',
      entityId: statementId,
      communeId: fund.communeId,
      scopePath: target.scopePath,
      after: {
        fundId: fund.id,
        accountId: account.id,
        fileName,
        rows: summary.rows,
        amount: summary.amount,
        stored: summary.stored,
        storedAmount: summary.storedAmount,
        duplicates: summary.duplicates,
        errors: errors.length,
        ignored: ignored.length,
        receiptNos: summary.firstReceiptNo ? `${summary.firstReceiptNo} … ${summary.lastReceiptNo}` : null,
      },
    });
    await progress.written(tx);
    return summary;
  });
}

/**
 * Writes one chunk's new transfers: one counter update per year reserves the chunk's numbers (gapless, in the
 * statement's order, which is the banks' order by date), then receipts and bank rows by one insert each.
 */
async function storeChunk(
  tx: Queryable,
  w: ChunkWrite,
  toStore: { r: StatementRow; a: Attribution }[],
  summary: StatementSummary,
) {
  if (toStore.length === 0) return;
  const perYear = new Map<number, number>();
  for (const { r } of toStore) perYear.set(yearOf(r), (perYear.get(yearOf(r)) ?? 0) + 1);
  const next = new Map<number, number>();
  for (const year of [...perYear.keys()].sort((a, b) => a - b))
    next.set(year, await reserveNumbers(tx, w.fund, year, perYear.get(year) ?? 0));

  const written: Written[] = [];
  for (const { r, a } of toStore) {
    const year = yearOf(r);
    const seq = next.get(year) ?? 1;
    next.set(year, seq + 1);
    const no = receiptNo(year, seq);
    summary.firstReceiptNo ??= no;
    summary.lastReceiptNo = no;
    summary.stored += 1;
    summary.storedAmount += r.amount;
    if (a.how === 'code') {
      summary.attributed.byCode += 1;
      summary.receipts.push({ row: r.row, txnId: r.txnId, receiptNo: no });
    } else if (a.how === 'default') summary.attributed.byDefault += 1;
    else summary.attributed.toFund += 1;
    written.push({ r, a, year, seq, no, donationId: randomUUID(), rowId: randomUUID() });
  }
  const { fund, account } = w;
  await tx.execute(sql`
    insert into donations (id, commune_id, fund_id, drive_id, year, seq, receipt_no, donor_kind, donor_name,
      public_anonymous, method, amount, in_kind_value, unit_id, unit_path, bank_row_id, account_id, bank_ref,
      payer_account, date, note, created_by)
    select u.id, ${fund.communeId}, ${fund.id}, u.drive_id, u.year, u.seq, u.receipt_no, u.donor_kind, u.donor_name,
      u.anon, 'bank_transfer', u.amount, 0, ${fund.communeId}, ${w.scopePath}, u.bank_row_id, ${account.id},
      u.bank_ref, u.payer_account, u.date, u.note, ${w.actorId}
    from ${unnestRows(written, RECEIPT_COLUMNS)}`);
  await tx.execute(sql`
    insert into bank_rows (id, commune_id, fund_id, account_id, statement_id, line, bank_txn_id, date, amount,
      description, payer_name, payer_account, drive_id, donation_id, status)
    select u.id, ${fund.communeId}, ${fund.id}, ${account.id}, ${w.statementId}, u.line, u.ref, u.date, u.amount,
      u.description, u.payer_name, u.payer_account, u.drive_id, u.donation_id, u.status
    from ${unnestRows(written, BANK_ROW_COLUMNS)}`);
}

/** A transfer of the chunk with its receipt number and the ids of its receipt and bank row. */
type Written = {
  r: StatementRow;
  a: Attribution;
  year: number;
  seq: number;
  no: string;
  donationId: string;
  rowId: string;
};

/** What a receipt takes from its transfer; the rest is the fund's and the import's. */
const RECEIPT_COLUMNS: UnnestColumn<Written>[] = [
  ['id', 'uuid', (x) => x.donationId],
  ['drive_id', 'uuid', (x) => x.a.driveId],
  ['year', 'int', (x) => x.year],
  ['seq', 'int', (x) => x.seq],
  ['receipt_no', 'text', (x) => x.no],
  ['donor_kind', 'text', (x) => (x.r.payerName !== null ? 'person' : 'anonymous')],
  ['donor_name', 'text', (x) => x.r.payerName ?? 'Nhà hảo tâm'],
  ['anon', 'boolean', (x) => x.r.payerName !== null && x.r.anonymous],
  ['amount', 'bigint', (x) => x.r.amount],
  ['bank_row_id', 'uuid', (x) => x.rowId],
  ['bank_ref', 'text', (x) => x.r.txnId],
  ['payer_account', 'text', (x) => x.r.payerAccount],
  ['date', 'date', (x) => x.r.date],
  ['note', 'text', (x) => `Chuyển khoản, mã GD ${x.r.txnId}: ${x.r.description}`.slice(0, 1000)],
];

/** What a bank row takes from its line of the statement. */
const BANK_ROW_COLUMNS: UnnestColumn<Written>[] = [
  ['id', 'uuid', (x) => x.rowId],
  ['line', 'int', (x) => x.r.row],
  ['ref', 'text', (x) => x.r.txnId],
  ['date', 'date', (x) => x.r.date],
  ['amount', 'bigint', (x) => x.r.amount],
  ['description', 'text', (x) => x.r.description],
  ['payer_name', 'text', (x) => x.r.payerName],
  ['payer_account', 'text', (x) => x.r.payerAccount],
  ['drive_id', 'uuid', (x) => x.a.driveId],
  ['donation_id', 'uuid', (x) => x.donationId],
  ['status', 'text', (x) => x.a.status],
];

const yearOf = (r: StatementRow) => Number(r.date.slice(0, 4));
const pick = (r: StatementRow) => ({ row: r.row, txnId: r.txnId, date: r.date, amount: r.amount });
