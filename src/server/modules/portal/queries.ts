import { and, asc, eq, isNull, min } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client';
import { findDrive, findFund } from '../funds/queries';
import { unitRefs as units } from '../units/refs';
import { SLUG } from '../units/slug';
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

/** Does this commune answer to `key` — its slug ("hong-son") or, as in links made before slugs, its id? */
const answersTo = (u: Unit, key: string) => u.slug === key || u.id === key.toLowerCase();

/**
 * The commune a public page is about: ?xa=<slug> (or an old ?xa=<id>), else the installation's first commune (the
 * home page); with the other communes for the header. Null when there is none.
 */
export async function publicCommuneOf(
  db: Queryable,
  xa: string | undefined,
): Promise<{ commune: Unit; home: boolean; others: Unit[] } | null> {
  const communes = await listPublicCommunes(db);
  const [first] = communes;
  const commune = xa ? communes.find((u) => answersTo(u, xa)) : first;
  if (!commune) return null;
  return { commune, home: commune.id === first?.id, others: communes.filter((u) => u.id !== commune.id) };
}

/** A commune by the key in its portal address: its slug, or its id (links made before slugs); null otherwise. */
export async function findPublicCommune(db: Queryable, key: string): Promise<Unit | null> {
  const where = UUID.test(key) ? eq(units.id, key.toLowerCase()) : SLUG.test(key) ? eq(units.slug, key) : null;
  if (!where) return null;
  const [row] = await db.select().from(units).where(where).limit(1);
  return row && row.level === 'commune' ? row : null;
}

/** Is this commune the installation's home page (the first one set up)? */
export async function isHomeCommune(db: Queryable, commune: Unit): Promise<boolean> {
  return (await listPublicCommunes(db))[0]?.id === commune.id;
}

/** The account donations to a drive go to (its fund's), for the disclosure page's QR code; blank when unknown. */
export async function disclosureBank(db: Queryable, driveId: string): Promise<Bank> {
  const drive = await findDrive(db, driveId);
  const fund = drive ? (await findFund(db, drive.fundId))?.fund : null;
  return fund ?? { bankBin: null, bankAccount: null, bankAccountName: null };
}
