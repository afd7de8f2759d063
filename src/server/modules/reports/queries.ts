import { and, desc, eq, gte, inArray, isNotNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { todayVn } from '../../../lib/dates';
import type { Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { campaignFiguresOf } from '../campaigns/figures';
import { consultationFigures } from '../consultations/figures';
import { evaluationFiguresOf } from '../evaluation/figures';
import { driveFiguresOf, fundFlowFiguresOf } from '../funds/figures';
import { meetingFigures } from '../meetings/figures';
import { petitionFigures } from '../petitions/figures';
import { reliefProgramFiguresOf } from '../relief/figures';
import { supervisionFigures } from '../supervision/figures';
import { computeProgress } from '../targets/progress';
import { unitRefs } from '../units/refs';
import type { Unit } from '../units/schema';
import { type Report, type ReportType, reports } from './schema';

/** A report with its unit, regardless of scope: for code that already decided (lookup.ts decides for callers). */
export async function findReport(db: Queryable, id: string) {
  const [row] = await db
    .select({ report: reports, unit: unitRefs })
    .from(reports)
    .innerJoin(unitRefs, eq(unitRefs.id, reports.unitId))
    .where(eq(reports.id, id))
    .limit(1);
  return row ?? null;
}

/** The report row locked for a change (issue, submit, edit) inside the caller's transaction. */
export async function lockReport(tx: Queryable, id: string): Promise<Report | null> {
  const [row] = await tx.select().from(reports).where(eq(reports.id, id)).for('update');
  return row ?? null;
}

/**
 * What a reader may see: every report of these units (exact paths), and submitted ones inside these
 * subtrees; null = all.
 */
export type ReportScope = { own: string[]; submittedUnder: string[] } | null;

/** The SQL twin of policy.canReadReport over `reports`. */
export function reportScopeSql(scope: ReportScope): SQL | undefined {
  if (scope === null) return undefined;
  const own = scope.own.length ? inArray(reports.unitPath, scope.own) : sql`false`;
  return or(own, and(isNotNull(reports.submittedAt), inSubtrees(reports.unitPath, scope.submittedUnder))) ?? sql`false`;
}

/** A report with its unit when it lies in the scope; null otherwise. */
export async function findReportIn(db: Queryable, scope: ReportScope, id: string) {
  const [row] = await db
    .select({ report: reports, unit: unitRefs })
    .from(reports)
    .innerJoin(unitRefs, eq(unitRefs.id, reports.unitId))
    .where(and(eq(reports.id, id), reportScopeSql(scope)))
    .limit(1);
  return row ?? null;
}

export async function listReports(
  db: Queryable,
  scope: ReportScope,
  f: { unitId?: string; status?: 'draft' | 'issued'; year?: number },
) {
  return db
    .select({ report: reports, unitName: unitRefs.name, unitKind: unitRefs.kind, unitLevel: unitRefs.level })
    .from(reports)
    .innerJoin(unitRefs, eq(unitRefs.id, reports.unitId))
    .where(
      and(
        reportScopeSql(scope),
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

/**
 * The latest report presented at a meeting, of the meeting's commune (the news article about the conference quotes it).
 */
export async function latestReportOfMeeting(db: Queryable, meetingId: string, unitId: string) {
  const [row] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.meetingId, meetingId), eq(reports.unitId, unitId)))
    .orderBy(desc(reports.createdAt))
    .limit(1);
  return row?.id ?? null;
}

export async function findUnitsByIds(db: Queryable, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: unitRefs.id, name: unitRefs.name, kind: unitRefs.kind, level: unitRefs.level })
    .from(unitRefs)
    .where(inArray(unitRefs.id, ids));
}

/**
 * Every figure a report of `unit` for [from, to] quotes, taken from the records of each module —
 * the thin gathering layer under the pure `buildModel`.
 */
export async function gatherFigures(db: Queryable, unit: Unit, from: string, to: string, today = todayVn()) {
  const asOf = to < today ? to : today;
  const progress = await computeProgress(db, unit, { from, to });
  const assignerIds = [
    ...new Set(
      progress.items.flatMap((i) =>
        i.targets
          .map((t) => ('unitId' in t.assignedBy ? t.assignedBy.unitId : null))
          .filter((x): x is string => x !== null),
      ),
    ),
  ];
  const drivesOut = await driveFiguresOf(db, unit.path, from, to);
  const driveAssigners = drivesOut.map((d) => d.drive.assignedByUnitId).filter((x): x is string => x !== null);
  const assigners = await findUnitsByIds(db, [...new Set([...assignerIds, ...driveAssigners])]);
  const fundFlows = await fundFlowFiguresOf(db, unit.path, from, to);
  // One after another: inside the issue transaction they share one connection.
  const relief = await reliefProgramFiguresOf(db, unit.path, from, to);
  const campaignRows = await campaignFiguresOf(db, unit.path, from, to);
  const meetingsF = await meetingFigures(db, unit.path, from, to);
  const petitionsF = await petitionFigures(db, unit.path, from, to);
  const consultationsF = await consultationFigures(db, unit.path, from, to);
  const supervisionF = await supervisionFigures(db, unit.path, from, to, asOf);
  const evaluation = await evaluationFiguresOf(db, unit.path, from, to);
  const parent = unit.parentId ? ((await findUnitsByIds(db, [unit.parentId]))[0] ?? null) : null;
  return {
    unit,
    parent,
    progress,
    assigners,
    drives: drivesOut,
    fundFlows,
    relief,
    campaigns: campaignRows,
    meetings: meetingsF,
    petitions: petitionsF,
    consultations: consultationsF,
    supervision: supervisionF,
    evaluation,
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
