import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { findDrive, findFund } from '../funds/queries';
import { unitRefs as units } from '../units/refs';
import type { Bank } from './disclosure-page';

/** Public data only: commune names and their published contact details. */
export async function listPublicCommunes(db: Queryable) {
  const rows = await db.select().from(units).where(eq(units.level, 'commune')).orderBy(asc(units.createdAt));
  return rows;
}

export async function findPublicCommune(db: Queryable, id: string) {
  const [row] = await db.select().from(units).where(eq(units.id, id)).limit(1);
  return row && row.level === 'commune' ? row : null;
}

/** The account donations to a drive go to (its fund's), for the disclosure page's QR code; blank when unknown. */
export async function disclosureBank(db: Queryable, driveId: string): Promise<Bank> {
  const drive = await findDrive(db, driveId);
  const fund = drive ? (await findFund(db, drive.fundId))?.fund : null;
  return fund ?? { bankBin: null, bankAccount: null, bankAccountName: null };
}
