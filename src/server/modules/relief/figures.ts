import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { inSubtree } from '../../db/scope-sql';
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

const num = (v: unknown) => Number(v ?? 0);

/** Households served and total value in a unit subtree: one programme, or every programme dated in the period. */
export async function reliefTotals(
  db: Queryable,
  subtreePath: string,
  q: { programId?: string; from: string; to: string },
) {
  const [row] = await db
    .select({
      households: sql<number>`count(distinct ${reliefSupports.householdId})::int`,
      value: sql<string>`coalesce(sum(${reliefSupports.value}), 0)`,
    })
    .from(reliefSupports)
    .innerJoin(reliefPrograms, eq(reliefPrograms.id, reliefSupports.programId))
    .where(
      and(
        inSubtree(reliefSupports.unitPath, subtreePath),
        q.programId
          ? eq(reliefSupports.programId, q.programId)
          : and(sql`${reliefPrograms.date} >= ${q.from}`, sql`${reliefPrograms.date} <= ${q.to}`),
      ),
    );
  return { households: num(row?.households), value: num(row?.value) };
}
