import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { inSubtree } from '../../db/scope-sql';
import { unitRefs } from '../units/refs';
import { reliefPrograms, reliefSupports } from './schema';

const num = (v: unknown) => Number(v ?? 0);

/**
 * Relief programmes dated in [from, to] inside the subtree at `unitPath`, with the households helped,
 * the value given and how they were funded (counted over the subtree's supports) — what a review
 * report quotes.
 */
export async function reliefProgramFiguresOf(db: Queryable, unitPath: string, from: string, to: string) {
  const rows = await db
    .select({
      id: reliefPrograms.id,
      name: reliefPrograms.name,
      date: reliefPrograms.date,
      partner: reliefPrograms.partner,
      households: sql<number>`count(distinct ${reliefSupports.householdId})::int`,
      value: sql<string>`coalesce(sum(${reliefSupports.value}), 0)`,
      donors: sql<number>`count(distinct ${reliefSupports.donorName})::int`,
      fromFund: sql<boolean>`bool_or(${reliefSupports.sourceKind} = 'fund')`,
    })
    .from(reliefPrograms)
    .innerJoin(unitRefs, eq(unitRefs.id, reliefPrograms.communeId))
    .leftJoin(
      reliefSupports,
      and(eq(reliefSupports.programId, reliefPrograms.id), inSubtree(reliefSupports.unitPath, unitPath)),
    )
    .where(and(inSubtree(unitRefs.path, unitPath), gte(reliefPrograms.date, from), lte(reliefPrograms.date, to)))
    .groupBy(reliefPrograms.id)
    .orderBy(asc(reliefPrograms.date), asc(reliefPrograms.name));
  return rows.map((r) => ({
    ...r,
    households: num(r.households),
    value: num(r.value),
    donors: num(r.donors),
    fromFund: Boolean(r.fromFund),
  }));
}

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
