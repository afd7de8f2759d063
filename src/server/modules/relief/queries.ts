import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { compareVi } from '../../../lib/vi-text';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { inSubtrees, readableCommuneSql } from '../../db/scope-sql';
import { fundNamesByIds, payoutNumbersByIds } from '../funds/figures';
import {
  categoriesInYear,
  householdRefsByIds,
  householdsInCategories,
  searchCommuneHouseholds,
} from '../households/figures';
import { unitRefs } from '../units/refs';
import { reliefPrograms, reliefSupports, type ReliefProgram, type ReliefSupport } from './schema';

const num = (v: unknown) => Number(v ?? 0);
export const yearOf = (p: ReliefProgram) => Number(p.date.slice(0, 4));

/** Supports inside these subtrees; null = no restriction (admin). */
export const supportScope = (roots: string[] | null) =>
  roots === null ? undefined : inSubtrees(reliefSupports.unitPath, roots);

/** Programmes of the communes the actor reads or works in, newest first, with the totals the actor may see. */
export async function listPrograms(db: Queryable, actor: Actor, roots: string[] | null, communeId?: string) {
  const rows = await db
    .select({ program: reliefPrograms, communePath: unitRefs.path })
    .from(reliefPrograms)
    .innerJoin(unitRefs, eq(unitRefs.id, reliefPrograms.communeId))
    .where(
      and(
        readableCommuneSql(actor, unitRefs.path, reliefPrograms.communeId),
        communeId ? eq(reliefPrograms.communeId, communeId) : undefined,
      ),
    )
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
  return rows.map((r) => ({
    program: r.program,
    communePath: r.communePath,
    ...(byId.get(r.program.id) ?? { households: 0, value: 0 }),
  }));
}

/** A support with what its rows show: the household, its village, the paying fund and payout, the categories. */
export type SupportRow = {
  support: ReliefSupport;
  headName: string;
  villageId: string;
  villageName: string;
  villageKind: string;
  fundName: string | null;
  payoutNo: string | null;
  categories: string[];
};

/** Fund names and payout numbers of supports paid from a fund (the funds module owns both). */
async function payoutRefs(db: Queryable, supports: ReliefSupport[]) {
  const funds = await fundNamesByIds(
    db,
    supports.flatMap((s) => (s.fundId ? [s.fundId] : [])),
  );
  const payouts = await payoutNumbersByIds(
    db,
    supports.flatMap((s) => (s.disbursementId ? [s.disbursementId] : [])),
  );
  return (s: ReliefSupport) => ({
    fundName: s.fundId ? (funds.get(s.fundId) ?? null) : null,
    payoutNo: s.disbursementId ? (payouts.get(s.disbursementId) ?? null) : null,
  });
}

/**
 * A programme's supports the reader may see (only one of them with `supportId`), with the household, its village
 * and its categories in the programme's year; sorted by village then head name (Vietnamese collation).
 */
export async function programSupports(
  db: Queryable,
  program: ReliefProgram,
  roots: string[] | null,
  supportId?: string,
): Promise<SupportRow[]> {
  const supports = await db
    .select()
    .from(reliefSupports)
    .where(
      and(
        eq(reliefSupports.programId, program.id),
        supportScope(roots),
        supportId ? eq(reliefSupports.id, supportId) : undefined,
      ),
    );
  const householdIds = supports.map((s) => s.householdId);
  const households = await householdRefsByIds(db, householdIds);
  const cats = await categoriesInYear(db, householdIds, yearOf(program));
  const refs = await payoutRefs(db, supports);
  const rows: SupportRow[] = [];
  for (const support of supports) {
    const h = households.get(support.householdId);
    if (!h) continue; // every support has its household (a foreign key): this only narrows the type
    rows.push({
      support,
      headName: h.headName,
      villageId: h.villageId,
      villageName: h.villageName,
      villageKind: h.villageKind,
      ...refs(support),
      categories: cats.get(support.householdId) ?? [],
    });
  }
  return rows.sort(
    (a, b) =>
      compareVi(a.villageName, b.villageName) ||
      compareVi(a.headName, b.headName) ||
      +new Date(a.support.createdAt) - +new Date(b.support.createdAt),
  );
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
  const candidates = await householdsInCategories(db, {
    communeId: program.communeId,
    year,
    categories: program.targetCategories,
    roots,
  });
  const served = await servedHouseholds(db, program.id);
  const rows = candidates.filter((r) => !served.has(r.id));
  const catMap = await categoriesInYear(
    db,
    rows.map((r) => r.id),
    year,
  );
  return rows
    .map((r) => ({ ...r, categories: catMap.get(r.id) ?? [] }))
    .sort((a, b) => compareVi(a.villageName, b.villageName) || compareVi(a.headName, b.headName));
}

/** Households with a support in the programme, among the supports inside `roots` (null: all of them). */
export async function servedHouseholds(
  db: Queryable,
  programId: string,
  roots: string[] | null = null,
): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ householdId: reliefSupports.householdId })
    .from(reliefSupports)
    .where(and(eq(reliefSupports.programId, programId), supportScope(roots)));
  return new Set(rows.map((r) => r.householdId));
}

/**
 * The "add support" picker: households of the programme's commune inside the reader's subtrees, searched by folded
 * head name, with their categories in the programme's year and whether the programme already served them.
 */
export async function programHouseholds(db: Queryable, program: ReliefProgram, roots: string[] | null, folded: string) {
  const rows = await searchCommuneHouseholds(db, { communeId: program.communeId, roots, folded });
  const cats = await categoriesInYear(
    db,
    rows.map((r) => r.id),
    yearOf(program),
  );
  const served = await servedHouseholds(db, program.id, roots);
  return rows.map((r) => ({ ...r, categories: cats.get(r.id) ?? [], served: served.has(r.id) }));
}

/** Everything a household received in a year, across programmes (by programme date). */
export async function householdYear(db: Queryable, householdId: string, year: number) {
  const rows = await db
    .select({
      support: reliefSupports,
      programName: reliefPrograms.name,
      programDate: reliefPrograms.date,
      partner: reliefPrograms.partner,
    })
    .from(reliefSupports)
    .innerJoin(reliefPrograms, eq(reliefPrograms.id, reliefSupports.programId))
    .where(
      and(
        eq(reliefSupports.householdId, householdId),
        sql`${reliefPrograms.date} >= ${`${year}-01-01`}`,
        sql`${reliefPrograms.date} <= ${`${year}-12-31`}`,
      ),
    )
    .orderBy(asc(reliefPrograms.date), asc(reliefSupports.createdAt));
  const refs = await payoutRefs(
    db,
    rows.map((r) => r.support),
  );
  return rows.map((r) => ({ ...r, ...refs(r.support) }));
}

/** A household's year of gifts: the rows, how many programmes, the total value, and its categories that year. */
export async function householdYearSummary(db: Queryable, householdId: string, year: number) {
  const rows = await householdYear(db, householdId, year);
  const categories = (await categoriesInYear(db, [householdId], year)).get(householdId) ?? [];
  return {
    rows,
    categories,
    programs: new Set(rows.map((r) => r.support.programId)).size,
    value: rows.reduce((s, r) => s + r.support.value, 0),
  };
}
