import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { isAdmin, memberCommuneIds } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { escapeLike, inSubtree } from '../../db/scope-sql';
import { organizationRefs, unitRefs } from '../units/refs';
import { findCommuneUnitVisibleTo, findUnitVisibleTo } from '../units/lookup';
import {
  entryVisibleSql,
  findEntryVisibleTo,
  findIndicatorVisibleTo,
  findRoundVisibleTo,
  indicatorAppliesSql,
  indicatorVisibleSql,
} from './lookup';
import { templateRows } from './import-file';
import { boardOf } from './rounds';
import { entries, entryFiles, indicators, reportingRounds, roundAssignments, targets } from './schema';

export async function findIndicator(db: Queryable, id: string) {
  const [row] = await db.select().from(indicators).where(eq(indicators.id, id)).limit(1);
  return row ?? null;
}

export async function findIndicatorByCode(db: Queryable, ownerUnitId: string, code: string, exceptId?: string) {
  const [row] = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(
      and(
        eq(indicators.ownerUnitId, ownerUnitId),
        sql`lower(${indicators.code}) = lower(${code})`,
        exceptId ? sql`${indicators.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function listIndicators(db: Queryable, actor: Actor, forUnitPath?: string) {
  return db
    .select()
    .from(indicators)
    .where(and(indicatorVisibleSql(actor), forUnitPath ? indicatorAppliesSql(forUnitPath) : undefined))
    .orderBy(asc(indicators.ownerPath), asc(indicators.code));
}

export async function indicatorsApplyingTo(db: Queryable, unitPath: string, ids?: string[]) {
  return db
    .select()
    .from(indicators)
    .where(
      and(indicatorAppliesSql(unitPath), eq(indicators.active, true), ids ? inArray(indicators.id, ids) : undefined),
    )
    .orderBy(asc(indicators.code));
}

type Period = { from: string; to: string };
/** A subtree: its path, and its commune when it is a commune or a village (lets the commune index do the work). */
export type Subtree = { path: string; communeId: string | null };

const entriesIn = (t: Subtree, strict = false) =>
  and(
    t.communeId ? eq(entries.communeId, t.communeId) : undefined,
    sql`${entries.unitPath} like ${`${escapeLike(t.path)}${strict ? '_' : ''}%`}`,
  );
export type Sums = { indicatorId: string; key: string; value: number; denominator: number };

const liveInPeriod = (p: Period) => and(isNull(entries.voidedAt), gte(entries.date, p.from), lte(entries.date, p.to));
const sumValue = sql<string>`coalesce(sum(${entries.value}), 0)`;
const sumDen = sql<string>`coalesce(sum(${entries.denominator}), 0)`;

/**
 * One scan of the subtree's entries, summed two ways at once (GROUPING SETS): by the direct child
 * each entry lies under (key '' for entries at the unit itself), and by organisation.
 */
export async function sumsByChildAndOrganization(
  db: Queryable,
  indicatorIds: string[],
  t: Subtree,
  p: Period,
): Promise<{ byChild: Sums[]; byOrg: Sums[] }> {
  if (indicatorIds.length === 0) return { byChild: [], byOrg: [] };
  // Inlined (a computed integer, not input) so SELECT and GROUP BY are the same expression to PostgreSQL.
  const child = sql`split_part(substr(${entries.unitPath}, ${sql.raw(String(t.path.length + 1))}), '/', 1)`;
  const res = await db.execute<{
    indicator_id: string;
    child: string | null;
    org: string | null;
    by_org: number;
    value: string;
    denominator: string;
  }>(sql`
    select ${entries.indicatorId} as indicator_id, ${child} as child, ${entries.organizationId} as org,
           grouping(${child}) as by_org,
           coalesce(sum(${entries.value}), 0) as value, coalesce(sum(${entries.denominator}), 0) as denominator
    from ${entries}
    where ${and(inArray(entries.indicatorId, indicatorIds), entriesIn(t), liveInPeriod(p))}
    group by grouping sets ((${entries.indicatorId}, ${child}), (${entries.indicatorId}, ${entries.organizationId}))`);
  const rows = (
    res as unknown as {
      rows: {
        indicator_id: string;
        child: string | null;
        org: string | null;
        by_org: number;
        value: string;
        denominator: string;
      }[];
    }
  ).rows;
  const byChild: Sums[] = [];
  const byOrg: Sums[] = [];
  for (const r of rows) {
    const sums = { indicatorId: r.indicator_id, value: Number(r.value), denominator: Number(r.denominator) };
    if (Number(r.by_org) === 1) {
      if (r.org) byOrg.push({ ...sums, key: r.org });
    } else byChild.push({ ...sums, key: r.child ?? '' });
  }
  return { byChild, byOrg };
}

/** Per commune in a province's subtree (key = commune id), for the province overview. */
export async function sumsByCommune(db: Queryable, indicatorIds: string[], t: Subtree, p: Period): Promise<Sums[]> {
  if (indicatorIds.length === 0) return [];
  const rows = await db
    .select({ indicatorId: entries.indicatorId, key: entries.communeId, value: sumValue, denominator: sumDen })
    .from(entries)
    .where(and(inArray(entries.indicatorId, indicatorIds), entriesIn(t), liveInPeriod(p)))
    .groupBy(entries.indicatorId, entries.communeId);
  return rows.map((r) => ({
    indicatorId: r.indicatorId,
    key: r.key,
    value: Number(r.value),
    denominator: Number(r.denominator),
  }));
}

/** Targets of these units (and organisations in them) whose period overlaps the asked one. */
export async function targetsOverlapping(db: Queryable, indicatorIds: string[], unitIds: string[], p: Period) {
  if (indicatorIds.length === 0 || unitIds.length === 0) return [];
  return db
    .select({
      target: targets,
      assignedByUnitName: unitRefs.name,
      assignedByUnitKind: unitRefs.kind,
    })
    .from(targets)
    .leftJoin(unitRefs, eq(unitRefs.id, targets.assignedByUnitId))
    .where(
      and(
        inArray(targets.indicatorId, indicatorIds),
        inArray(targets.unitId, unitIds),
        lte(targets.periodFrom, p.to),
        gte(targets.periodTo, p.from),
      ),
    )
    .orderBy(asc(targets.createdAt));
}

export async function childUnits(db: Queryable, parentId: string) {
  return db.select().from(unitRefs).where(eq(unitRefs.parentId, parentId));
}

/** All communes anywhere under a unit (through districts too). */
/** The current communes of a subtree (a commune merged on 1/7/2025 is history: no targets, no row in a roll-up). */
export async function communesUnder(db: Queryable, unitPath: string) {
  return db
    .select()
    .from(unitRefs)
    .where(and(eq(unitRefs.level, 'commune'), isNull(unitRefs.endedOn), inSubtree(unitRefs.path, unitPath)));
}

export async function organizationsOf(db: Queryable, communeId: string) {
  return db.select().from(organizationRefs).where(eq(organizationRefs.communeId, communeId));
}

export async function findTarget(db: Queryable, id: string) {
  const [row] = await db.select().from(targets).where(eq(targets.id, id)).limit(1);
  return row ?? null;
}

export async function findEntry(db: Queryable, id: string) {
  const [row] = await db.select().from(entries).where(eq(entries.id, id)).limit(1);
  return row ?? null;
}

export type EntryFilter = {
  indicatorId?: string;
  unitPath?: string;
  organizationId?: string;
  from?: string;
  to?: string;
  includeVoided?: boolean;
  limit: number;
};

/** Entries the actor may see (scope in the WHERE clause), newest first. */
export async function listEntries(db: Queryable, actor: Actor, f: EntryFilter) {
  return db
    .select({
      entry: entries,
      indicatorName: indicators.name,
      indicatorCode: indicators.code,
      unitLabel: indicators.unitLabel,
      unitName: unitRefs.name,
      unitKind: unitRefs.kind,
      organizationName: organizationRefs.shortName,
    })
    .from(entries)
    .innerJoin(indicators, eq(indicators.id, entries.indicatorId))
    .innerJoin(unitRefs, eq(unitRefs.id, entries.unitId))
    .leftJoin(organizationRefs, eq(organizationRefs.id, entries.organizationId))
    .where(
      and(
        entryVisibleSql(actor),
        f.indicatorId ? eq(entries.indicatorId, f.indicatorId) : undefined,
        f.unitPath ? inSubtree(entries.unitPath, f.unitPath) : undefined,
        f.organizationId ? eq(entries.organizationId, f.organizationId) : undefined,
        f.from ? gte(entries.date, f.from) : undefined,
        f.to ? lte(entries.date, f.to) : undefined,
        f.includeVoided ? undefined : isNull(entries.voidedAt),
      ),
    )
    .orderBy(desc(entries.date), desc(entries.createdAt))
    .limit(f.limit);
}

export async function filesOfEntry(db: Queryable, entryId: string) {
  return db.select().from(entryFiles).where(eq(entryFiles.entryId, entryId)).orderBy(asc(entryFiles.createdAt));
}

export async function findEntryFile(db: Queryable, id: string) {
  const [row] = await db.select().from(entryFiles).where(eq(entryFiles.id, id)).limit(1);
  return row ?? null;
}

export async function findRound(db: Queryable, id: string) {
  const [row] = await db.select().from(reportingRounds).where(eq(reportingRounds.id, id)).limit(1);
  return row ?? null;
}

export async function listRounds(db: Queryable, communeIds: string[] | 'all') {
  return db
    .select({ round: reportingRounds, communePath: unitRefs.path })
    .from(reportingRounds)
    .innerJoin(unitRefs, eq(unitRefs.id, reportingRounds.communeId))
    .where(
      communeIds === 'all'
        ? undefined
        : communeIds.length
          ? inArray(reportingRounds.communeId, communeIds)
          : sql`false`,
    )
    .orderBy(desc(reportingRounds.dueDate));
}

export async function assignmentsOfRound(db: Queryable, roundId: string) {
  return db
    .select({
      a: roundAssignments,
      unitName: unitRefs.name,
      unitKind: unitRefs.kind,
      unitPath: unitRefs.path,
      organizationName: organizationRefs.shortName,
    })
    .from(roundAssignments)
    .innerJoin(unitRefs, eq(unitRefs.id, roundAssignments.unitId))
    .leftJoin(organizationRefs, eq(organizationRefs.id, roundAssignments.organizationId))
    .where(eq(roundAssignments.roundId, roundId));
}

export async function findAssignment(db: Queryable, id: string) {
  const [row] = await db.select().from(roundAssignments).where(eq(roundAssignments.id, id)).limit(1);
  return row ?? null;
}

/** Entries already entered against a round assignment, per indicator. */
export async function entriesOfAssignment(db: Queryable, assignmentId: string) {
  return db
    .select({ indicatorId: entries.indicatorId, n: sql<number>`count(*)::int` })
    .from(entries)
    .where(and(eq(entries.roundAssignmentId, assignmentId), isNull(entries.voidedAt)))
    .groupBy(entries.indicatorId);
}

/** Rounds of one commune the actor reads, or without a commune those of the communes the caller works in. */
export async function listRoundsVisibleTo(db: Queryable, actor: Actor, communeId?: string) {
  const commune = communeId ? await findUnitVisibleTo(db, actor, communeId, 'communeId') : null;
  const communes = commune ? [commune.id] : isAdmin(actor) ? 'all' : memberCommuneIds(actor);
  return { commune, rows: await listRounds(db, communes) };
}

/** Who has submitted, who is late, and the reminder to paste into Zalo. */
export async function roundBoard(db: Queryable, actor: Actor, id: string, today: string) {
  const { round, commune } = await findRoundVisibleTo(db, actor, id);
  const rows = await assignmentsOfRound(db, round.id);
  const reported = [];
  for (const r of rows) reported.push(await entriesOfAssignment(db, r.a.id));
  return { commune, rows, board: boardOf(round, rows, reported, today) };
}

/** The evidence files of an entry the actor may see. */
export async function evidenceOfEntry(db: Queryable, actor: Actor, entryId: string) {
  const { entry } = await findEntryVisibleTo(db, actor, entryId);
  return filesOfEntry(db, entry.id);
}

/** What the target template lists: an indicator the actor reads, for a unit within the actor's reach. */
export async function targetTemplate(db: Queryable, actor: Actor, q: { indicatorId: string; unitId: string }) {
  const indicator = await findIndicatorVisibleTo(db, actor, q.indicatorId);
  const unit = await findUnitVisibleTo(db, actor, q.unitId, 'unitId');
  const rows =
    unit.level === 'commune'
      ? templateRows(unit, await childUnits(db, unit.id), await organizationsOf(db, unit.id))
      : templateRows(unit, await communesUnder(db, unit.path), []);
  return { indicator, rows };
}

/** Indicators the actor reads; with a unit (within the actor's reach), only those that unit reports on. */
export async function listIndicatorsVisibleTo(db: Queryable, actor: Actor, unitId?: string) {
  const unit = unitId ? await findUnitVisibleTo(db, actor, unitId, 'unitId') : null;
  return { unit, rows: await listIndicators(db, actor, unit?.path) };
}

/** Entries the actor may see; a unit filter accepts any unit of the caller's own commune. */
export async function listEntriesVisibleTo(
  db: Queryable,
  actor: Actor,
  q: Omit<EntryFilter, 'unitPath'> & { unitId?: string },
) {
  const { unitId, ...f } = q;
  const unit = unitId ? await findCommuneUnitVisibleTo(db, actor, unitId, 'unitId') : null;
  return listEntries(db, actor, { ...f, unitPath: unit?.path });
}

/**
 * The latest year, not after `today`'s, in which the unit or a unit below it has a target: the period pickers open
 * on it, so a new user does not meet a page of zeros because this year's targets are not assigned yet.
 */
export async function latestTargetYear(db: Queryable, unitPath: string, today: string): Promise<number | null> {
  const [row] = await db
    .select({ year: sql<number | null>`max(extract(year from ${targets.periodFrom}))::int` })
    .from(targets)
    .where(and(inSubtree(targets.unitPath, unitPath), lte(targets.periodFrom, today)));
  return row?.year ?? null;
}
