import { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { todayVn } from '../../../../lib/dates';
import type { RequestMeta } from '../../../core/actor';
import { forbidden, invalid } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { matchDriveCode, parseBankStatement, StatementFileError, type StatementRow } from '../bank-statement';
import { findFundVisibleTo } from '../lookup';
import { canManageFunds } from '../policy';
import { listDrives } from '../queries';
import { bankRows, type Fund } from '../schema';
import type { CommandContext } from '../../../core/command';
import { type Progress, requestProgress } from '../../../core/progress';
import { writeDonation } from './record-donation';

export type ImportResult = {
  imported: number;
  matched: number;
  unmatched: number;
  skipped: number;
  receipts: { row: number; txnId: string; receiptNo: string }[];
};

// Rows per insert (well under PostgreSQL's 65,535 bind parameters), and between two turns of the event loop: on
// PGlite a statement holds the whole process.
const CHUNK = 250;

const MAX_ERROR_FIELDS = 200;

/** An uploaded statement file, read only once the caller is known to be allowed to import. */
export type StatementUpload = () => Promise<{ name: string; bytes: ArrayBuffer }>;

/**
 * The standing committee imports a bank statement into a fund: a file with any unreadable row writes
 * nothing (each error named `rows.<line>.<field>`, the first 200 of them), a file with no transaction
 * is refused; the rest is `importBankRows`.
 */
export async function importBankStatement(ctx: CommandContext, input: { fundId: string; file: StatementUpload }) {
  const { db, meta } = ctx;
  const progress = ctx.progress ?? requestProgress;
  const { fund, commune } = await authoriseStatementImport(ctx, input.fundId);
  const file = await input.file();
  let parsed: Awaited<ReturnType<typeof parseBankStatement>>;
  try {
    await progress.report({ stage: 'reading', done: 0, total: 0 });
    parsed = await parseBankStatement(file.bytes, file.name, todayVn(), progress);
  } catch (e) {
    if (e instanceof StatementFileError) throw invalid({ file: e.message });
    throw e;
  }
  if (parsed.errors.length) {
    const fields: Record<string, string> = {};
    for (const e of parsed.errors.slice(0, MAX_ERROR_FIELDS)) fields[`rows.${e.row}.${e.field}`] ??= e.message;
    if (parsed.errors.length > MAX_ERROR_FIELDS)
      fields.file = `Còn ${parsed.errors.length - MAX_ERROR_FIELDS} lỗi khác chưa liệt kê.`;
    throw invalid(fields, `Tệp có ${parsed.errors.length} dòng không đọc được; chưa nhập dòng nào.`);
  }
  if (parsed.rows.length === 0 && parsed.ignored.length === 0)
    throw invalid({ file: 'Không có giao dịch nào dưới dòng tiêu đề.' });
  const result = await importBankRows(db, meta, fund, commune, parsed.rows, file.name, progress);
  return { ...result, ignored: parsed.ignored };
}

/** The fund the caller may import a statement into (404 outside their scope, 403 unless the standing committee). */
export async function authoriseStatementImport({ db, actor }: CommandContext, fundId: string) {
  // The path of a multipart route is not validated by a schema.
  if (!z.uuid().safeParse(fundId).success) throw invalid({ id: 'Mã quỹ không hợp lệ.' });
  const found = await findFundVisibleTo(db, actor, fundId, 'id');
  if (!canManageFunds(actor, found.commune)) throw forbidden({ id: 'Chỉ Ban Thường trực xã nhập sao kê ngân hàng.' });
  return found;
}

/** A bank transfer becomes a receipt like any other: the payer's name, or "Nhà hảo tâm" when the bank gives none. */
export function receiptFromBankRow(
  row: { id: string; bankTxnId: string; date: string; amount: number; description: string; payerName: string | null },
  driveId: string | null,
  commune: Unit,
  donorName?: string | null,
) {
  const name = donorName ?? row.payerName;
  return {
    driveId,
    donorKind: name ? ('person' as const) : ('anonymous' as const),
    donorName: name ?? '',
    donorAddress: null,
    publicAnonymous: false,
    method: 'bank_transfer' as const,
    amount: row.amount,
    inKindDescription: null,
    inKindValue: 0,
    collectedAt: commune,
    organizationId: null,
    pledgeId: null,
    bankRowId: row.id,
    date: row.date,
    note: `Chuyển khoản, mã GD ${row.bankTxnId}: ${row.description}`.slice(0, 1000),
  };
}

/**
 * One upload, one transaction: rows whose bank transaction id the fund already has are skipped
 * (the unique index decides, so two concurrent uploads of one file cannot both insert a row);
 * a row naming exactly one drive code of this fund becomes a receipt at once, numbered in date
 * order; the rest wait as "unmatched" for a person.
 */
export async function importBankRows(
  db: Db,
  meta: RequestMeta,
  fund: Fund,
  commune: Unit,
  rows: StatementRow[],
  fileName: string,
  progress: Progress = requestProgress,
): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    const drives = await listDrives(tx, fund.id);
    const byCode = new Map(drives.map((d) => [d.code.toUpperCase(), d]));
    const codes = [...byCode.keys()];
    const statementRow = new Map(rows.map((r) => [r.txnId, r]));

    // Inserting in transaction-id order makes two overlapping uploads take the unique-key locks in one order
    // (no deadlock).
    const ordered = [...rows].sort((a, b) => (a.txnId < b.txnId ? -1 : a.txnId > b.txnId ? 1 : 0));
    const inserted: (typeof bankRows.$inferSelect)[] = [];
    for (let i = 0; i < ordered.length; i += CHUNK) {
      // Each chunk lets other requests through (their queries wait for this transaction on PGlite).
      await progress.report({ stage: 'writing', done: i, total: ordered.length });
      const values = ordered.slice(i, i + CHUNK).map((r) => {
        const code = matchDriveCode(r.description, codes);
        const drive = code ? byCode.get(code) : undefined;
        return {
          communeId: fund.communeId,
          fundId: fund.id,
          bankTxnId: r.txnId,
          date: r.date,
          amount: r.amount,
          description: r.description,
          payerName: r.payerName,
          driveId: drive?.id ?? null,
          status: drive ? ('matched' as const) : ('unmatched' as const),
        };
      });
      inserted.push(
        ...(await tx
          .insert(bankRows)
          .values(values)
          .onConflictDoNothing({ target: [bankRows.communeId, bankRows.fundId, bankRows.bankTxnId] })
          .returning()),
      );
    }

    const lineOf = (r: { bankTxnId: string }) => statementRow.get(r.bankTxnId)?.row ?? 0;
    const matched = inserted
      .filter((r) => r.status === 'matched')
      .sort((a, b) => a.date.localeCompare(b.date) || lineOf(a) - lineOf(b));
    const receipts: ImportResult['receipts'] = [];
    for (const [i, r] of matched.entries()) {
      if (i % 10 === 0) await progress.report({ stage: 'receipts', done: i, total: matched.length });
      const donation = await writeDonation(tx, meta, fund, receiptFromBankRow(r, r.driveId, commune));
      await tx.update(bankRows).set({ donationId: donation.id }).where(eq(bankRows.id, r.id));
      receipts.push({ row: lineOf(r), txnId: r.bankTxnId, receiptNo: donation.receiptNo });
    }

    const result = {
      imported: inserted.length,
      matched: matched.length,
      unmatched: inserted.length - matched.length,
      skipped: rows.length - inserted.length,
      receipts,
    };
    await progress.written(tx);
    // Nothing new, nothing changed: a re-upload of the same file leaves no trace but its answer.
    if (inserted.length > 0) {
      await recordAudit(tx, meta, {
        action: 'bank.import',
        entity: 'fund',
        entityId: fund.id,
        communeId: fund.communeId,
        scopePath: commune.path,
        after: {
          fileName,
          imported: result.imported,
          matched: result.matched,
          unmatched: result.unmatched,
          skipped: result.skipped,
          txnIds: inserted.map((r) => r.bankTxnId),
        },
      });
    }
    return result;
  });
}
