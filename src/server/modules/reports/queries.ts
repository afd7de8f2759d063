import { and, asc, desc, eq, gte, inArray, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { todayVn } from '../../../lib/dates';
import type { Queryable } from '../../db/client';
import { inSubtree, inSubtrees } from '../../db/scope-sql';
import { campaigns, campaignTasks } from '../campaigns/schema';
import { consultationFigures } from '../consultations/figures';
import { balanceParts, driveTotals } from '../funds/queries';
import { drives, funds } from '../funds/schema';
import { meetingFigures } from '../meetings/figures';
import { findMeetingRow } from '../meetings/queries';
import { meetingDelegates } from '../meetings/schema';
import { petitionFigures } from '../petitions/figures';
import { reliefPrograms, reliefSupports } from '../relief/schema';
import { supervisionFigures } from '../supervision/figures';
import { computeProgress } from '../targets/progress';
import { units, type Unit } from '../units/schema';
import { reports, type Report, type ReportType } from './schema';

const num = (v: unknown) => Number(v ?? 0);

export async function findReport(db: Queryable, id: string) {
  const [row] = await db
    .select({ report: reports, unit: units })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(eq(reports.id, id))
    .limit(1);
  return row ?? null;
}

/** The report row locked for a change (issue, submit, edit) inside the caller's transaction. */
export async function lockReport(tx: Queryable, id: string): Promise<Report | null> {
  const [row] = await tx.select().from(reports).where(eq(reports.id, id)).for('update');
  return row ?? null;
}

/** What a reader may see: every report of these units (exact paths), and submitted ones inside these subtrees; null = all. */
export type ReportScope = { own: string[]; submittedUnder: string[] } | null;

function scopeSql(scope: ReportScope): SQL | undefined {
  if (scope === null) return undefined;
  const own = scope.own.length ? inArray(reports.unitPath, scope.own) : sql`false`;
  return or(own, and(isNotNull(reports.submittedAt), inSubtrees(reports.unitPath, scope.submittedUnder))) ?? sql`false`;
}

export async function listReports(
  db: Queryable,
  scope: ReportScope,
  f: { unitId?: string; status?: 'draft' | 'issued'; year?: number },
) {
  return db
    .select({ report: reports, unitName: units.name, unitKind: units.kind, unitLevel: units.level })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(
      and(
        scopeSql(scope),
        f.unitId ? eq(reports.unitId, f.unitId) : undefined,
        f.status ? eq(reports.status, f.status) : undefined,
        f.year
          ? and(gte(reports.periodFrom, `${f.year}-01-01`), lte(reports.periodFrom, `${f.year}-12-31`))
          : undefined,
      ),
    )
    .orderBy(desc(reports.periodFrom), desc(reports.createdAt))
    .limit(500);
}

/** The review conference's facts the report may quote: date, place, chair, delegates who attended. */
export async function meetingFacts(db: Queryable, id: string | null) {
  if (!id) return null;
  const m = await findMeetingRow(db, id);
  if (!m) return null;
  const [d] = await db
    .select({ n: sql<number>`count(*) filter (where ${meetingDelegates.attended} is not false)::int` })
    .from(meetingDelegates)
    .where(eq(meetingDelegates.meetingId, id));
  return {
    id: m.id,
    title: m.title,
    date: m.date,
    place: m.place,
    chair: m.chair,
    chairTitle: m.chairTitle,
    delegates: num(d?.n),
  };
}

export async function findUnitsByIds(db: Queryable, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: units.id, name: units.name, kind: units.kind, level: units.level })
    .from(units)
    .where(inArray(units.id, ids));
}

/** Relief programmes dated in the period inside a subtree, with households, value and how they were funded. */
async function reliefPrograms_(db: Queryable, path: string, from: string, to: string) {
  return db
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
    .innerJoin(units, eq(units.id, reliefPrograms.communeId))
    .leftJoin(
      reliefSupports,
      and(eq(reliefSupports.programId, reliefPrograms.id), inSubtree(reliefSupports.unitPath, path)),
    )
    .where(and(inSubtree(units.path, path), gte(reliefPrograms.date, from), lte(reliefPrograms.date, to)))
    .groupBy(reliefPrograms.id)
    .orderBy(asc(reliefPrograms.date), asc(reliefPrograms.name));
}

/** Drives running in the period, in a subtree's communes, with the assigning unit's kind. */
async function drivesOverlapping(db: Queryable, path: string, from: string, to: string) {
  return db
    .select({ drive: drives, fundName: funds.name })
    .from(drives)
    .innerJoin(funds, eq(funds.id, drives.fundId))
    .innerJoin(units, eq(units.id, drives.communeId))
    .where(and(inSubtree(units.path, path), lte(drives.periodFrom, to), gte(drives.periodTo, from)))
    .orderBy(asc(funds.name), asc(drives.periodFrom));
}

async function fundsUnder(db: Queryable, path: string) {
  return db
    .select({ id: funds.id, name: funds.name })
    .from(funds)
    .innerJoin(units, eq(units.id, funds.communeId))
    .where(inSubtree(units.path, path))
    .orderBy(asc(funds.name));
}

/** Campaigns running in the period with their tasks counted. */
async function campaignsOverlapping(db: Queryable, path: string, from: string, to: string) {
  return db
    .select({
      name: campaigns.name,
      tasks: sql<number>`count(${campaignTasks.id}) filter (where ${campaignTasks.status} <> 'cancelled')::int`,
      done: sql<number>`count(${campaignTasks.id}) filter (where ${campaignTasks.status} = 'done')::int`,
      selfAssigned: sql<number>`count(${campaignTasks.id}) filter (where ${campaignTasks.selfAssigned} and ${campaignTasks.status} <> 'cancelled')::int`,
    })
    .from(campaigns)
    .innerJoin(units, eq(units.id, campaigns.communeId))
    .leftJoin(campaignTasks, eq(campaignTasks.campaignId, campaigns.id))
    .where(and(inSubtree(units.path, path), lte(campaigns.periodFrom, to), gte(campaigns.periodTo, from)))
    .groupBy(campaigns.id)
    .orderBy(asc(campaigns.periodFrom), asc(campaigns.name));
}

/**
 * Every figure a report of `unit` for [from, to] quotes, taken from the records of each module —
 * the thin gathering layer under the pure `buildModel`.
 */
export async function gatherFigures(db: Queryable, unit: Unit, from: string, to: string, today = todayVn()) {
  const period = { from, to };
  const asOf = to < today ? to : today;
  const progress = await computeProgress(db, unit, period);
  const assignerIds = [
    ...new Set(
      progress.items.flatMap((i) =>
        i.targets
          .map((t) => ('unitId' in t.assignedBy ? t.assignedBy.unitId : null))
          .filter((x): x is string => x !== null),
      ),
    ),
  ];
  const driveRows = await drivesOverlapping(db, unit.path, from, to);
  const driveAssigners = driveRows.map((d) => d.drive.assignedByUnitId).filter((x): x is string => x !== null);
  const assigners = await findUnitsByIds(db, [...new Set([...assignerIds, ...driveAssigners])]);
  const drivesOut = [];
  for (const d of driveRows) drivesOut.push({ ...d, totals: await driveTotals(db, d.drive.id, unit.path, period) });
  const fundFlows = [];
  for (const f of await fundsUnder(db, unit.path))
    fundFlows.push({ name: f.name, ...(await balanceParts(db, f.id, { from, to })) });
  // One after another: inside the issue transaction they share one connection.
  const relief = await reliefPrograms_(db, unit.path, from, to);
  const campaignRows = await campaignsOverlapping(db, unit.path, from, to);
  const meetingsF = await meetingFigures(db, unit.path, from, to);
  const petitionsF = await petitionFigures(db, unit.path, from, to);
  const consultationsF = await consultationFigures(db, unit.path, from, to);
  const supervisionF = await supervisionFigures(db, unit.path, from, to, asOf);
  const parent = unit.parentId ? ((await findUnitsByIds(db, [unit.parentId]))[0] ?? null) : null;
  return {
    unit,
    parent,
    progress,
    assigners,
    drives: drivesOut,
    fundFlows,
    relief: relief.map((r) => ({
      ...r,
      households: num(r.households),
      value: num(r.value),
      donors: num(r.donors),
      fromFund: Boolean(r.fromFund),
    })),
    campaigns: campaignRows.map((c) => ({
      name: c.name,
      tasks: num(c.tasks),
      done: num(c.done),
      selfAssigned: num(c.selfAssigned),
    })),
    meetings: meetingsF,
    petitions: petitionsF,
    consultations: consultationsF,
    supervision: supervisionF,
  };
}

export type Gathered = Awaited<ReturnType<typeof gatherFigures>>;

/** The newest submitted report of each commune for exactly this type and period. */
export async function submittedReports(db: Queryable, unitIds: string[], type: ReportType, from: string, to: string) {
  if (!unitIds.length) return [];
  return db
    .select()
    .from(reports)
    .where(
      and(
        inArray(reports.unitId, unitIds),
        eq(reports.type, type),
        eq(reports.periodFrom, from),
        eq(reports.periodTo, to),
        isNotNull(reports.submittedAt),
      ),
    )
    .orderBy(desc(reports.submittedAt));
}
