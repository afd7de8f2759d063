import { z } from '@hono/zod-openapi';
import { todayVn } from '../../../../lib/dates';
import type { CommandContext } from '../../../core/command';
import type { Queryable } from '../../../db/client';
import { forbidden, invalid } from '../../../core/errors';
import { requestProgress } from '../../../core/progress';
import type { Unit } from '../../units/schema';
import { driveOfFund, findAccountVisibleTo } from '../accounts';
import { StatementFileError } from '../bank-statement';
import { findFundVisibleTo } from '../lookup';
import { canManageFunds } from '../policy';
import { streamStatementFile } from '../statement-parse';
import { EmptyStatementError, type StatementSummary, writeStatement } from '../statement-write';
import { firstAccountOf } from './fund-accounts';

/** An uploaded statement file, read only once the caller is known to be allowed to import. */
export type StatementUpload = () => Promise<{ name: string; bytes: ArrayBuffer }>;

/** What an import answers: the summary (rows = stored + duplicates + errors), and the old route's names for it. */
export type ImportResult = StatementSummary & { imported: number; matched: number; unmatched: number; skipped: number };

const withOldNames = (s: StatementSummary): ImportResult => ({
  ...s,
  imported: s.stored,
  matched: s.attributed.byCode,
  unmatched: s.stored - s.attributed.byCode,
  skipped: s.duplicates,
});

/**
 * The file, read as a statement while it is written: a file that is none at all is a 422 naming `file` (nothing
 * written: the import's transaction is rolled back); bad rows are the summary's.
 */
async function importFile(ctx: CommandContext, file: StatementUpload, target: Parameters<typeof writeStatement>[2]) {
  const progress = ctx.progress ?? requestProgress;
  const { name, bytes } = await file();
  await progress.report({ stage: 'reading', done: 0, total: bytes.byteLength });
  const stream = streamStatementFile(bytes, name, todayVn(), progress);
  try {
    return withOldNames(await writeStatement(ctx.db, ctx.meta, target, stream, name, progress));
  } catch (e) {
    if (e instanceof StatementFileError) throw invalid({ file: e.message });
    if (e instanceof EmptyStatementError) throw invalid({ file: 'Không có giao dịch nào dưới dòng tiêu đề.' });
    throw e;
  } finally {
    // Stops reading a file whose import failed.
    await stream.batches.return({ headerRow: 0, ignored: [], errors: [] });
  }
}

/**
 * The standing committee imports a statement for one of its fund's accounts (`POST /bank-statements`): nothing is
 * refused whole for one bad row; every credit is counted to the fund at once (statement-write.ts).
 */
export async function importStatement(
  ctx: CommandContext,
  input: { accountId: string; defaultDriveId?: string | null; file: StatementUpload },
): Promise<ImportResult> {
  const { account, fund, commune } = await authoriseAccountImport(ctx, input.accountId);
  const defaultDrive = input.defaultDriveId
    ? await driveOfFund(ctx.db, fund.id, input.defaultDriveId, 'defaultDriveId')
    : null;
  return importFile(ctx, input.file, { fund, scopePath: commune.path, account, defaultDrive });
}

/** The old per-fund route: the same import into the fund's first account (made from the fund's own bank fields). */
export async function importBankStatement(ctx: CommandContext, input: { fundId: string; file: StatementUpload }) {
  const { fund, commune } = await authoriseStatementImport(ctx, input.fundId);
  // Made, if need be, in the import's transaction: a file that is refused leaves no account behind.
  const account = (tx: Queryable) => firstAccountOf(tx, ctx.meta, fund, commune.path);
  return importFile(ctx, input.file, { fund, scopePath: commune.path, account, defaultDrive: null });
}

/** The account the caller may import a statement for (404 outside their scope, 403 unless the standing committee). */
export async function authoriseAccountImport({ db, actor }: CommandContext, accountId: string) {
  if (!z.uuid().safeParse(accountId).success) throw invalid({ accountId: 'Chọn tài khoản ngân hàng của quỹ.' });
  const found = await findAccountVisibleTo(db, actor, accountId, 'accountId');
  if (!canManageFunds(actor, found.commune))
    throw forbidden({ accountId: 'Chỉ Ban Thường trực nhập sao kê ngân hàng.' });
  return found;
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
