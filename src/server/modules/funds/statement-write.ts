import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../core/actor';
import { type Progress, requestProgress, yieldToEventLoop } from '../../core/progress';
import { type Db, isEmbedded, type Queryable } from '../../db/client';
import { recordAudit } from '../audit/record-audit';
import type { FundAccount } from './accounts';
import type { ParsedStatement, StatementError, StatementRow } from './bank-statement';
import { type Attribution, attributor } from './attribution';
import { listDrives } from './queries';
import { bankStatements, type Drive, type Fund, fundAccounts } from './schema';

/**
 * Writes one uploaded statement for one account, in ONE transaction (a crash or a kill leaves all of it or none):
 * every credit ends stored (a bank row and its receipt), skipped as a true duplicate (listed with the row it
 * duplicates), or an error with its reason; the summary adds up to the file's credit lines and their amount.
 *
 * Identity of a transfer: (account, bank reference, value date, amount). The account row is locked first, so two
 * imports into one account run one after the other and the second sees the first's rows as duplicates.
 *
 * Receipts are numbered in bulk: one counter update per year reserves a block (gapless, in date then row order),
 * receipts and rows go in by multi-row inserts. The import's audit row names the statement and the numbers; each
 * receipt and row names the statement (`bank_rows.statement_id`, `donations.bank_row_id`).
 */

export type DuplicateRow = {
  row: number;
  txnId: string;
  date: string;
  amount: number;
  /** The row it duplicates: in this file (`statementId` is this one) or in an earlier import (null for rows imported before uploads were recorded). */
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
const chunkFor = (db: Db) => (isEmbedded(db) ? 250 : 1000);

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

/** Which of these identities the account already holds, and where each came from. */
async function existingIn(
  tx: Queryable,
  account: FundAccount,
  rows: StatementRow[],
  chunk: number,
  progress: Progress,
) {
  const found = new Map<string, DuplicateRow['duplicateOf']>();
  for (let i = 0; i < rows.length; i += chunk) {
    await progress.report({ stage: 'checking', done: i, total: rows.length });
    const keys = rows.slice(i, i + chunk).map((r) => ({ ref: r.txnId, date: r.date, amount: r.amount }));
    const res = await tx.execute(sql`
      select b.bank_txn_id as ref, b.date::text as date, b.amount, b.statement_id as "statementId",
        s.file_name as "fileName", b.line
      from json_to_recordset(${JSON.stringify(keys)}::json) as k(ref text, date date, amount bigint)
      join bank_rows b on b.commune_id = ${account.communeId} and b.account_id = ${account.id}
        and b.bank_txn_id = k.ref and b.date = k.date and b.amount = k.amount
      left join bank_statements s on s.id = b.statement_id`);
    for (const e of (res as unknown as { rows: Existing[] }).rows)
      found.set(identity({ txnId: e.ref, date: String(e.date).slice(0, 10), amount: Number(e.amount) }), {
        statementId: e.statementId,
        fileName: e.fileName,
        row: e.line === null ? null : Number(e.line),
      });
  }
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

type Target = { fund: Fund; scopePath: string; account: FundAccount; defaultDrive: Drive | null };

export async function writeStatement(
  db: Db,
  meta: RequestMeta,
  target: Target,
  parsed: ParsedStatement,
  fileName: string,
  progress: Progress = requestProgress,
): Promise<StatementSummary> {
  const { fund, account } = target;
  const statementId = randomUUID();
  const CHUNK = chunkFor(db);
  return db.transaction(async (tx) => {
    await tx.select({ id: fundAccounts.id }).from(fundAccounts).where(eq(fundAccounts.id, account.id)).for('update');
    const [current] = await tx.select().from(fundAccounts).where(eq(fundAccounts.id, account.id));
    const attribute = attributor(await listDrives(tx, fund.id), [target.defaultDrive?.id, current?.defaultDriveId]);

    // True duplicates: the same identity earlier in this file, or already in the account.
    const duplicateRows: DuplicateRow[] = [];
    const firstInFile = new Map<string, StatementRow>();
    const fresh: StatementRow[] = [];
    // Turns of the event loop in the loops over every row too (on PGlite nothing else runs meanwhile).
    const turn = async (i: number) => {
      if (i % (CHUNK * 8) === 0) await yieldToEventLoop();
    };
    for (const [i, r] of parsed.rows.entries()) {
      await turn(i);
      const k = identity(r);
      const first = firstInFile.get(k);
      if (first) duplicateRows.push({ ...pick(r), duplicateOf: { statementId, fileName, row: first.row } });
      else {
        firstInFile.set(k, r);
        fresh.push(r);
      }
    }
    const earlier = await existingIn(tx, account, fresh, CHUNK * 4, progress);
    const toStore: { r: StatementRow; a: Attribution }[] = [];
    for (const [i, r] of fresh.entries()) {
      await turn(i);
      const of = earlier.get(identity(r));
      if (of) duplicateRows.push({ ...pick(r), duplicateOf: of });
      else toStore.push({ r, a: attribute(r) });
    }
    duplicateRows.sort((a, b) => a.row - b.row);
    // Numbered in date order, then the file's order.
    toStore.sort((x, y) => (x.r.date < y.r.date ? -1 : x.r.date > y.r.date ? 1 : x.r.row - y.r.row));

    const stored = toStore.map((s) => s.r);
    const summary: StatementSummary = {
      statementId,
      accountId: account.id,
      fileName,
      rows: stored.length + duplicateRows.length + parsed.errors.length,
      amount: sum(stored) + sum(duplicateRows) + sum(parsed.errors),
      stored: stored.length,
      storedAmount: sum(stored),
      duplicates: duplicateRows.length,
      duplicateAmount: sum(duplicateRows),
      errors: parsed.errors,
      errorAmount: sum(parsed.errors),
      duplicateRows,
      ignored: parsed.ignored,
      attributed: {
        byCode: toStore.filter((s) => s.a.how === 'code').length,
        byDefault: toStore.filter((s) => s.a.how === 'default').length,
        toFund: toStore.filter((s) => s.a.how === 'fund').length,
      },
      firstReceiptNo: null,
      lastReceiptNo: null,
      receipts: [],
    };

    await tx.insert(bankStatements).values({
      id: statementId,
      communeId: fund.communeId,
      fundId: fund.id,
      accountId: account.id,
      fileName,
      rows: summary.rows,
      amount: summary.amount,
      stored: summary.stored,
      storedAmount: summary.storedAmount,
      duplicates: summary.duplicates,
      duplicateAmount: summary.duplicateAmount,
      errorCount: parsed.errors.length,
      errorAmount: summary.errorAmount,
      ignored: parsed.ignored.length,
      summary: { duplicateRows, errors: parsed.errors, ignored: parsed.ignored, attributed: summary.attributed },
      createdBy: meta.actorId,
    });

    // One block of numbers per year, years in order (two imports lock counters in one order).
    const next = new Map<number, number>();
    const perYear = new Map<number, number>();
    for (const { r } of toStore)
      perYear.set(Number(r.date.slice(0, 4)), (perYear.get(Number(r.date.slice(0, 4))) ?? 0) + 1);
    for (const year of [...perYear.keys()].sort((a, b) => a - b))
      next.set(year, await reserveNumbers(tx, fund, year, perYear.get(year) ?? 0));

    for (let i = 0; i < toStore.length; i += CHUNK) {
      await progress.report({ stage: 'writing', done: i, total: toStore.length });
      const donations: unknown[] = [];
      const rows: unknown[] = [];
      for (const { r, a } of toStore.slice(i, i + CHUNK)) {
        const year = Number(r.date.slice(0, 4));
        const seq = next.get(year) ?? 1;
        next.set(year, seq + 1);
        const no = receiptNo(year, seq);
        summary.firstReceiptNo ??= no;
        summary.lastReceiptNo = no;
        if (a.how === 'code') summary.receipts.push({ row: r.row, txnId: r.txnId, receiptNo: no });
        const donationId = randomUUID();
        const rowId = randomUUID();
        const named = r.payerName !== null;
        donations.push({
          id: donationId,
          drive_id: a.driveId,
          year,
          seq,
          receipt_no: no,
          donor_kind: named ? 'person' : 'anonymous',
          donor_name: named ? r.payerName : 'Nhà hảo tâm',
          anon: named && r.anonymous,
          amount: r.amount,
          bank_row_id: rowId,
          bank_ref: r.txnId,
          payer_account: r.payerAccount,
          date: r.date,
          note: `Chuyển khoản, mã GD ${r.txnId}: ${r.description}`.slice(0, 1000),
        });
        rows.push({
          id: rowId,
          line: r.row,
          ref: r.txnId,
          date: r.date,
          amount: r.amount,
          description: r.description,
          payer_name: r.payerName,
          payer_account: r.payerAccount,
          drive_id: a.driveId,
          donation_id: donationId,
          status: a.status,
        });
      }
      await tx.execute(sql`
        insert into donations (id, commune_id, fund_id, drive_id, year, seq, receipt_no, donor_kind, donor_name,
          public_anonymous, method, amount, in_kind_value, unit_id, unit_path, bank_row_id, account_id, bank_ref,
          payer_account, date, note, created_by)
        select u.id, ${fund.communeId}, ${fund.id}, u.drive_id, u.year, u.seq, u.receipt_no, u.donor_kind, u.donor_name,
          u.anon, 'bank_transfer', u.amount, 0, ${fund.communeId}, ${target.scopePath}, u.bank_row_id, ${account.id},
          u.bank_ref, u.payer_account, u.date, u.note, ${meta.actorId}
        from json_to_recordset(${JSON.stringify(donations)}::json) as u(id uuid, drive_id uuid, year int, seq int,
          receipt_no text, donor_kind text, donor_name text, anon boolean, amount bigint, bank_row_id uuid,
          bank_ref text, payer_account text, date date, note text)`);
      await tx.execute(sql`
        insert into bank_rows (id, commune_id, fund_id, account_id, statement_id, line, bank_txn_id, date, amount,
          description, payer_name, payer_account, drive_id, donation_id, status)
        select u.id, ${fund.communeId}, ${fund.id}, ${account.id}, ${statementId}, u.line, u.ref, u.date, u.amount,
          u.description, u.payer_name, u.payer_account, u.drive_id, u.donation_id, u.status
        from json_to_recordset(${JSON.stringify(rows)}::json) as u(id uuid, line int, ref text, date date,
          amount bigint, description text, payer_name text, payer_account text, drive_id uuid, donation_id uuid,
          status text)`);
    }
    await progress.report({ stage: 'writing', done: toStore.length, total: toStore.length });

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
        errors: parsed.errors.length,
        ignored: parsed.ignored.length,
        receiptNos: summary.firstReceiptNo ? `${summary.firstReceiptNo} … ${summary.lastReceiptNo}` : null,
      },
    });
    await progress.written(tx);
    return summary;
  });
}

const pick = (r: StatementRow) => ({ row: r.row, txnId: r.txnId, date: r.date, amount: r.amount });
