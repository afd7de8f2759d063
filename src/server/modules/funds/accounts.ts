import { and, asc, eq } from 'drizzle-orm';
import { vietQrPayload } from '../../../lib/vietqr';
import type { Actor } from '../../core/actor';
import { unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { readableCommuneSql } from '../../db/scope-sql';
import { unitRefs } from '../units/refs';
import { canManageFunds } from './policy';
import { drives, fundAccounts, funds } from './schema';

/** A fund's bank account as stored. */
export type FundAccount = typeof fundAccounts.$inferSelect;

/** Bank names of the NAPAS BINs most funds use (the VietQR code needs the BIN; a person knows the name). */
export const BANK_NAMES: Readonly<Record<string, string>> = {
  '970436': 'Vietcombank',
  '970415': 'VietinBank',
  '970418': 'BIDV',
  '970405': 'Agribank',
  '970407': 'Techcombank',
  '970422': 'MB',
};

export { maskAccount } from './account-mask';

/** The VietQR payload of an account (a static QR: the donor types the amount), when its BIN is known. */
export function accountQr(a: Pick<FundAccount, 'bankBin' | 'accountNo'>): string | null {
  if (!a.bankBin || !/^[0-9A-Za-z]{1,19}$/.test(a.accountNo)) return null;
  return vietQrPayload({ bankBin: a.bankBin, accountNumber: a.accountNo });
}

export function presentAccount(a: FundAccount, actor: Actor, commune: { id: string; path: string }) {
  return {
    id: a.id,
    fundId: a.fundId,
    bankName: a.bankName,
    bankBin: a.bankBin,
    accountNo: a.accountNo,
    accountName: a.accountName,
    defaultDriveId: a.defaultDriveId,
    vietQr: accountQr(a),
    createdAt: a.createdAt.toISOString(),
    can: { manage: canManageFunds(actor, commune), importStatement: canManageFunds(actor, commune) },
  };
}

/** A fund's accounts, oldest first (the first is the one the old per-fund statement route imports into). */
export async function listFundAccounts(db: Queryable, fundId: string): Promise<FundAccount[]> {
  return db
    .select()
    .from(fundAccounts)
    .where(eq(fundAccounts.fundId, fundId))
    .orderBy(asc(fundAccounts.createdAt), asc(fundAccounts.id));
}

/** An account the actor may read (its fund's commune is readable), with the fund and commune; else 404. */
export async function findAccountVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  const [row] = await db
    .select({ account: fundAccounts, fund: funds, commune: unitRefs })
    .from(fundAccounts)
    .innerJoin(funds, eq(funds.id, fundAccounts.fundId))
    .innerJoin(unitRefs, eq(unitRefs.id, funds.communeId))
    .where(and(eq(fundAccounts.id, id), readableCommuneSql(actor, unitRefs.path, unitRefs.id)))
    .limit(1);
  if (!row) throw unknownReference(field ?? 'id', 'Tài khoản ngân hàng');
  return row;
}

/** A drive of this fund, or a 422 naming `field`. */
export async function driveOfFund(db: Queryable, fundId: string, driveId: string, field: string) {
  const [d] = await db
    .select()
    .from(drives)
    .where(and(eq(drives.id, driveId), eq(drives.fundId, fundId)))
    .limit(1);
  if (!d) throw unknownReference(field, 'Đợt vận động');
  return d;
}
