import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { inSubtree } from '../../db/scope-sql';
import { unitRefs } from '../units/refs';
import { balanceParts, driveTotals } from './queries';
import { drives, funds } from './schema';

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
