import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { units } from '../units/schema';

/** Public data only: commune names and their published contact details. */
export async function listPublicCommunes(db: Queryable) {
  const rows = await db.select().from(units).where(eq(units.level, 'commune')).orderBy(asc(units.createdAt));
  return rows;
}

export async function findPublicCommune(db: Queryable, id: string) {
  const [row] = await db.select().from(units).where(eq(units.id, id)).limit(1);
  return row && row.level === 'commune' ? row : null;
}
