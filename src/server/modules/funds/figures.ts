import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { inSubtree } from '../../db/scope-sql';
import { unitRefs } from '../units/refs';
import { balanceParts, driveTotals } from './queries';
import { disbursements, drives, funds } from './schema';

/*
 * What the funds module gives other modules: relief shows the fund and the phiếu chi of a gift, the
 * review report quotes drives and fund flows, the demo loader links its Tết payout to its programme.
 * Nobody else reads the funds tables.
 */

const CHUNK = 5000; // ids per query: well under PostgreSQL's 65,535 bind parameters

async function byIds<T extends { id: string }>(ids: string[], load: (chunk: string[]) => Promise<T[]>) {
  const out = new Map<string, T>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK)
    for (const r of await load(unique.slice(i, i + CHUNK))) out.set(r.id, r);
  return out;
}

/** Fund names by id (relief shows which fund paid a gift). */
export async function fundNamesByIds(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const rows = await byIds(ids, (chunk) =>
    db.select({ id: funds.id, name: funds.name }).from(funds).where(inArray(funds.id, chunk)),
  );
  return new Map([...rows].map(([id, r]) => [id, r.name]));
}

/** Payout numbers ("PC 03/2023") by disbursement id (relief shows the phiếu chi of a gift paid from a fund). */
export async function payoutNumbersByIds(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const rows = await byIds(ids, (chunk) =>
    db
      .select({ id: disbursements.id, payoutNo: disbursements.payoutNo })
      .from(disbursements)
      .where(inArray(disbursements.id, chunk)),
  );
  return new Map([...rows].map(([id, r]) => [id, r.payoutNo]));
}

/**
 * The drives a review report of the subtree at `unitPath` quotes: those running in [from, to] in its
 * communes, with their fund's name and what they raised inside the subtree in the period. Read one
 * after another: inside the issue transaction they share one connection.
 */
export async function driveFiguresOf(db: Queryable, unitPath: string, from: string, to: string) {
  const rows = await db
    .select({ drive: drives, fundName: funds.name })
    .from(drives)
    .innerJoin(funds, eq(funds.id, drives.fundId))
    .innerJoin(unitRefs, eq(unitRefs.id, drives.communeId))
    .where(and(inSubtree(unitRefs.path, unitPath), lte(drives.periodFrom, to), gte(drives.periodTo, from)))
    .orderBy(asc(funds.name), asc(drives.periodFrom));
  const out = [];
  for (const d of rows) out.push({ ...d, totals: await driveTotals(db, d.drive.id, unitPath, { from, to }) });
  return out;
}

/** Each fund of the subtree's communes by name, with what came in and went out in [from, to]. */
export async function fundFlowFiguresOf(db: Queryable, unitPath: string, from: string, to: string) {
  const rows = await db
    .select({ id: funds.id, name: funds.name })
    .from(funds)
    .innerJoin(unitRefs, eq(unitRefs.id, funds.communeId))
    .where(inSubtree(unitRefs.path, unitPath))
    .orderBy(asc(funds.name));
  const out = [];
  for (const f of rows) out.push({ name: f.name, ...(await balanceParts(db, f.id, { from, to })) });
  return out;
}

/** A commune's fund by its exact name, or null (the demo loader finds "Vì người nghèo"). */
export async function findFundByName(db: Queryable, communeId: string, name: string) {
  const [row] = await db
    .select()
    .from(funds)
    .where(and(eq(funds.communeId, communeId), eq(funds.name, name)))
    .limit(1);
  return row ?? null;
}

/** A fund's live (not voided) payout of exactly this amount, or null (the demo's Tết payout). */
export async function findLivePayout(db: Queryable, fundId: string, amount: number) {
  const [row] = await db
    .select()
    .from(disbursements)
    .where(and(eq(disbursements.fundId, fundId), eq(disbursements.amount, amount), isNull(disbursements.voidedAt)))
    .limit(1);
  return row ?? null;
}

/** Records which relief programme a payout paid for (a payout written before its programme existed). */
export async function linkPayoutToReliefProgram(db: Queryable, payoutId: string, programId: string) {
  await db.update(disbursements).set({ reliefProgramId: programId }).where(eq(disbursements.id, payoutId));
}
