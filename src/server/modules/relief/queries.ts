import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { isAdmin, memberCommuneIds, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { containsText, inIds, inSubtree, inSubtrees } from '../../db/scope-sql';
import { compareVi } from '../../../lib/vi-text';
import { disbursements, funds } from '../funds/schema';
import { householdYearCategories, households } from '../households/schema';
import { units } from '../units/schema';
import { reliefPrograms, reliefSupports, type ReliefProgram } from './schema';

const num = (v: unknown) => Number(v ?? 0);
const yearOf = (p: ReliefProgram) => Number(p.date.slice(0, 4));

/** Supports inside these subtrees; null = no restriction (admin). */
const supportScope = (roots: string[] | null) =>
  roots === null ? undefined : inSubtrees(reliefSupports.unitPath, roots);

export async function findProgram(db: Queryable, id: string) {
  const [row] = await db
    .select({ program: reliefPrograms, communePath: units.path, communeName: units.name, communeKind: units.kind })
    .from(reliefPrograms)
    .innerJoin(units, eq(units.id, reliefPrograms.communeId))
    .where(eq(reliefPrograms.id, id))
    .limit(1);
  return row ?? null;
}

/** A household with its village, or null (erased households are still found: their gifts stay). */
export async function findHousehold(db: Queryable, id: string) {
  const [row] = await db
    .select({ household: households, villageName: units.name, villageKind: units.kind })
    .from(households)
    .innerJoin(units, eq(units.id, households.villageId))
    .where(eq(households.id, id))
    .limit(1);
  return row ?? null;
}

export async function findSupport(db: Queryable, id: string) {
  const [row] = await db.select().from(reliefSupports).where(eq(reliefSupports.id, id)).limit(1);
  return row ?? null;
}

/** Programmes of the communes the actor reads or works in, newest first, with the totals the actor may see. */
export async function listPrograms(db: Queryable, actor: Actor, roots: string[] | null, communeId?: string) {
  const scope = isAdmin(actor)
    ? undefined
    : sql`(${inSubtrees(units.path, readRoots(actor))} or ${inIds(reliefPrograms.communeId, memberCommuneIds(actor))})`;
  const rows = await db
    .select({ program: reliefPrograms })
    .from(reliefPrograms)
    .innerJoin(units, eq(units.id, reliefPrograms.communeId))
    .where(and(scope, communeId ? eq(reliefPrograms.communeId, communeId) : undefined))
    .orderBy(desc(reliefPrograms.date), asc(reliefPrograms.name));
  const ids = rows.map((r) => r.program.id);
  const totals = ids.length
    ? await db
        .select({
          programId: reliefSupports.programId,
          households: sql<number>`count(distinct ${reliefSupports.householdId})::int`,
          value: sql<string>`coalesce(sum(${reliefSupports.value}), 0)`,
        })
        .from(reliefSupports)
        .where(and(inArray(reliefSupports.programId, ids), supportScope(roots)))
        .groupBy(reliefSupports.programId)
    : [];
  const byId = new Map(totals.map((t) => [t.programId, { households: num(t.households), value: num(t.value) }]));
  return rows.map((r) => ({ program: r.program, ...(byId.get(r.program.id) ?? { households: 0, value: 0 }) }));
}

export type SupportRow = Awaited<ReturnType<typeof programSupports>>[number];

/**
 * A programme's supports the reader may see, with the household, its village and its categories in
 * the programme's year; sorted by village then head name (Vietnamese collation).
 */
export async function programSupports(db: Queryable, program: ReliefProgram, roots: string[] | null) {
  const rows = await db
    .select({
      support: reliefSupports,
      headName: households.headName,
      villageId: households.villageId,
      villageName: units.name,
      villageKind: units.kind,
      fundName: funds.name,
      payoutNo: disbursements.payoutNo,
    })
    .from(reliefSupports)
    .innerJoin(households, eq(households.id, reliefSupports.householdId))
    .innerJoin(units, eq(units.id, households.villageId))
    .leftJoin(funds, eq(funds.id, reliefSupports.fundId))
    .leftJoin(disbursements, eq(disbursements.id, reliefSupports.disbursementId))
    .where(and(eq(reliefSupports.programId, program.id), supportScope(roots)));
  const cats = await categoriesOf(db, [...new Set(rows.map((r) => r.support.householdId))], yearOf(program));
  return rows
    .map((r) => ({ ...r, categories: cats.get(r.support.householdId) ?? [] }))
    .sort(
      (a, b) =>
        compareVi(a.villageName, b.villageName) ||
        compareVi(a.headName, b.headName) ||
        +new Date(a.support.createdAt) - +new Date(b.support.createdAt),
    );
}

/** household id → its categories in a year. */
export async function categoriesOf(db: Queryable, householdIds: string[], year: number) {
  const out = new Map<string, string[]>();
  for (let i = 0; i < householdIds.length; i += 500) {
    const chunk = householdIds.slice(i, i + 500);
    const rows = await db
      .select({ householdId: householdYearCategories.householdId, category: householdYearCategories.category })
      .from(householdYearCategories)
      .where(and(inArray(householdYearCategories.householdId, chunk), eq(householdYearCategories.year, year)))
      .orderBy(asc(householdYearCategories.category));
    for (const r of rows) out.set(r.householdId, [...(out.get(r.householdId) ?? []), r.category]);
  }
  return out;
}

type Group = { households: number; value: number; count: number };
function grouped<K extends string>(rows: SupportRow[], keyOf: (r: SupportRow) => K[] | K) {
  const acc = new Map<K, { households: Set<string>; value: number; count: number; first: SupportRow }>();
  for (const r of rows) {
    const keys = keyOf(r);
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      const g = acc.get(k) ?? { households: new Set<string>(), value: 0, count: 0, first: r };
      g.households.add(r.support.householdId);
      g.value += r.support.value;
      g.count += 1;
      acc.set(k, g);
    }
  }
  return [...acc.entries()].map(([key, g]) => ({
    key,
    first: g.first,
    totals: { households: g.households.size, value: g.value, count: g.count } as Group,
  }));
}

/** The figures a review report quotes: households served, total value, by source, category, village and kind. */
export function summarize(rows: SupportRow[]) {
  const households = new Set(rows.map((r) => r.support.householdId)).size;
  const value = rows.reduce((s, r) => s + r.support.value, 0);
  const bySource = grouped(rows, (r) => `${r.support.sourceKind}|${r.support.fundId ?? r.support.donorName ?? ''}`)
    .map(({ first, totals }) => ({
      source: first.support.sourceKind,
      fundId: first.support.fundId,
      name:
        first.support.sourceKind === 'fund'
          ? (first.fundName ?? '')
          : first.support.sourceKind === 'donor'
            ? (first.support.donorName ?? '')
            : 'Nguồn khác',
      ...totals,
    }))
    .sort((a, b) => b.value - a.value || compareVi(a.name, b.name));
  const byCategory = grouped(rows, (r) => (r.categories.length ? r.categories : ['none']))
    .map(({ key, totals }) => ({ category: key, ...totals }))
    .sort((a, b) => b.households - a.households || a.category.localeCompare(b.category));
  const byVillage = grouped(rows, (r) => r.villageId)
    .map(({ key, first, totals }) => ({ villageId: key, name: first.villageName, ...totals }))
    .sort((a, b) => compareVi(a.name, b.name));
  const byKind = grouped(rows, (r) => r.support.kind).map(({ key, totals }) => ({ kind: key, ...totals }));
  const handedOver = rows.filter((r) => r.support.handedOverAt).length;
  return { households, value, count: rows.length, handedOver, bySource, byCategory, byVillage, byKind };
}

/**
 * Households of the programme's commune with an aimed-at category in the programme's year (any
 * category when the programme names none) and no support in it yet, inside the reader's subtrees.
 */
export async function suggestions(db: Queryable, program: ReliefProgram, roots: string[] | null) {
  const year = yearOf(program);
  const cats = program.targetCategories;
  const rows = await db
    .selectDistinct({
      id: households.id,
      headName: households.headName,
      villageId: households.villageId,
      villageName: units.name,
      address: households.address,
      members: households.members,
    })
    .from(households)
    .innerJoin(units, eq(units.id, households.villageId))
    .innerJoin(
      householdYearCategories,
      and(eq(householdYearCategories.householdId, households.id), eq(householdYearCategories.year, year)),
    )
    .where(
      and(
        eq(households.communeId, program.communeId),
        isNull(households.erasedAt),
        cats.length ? inArray(householdYearCategories.category, cats as never[]) : undefined,
        roots === null ? undefined : inSubtrees(households.unitPath, roots),
        sql`not exists (select 1 from relief_supports s where s.program_id = ${program.id} and s.household_id = ${households.id})`,
      ),
    );
  const catMap = await categoriesOf(
    db,
    rows.map((r) => r.id),
    year,
  );
  return rows
    .map((r) => ({ ...r, categories: catMap.get(r.id) ?? [] }))
    .sort((a, b) => compareVi(a.villageName, b.villageName) || compareVi(a.headName, b.headName));
}

/** Everything a household received in a year, across programmes (by programme date). */
export async function householdYear(db: Queryable, householdId: string, year: number) {
  return db
    .select({
      support: reliefSupports,
      programName: reliefPrograms.name,
      programDate: reliefPrograms.date,
      partner: reliefPrograms.partner,
      fundName: funds.name,
      payoutNo: disbursements.payoutNo,
    })
    .from(reliefSupports)
    .innerJoin(reliefPrograms, eq(reliefPrograms.id, reliefSupports.programId))
    .leftJoin(funds, eq(funds.id, reliefSupports.fundId))
    .leftJoin(disbursements, eq(disbursements.id, reliefSupports.disbursementId))
    .where(
      and(
        eq(reliefSupports.householdId, householdId),
        sql`${reliefPrograms.date} >= ${`${year}-01-01`}`,
        sql`${reliefPrograms.date} <= ${`${year}-12-31`}`,
      ),
    )
    .orderBy(asc(reliefPrograms.date), asc(reliefSupports.createdAt));
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

/** Households of a commune for the "add support" picker, within the caller's subtrees, by folded name. */
export async function searchProgramHouseholds(
  db: Queryable,
  communeId: string,
  roots: string[] | null,
  folded: string,
) {
  return db
    .select({
      id: households.id,
      headName: households.headName,
      villageId: households.villageId,
      villageName: units.name,
      address: households.address,
    })
    .from(households)
    .innerJoin(units, eq(units.id, households.villageId))
    .where(
      and(
        eq(households.communeId, communeId),
        isNull(households.erasedAt),
        roots === null ? undefined : inSubtrees(households.unitPath, roots),
        folded ? containsText(households.headNameFolded, folded) : undefined,
      ),
    )
    .orderBy(asc(households.headNameFolded))
    .limit(30);
}
