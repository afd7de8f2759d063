import { and, eq } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden } from '../../../core/errors';
import type { Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { BANK_NAMES, driveOfFund, type FundAccount, findAccountVisibleTo, listFundAccounts } from '../accounts';
import { findFundVisibleTo } from '../lookup';
import { canManageFunds } from '../policy';
import { type Fund, fundAccounts } from '../schema';

export type AccountInput = {
  bankName: string;
  accountNo: string;
  bankBin?: string | null;
  accountName?: string | null;
  defaultDriveId?: string | null;
};

const snapshot = (a: FundAccount) => ({
  id: a.id,
  fundId: a.fundId,
  bankName: a.bankName,
  bankBin: a.bankBin,
  accountNo: a.accountNo,
  accountName: a.accountName,
  defaultDriveId: a.defaultDriveId,
});

const duplicate = () =>
  conflict('duplicate_name', 'Quỹ đã có tài khoản này.', { accountNo: 'Quỹ đã có tài khoản này ở ngân hàng này.' });

/** The standing committee adds a bank account to its fund; a drive named as its default belongs to the fund. */
export async function createFundAccount(ctx: CommandContext, input: AccountInput & { fundId: string }) {
  const { db, actor, meta } = ctx;
  const { fund, commune } = await findFundVisibleTo(db, actor, input.fundId, 'id');
  if (!canManageFunds(actor, commune)) throw forbidden({ id: 'Chỉ Ban Thường trực quản lý tài khoản của quỹ.' });
  if (input.defaultDriveId) await driveOfFund(db, fund.id, input.defaultDriveId, 'defaultDriveId');
  const account = await db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: fundAccounts.id })
      .from(fundAccounts)
      .where(
        and(
          eq(fundAccounts.fundId, fund.id),
          eq(fundAccounts.bankName, input.bankName),
          eq(fundAccounts.accountNo, input.accountNo),
        ),
      );
    if (dup) throw duplicate();
    const [row] = await tx
      .insert(fundAccounts)
      .values({
        communeId: fund.communeId,
        fundId: fund.id,
        bankName: input.bankName,
        bankBin: input.bankBin ?? null,
        accountNo: input.accountNo,
        accountName: input.accountName ?? null,
        defaultDriveId: input.defaultDriveId ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'fund_account.create',
      entity: 'fund_account',
      entityId: row.id,
      communeId: fund.communeId,
      scopePath: commune.path,
      after: snapshot(row),
    });
    return row;
  });
  return { account, commune };
}

/** Changes an account's default drive (or its VietQR fields); the number and bank stay (statements name them). */
export async function updateFundAccount(
  ctx: CommandContext,
  input: { id: string; defaultDriveId?: string | null; bankBin?: string | null; accountName?: string | null },
) {
  const { db, actor, meta } = ctx;
  const { account, fund, commune } = await findAccountVisibleTo(db, actor, input.id);
  if (!canManageFunds(actor, commune)) throw forbidden({ id: 'Chỉ Ban Thường trực quản lý tài khoản của quỹ.' });
  if (input.defaultDriveId) await driveOfFund(db, fund.id, input.defaultDriveId, 'defaultDriveId');
  const changes: Partial<FundAccount> = {};
  if (input.defaultDriveId !== undefined) changes.defaultDriveId = input.defaultDriveId;
  if (input.bankBin !== undefined) changes.bankBin = input.bankBin;
  if (input.accountName !== undefined) changes.accountName = input.accountName;
  if (Object.keys(changes).length === 0) return { account, commune };
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx.update(fundAccounts).set(changes).where(eq(fundAccounts.id, account.id)).returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'fund_account.update',
      entity: 'fund_account',
      entityId: row.id,
      communeId: fund.communeId,
      scopePath: commune.path,
      before: snapshot(account),
      after: snapshot(row),
    });
    return row;
  });
  return { account: updated, commune };
}

/**
 * The account the old per-fund statement route imports into: the fund's first; a fund that has none gets one from
 * its own bank fields (or "chưa ghi" when it has none either), so an import always names an account.
 */
export async function firstAccountOf(
  db: Queryable,
  meta: CommandContext['meta'],
  fund: Fund,
  scopePath: string,
): Promise<FundAccount> {
  const [first] = await listFundAccounts(db, fund.id);
  if (first) return first;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(fundAccounts)
      .values({
        communeId: fund.communeId,
        fundId: fund.id,
        bankName: (fund.bankBin && BANK_NAMES[fund.bankBin]) || 'Ngân hàng',
        bankBin: fund.bankBin,
        accountNo: fund.bankAccount ?? 'chưa ghi',
        accountName: fund.bankAccountName,
      })
      .onConflictDoNothing()
      .returning();
    // A concurrent first import made it: use that one.
    if (!row) {
      const [made] = await listFundAccounts(tx, fund.id);
      if (!made) throw new Error('fund account vanished');
      return made;
    }
    await recordAudit(tx, meta, {
      action: 'fund_account.create',
      entity: 'fund_account',
      entityId: row.id,
      communeId: fund.communeId,
      scopePath,
      after: snapshot(row),
    });
    return row;
  });
}
