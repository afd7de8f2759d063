import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { reliefPrograms, reliefSupports } from './schema';

/** The gifts a household received (for its personal-data export), oldest programme first. */
export async function supportsOfHousehold(db: Queryable, householdId: string) {
  return db
    .select({
      programId: reliefPrograms.id,
      programName: reliefPrograms.name,
      date: reliefPrograms.date,
      kind: reliefSupports.kind,
      value: reliefSupports.value,
      description: reliefSupports.description,
      handedOverAt: reliefSupports.handedOverAt,
    })
    .from(reliefSupports)
    .innerJoin(reliefPrograms, eq(reliefPrograms.id, reliefSupports.programId))
    .where(eq(reliefSupports.householdId, householdId))
    .orderBy(asc(reliefPrograms.date));
}
