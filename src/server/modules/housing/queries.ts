import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { containsText } from '../../db/scope-sql';
import { foldVietnamese } from '../../../lib/vi-text';
import { fundNamesByIds, payoutNumbersByIds } from '../funds/figures';
import { unitRefs } from '../units/refs';
import { caseScopeSql } from './lookup';
import {
  type HousingKind,
  type HousingStage,
  housingCases,
  housingFundings,
  housingPhotos,
  type HousingCase,
} from './schema';

const village = alias(unitRefs, 'housing_list_village');
const num = (v: unknown) => Number(v ?? 0);

export type CaseFilter = {
  communeId?: string;
  villageId?: string;
  stage?: HousingStage;
  kind?: HousingKind;
  q?: string;
  limit: number;
  offset: number;
};

/** Funded total per case (the sum of its funding lines). */
const fundedSql = sql<string>`coalesce((select sum(f.amount) from housing_fundings f where f.case_id = ${housingCases.id}), 0)`;

/** Cases the actor reads, filtered and paged (newest survey first), with the total and the counts per stage and kind. */
export async function listCases(db: Queryable, actor: Actor, f: CaseFilter) {
  const base = and(
    caseScopeSql(actor),
    f.communeId ? eq(housingCases.communeId, f.communeId) : undefined,
    f.villageId ? eq(housingCases.villageId, f.villageId) : undefined,
    f.kind ? eq(housingCases.kind, f.kind) : undefined,
  );
  const folded = f.q ? foldVietnamese(f.q) : '';
  const searched = and(base, folded ? containsText(housingCases.headNameFolded, folded) : undefined);
  const where = and(searched, f.stage ? eq(housingCases.stage, f.stage) : undefined);
  const rows = await db
    .select({ case: housingCases, villageName: village.name, funded: fundedSql })
    .from(housingCases)
    .innerJoin(unitRefs, eq(unitRefs.id, housingCases.communeId))
    .innerJoin(village, eq(village.id, housingCases.villageId))
    .where(where)
    .orderBy(desc(housingCases.surveyedOn), asc(housingCases.headName), asc(housingCases.id))
    .limit(f.limit)
    .offset(f.offset);
  const counts = await db
    .select({ stage: housingCases.stage, kind: housingCases.kind, n: sql<number>`count(*)::int` })
    .from(housingCases)
    .innerJoin(unitRefs, eq(unitRefs.id, housingCases.communeId))
    .where(searched)
    .groupBy(housingCases.stage, housingCases.kind);
  const byStage: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  let all = 0;
  for (const c of counts) {
    byStage[c.stage] = (byStage[c.stage] ?? 0) + num(c.n);
    byKind[c.kind] = (byKind[c.kind] ?? 0) + num(c.n);
    all += num(c.n);
  }
  const total = f.stage ? (byStage[f.stage] ?? 0) : all;
  return {
    rows: rows.map((r) => ({ case: r.case, villageName: r.villageName, funded: num(r.funded) })),
    total,
    byStage,
    byKind,
  };
}

export type FundingRow = Awaited<ReturnType<typeof fundingsOf>>[number];

/** A case's funding lines in the order they were written, with the fund's name and the payout number. */
export async function fundingsOf(db: Queryable, caseId: string) {
  const rows = await db
    .select()
    .from(housingFundings)
    .where(eq(housingFundings.caseId, caseId))
    .orderBy(asc(housingFundings.createdAt), asc(housingFundings.id));
  const fundNames = await fundNamesByIds(
    db,
    rows.flatMap((r) => (r.fundId ? [r.fundId] : [])),
  );
  const payouts = await payoutNumbersByIds(
    db,
    rows.flatMap((r) => (r.disbursementId ? [r.disbursementId] : [])),
  );
  return rows.map((r) => ({
    funding: r,
    fundName: r.fundId ? (fundNames.get(r.fundId) ?? null) : null,
    payoutNo: r.disbursementId ? (payouts.get(r.disbursementId) ?? null) : null,
  }));
}

export async function photosOf(db: Queryable, caseId: string) {
  return db
    .select()
    .from(housingPhotos)
    .where(eq(housingPhotos.caseId, caseId))
    .orderBy(asc(housingPhotos.createdAt), asc(housingPhotos.id));
}

export async function findPhoto(db: Queryable, caseId: string, photoId: string) {
  const [row] = await db
    .select()
    .from(housingPhotos)
    .where(and(eq(housingPhotos.caseId, caseId), eq(housingPhotos.id, photoId)))
    .limit(1);
  return row ?? null;
}

export async function fundedTotal(db: Queryable, caseId: string) {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${housingFundings.amount}), 0)` })
    .from(housingFundings)
    .where(eq(housingFundings.caseId, caseId));
  return num(row?.total);
}

/** Houses handed over in a commune (the public list), newest first, with their funding lines. */
export async function handedOverOf(db: Queryable, communeId: string, limit: number, offset: number) {
  const where = and(eq(housingCases.communeId, communeId), eq(housingCases.stage, 'handed_over'));
  const rows = await db
    .select({ case: housingCases, villageName: village.name })
    .from(housingCases)
    .innerJoin(village, eq(village.id, housingCases.villageId))
    .where(where)
    .orderBy(desc(housingCases.handedOverOn), asc(housingCases.headName))
    .limit(limit)
    .offset(offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(housingCases).where(where);
  const ids = rows.map((r) => r.case.id);
  const lines = ids.length
    ? await db
        .select({
          caseId: housingFundings.caseId,
          source: housingFundings.source,
          donorName: housingFundings.donorName,
          amount: housingFundings.amount,
        })
        .from(housingFundings)
        .where(inArray(housingFundings.caseId, ids))
        .orderBy(asc(housingFundings.createdAt))
    : [];
  return {
    total: num(count?.n),
    rows: rows.map((r) => ({
      case: r.case as HousingCase,
      villageName: r.villageName,
      fundings: lines.filter((l) => l.caseId === r.case.id),
    })),
  };
}
