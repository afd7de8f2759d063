import { and, asc, eq, isNull, min } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client';
import { findDrive, findFund } from '../funds/queries';
import { unitRefs as units } from '../units/refs';
import type { Unit } from '../units/schema';
import type { Bank } from './disclosure-page';

/** Public data only: commune names and their published contact details. */
/**
 * The communes this installation publishes: current ones its staff have set up (they have villages) — not the whole
 * official list of a province, whose communes arrive empty — in the order they were set up, so the first is the
 * home page. Before any village exists, every current commune in the order it was made (a first try).
 */
export async function listPublicCommunes(db: Queryable): Promise<Unit[]> {
  const village = alias(units, 'village');
  const rows = await db
    .select({ unit: units, firstVillage: min(village.createdAt) })
    .from(units)
    .innerJoin(village, eq(village.parentId, units.id))
    .where(and(eq(units.level, 'commune'), isNull(units.endedOn)))
    .groupBy(units.id)
    .orderBy(asc(min(village.createdAt)), asc(units.name));
  if (rows.length) return rows.map((r) => r.unit);
  return db
    .select()
    .from(units)
    .where(and(eq(units.level, 'commune'), isNull(units.endedOn)))
    .orderBy(asc(units.createdAt), asc(units.name));
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The commune a public page is about: ?xa=<id>, else the installation's first commune (the home page);
 * with the other communes for the header. Null when there is none.
 */
export async function publicCommuneOf(
  db: Queryable,
  xa: string | undefined,
): Promise<{ commune: Unit; home: boolean; others: Unit[] } | null> {
  const communes = await listPublicCommunes(db);
  const [first] = communes;
  const commune = xa && UUID.test(xa) ? communes.find((u) => u.id === xa.toLowerCase()) : first;
  if (!commune) return null;
  return { commune, home: commune.id === first?.id, others: communes.filter((u) => u.id !== commune.id) };
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
