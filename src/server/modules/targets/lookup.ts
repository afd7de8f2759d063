import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import { isAdmin, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inSubtrees, readableCommuneSql } from '../../db/scope-sql';
import { unitVisibleSql } from '../units/lookup';
import { unitRefs } from '../units/refs';
import { entryReadScope } from './policy';
import { entries, entryFiles, indicators, reportingRounds, roundAssignments, targets } from './schema';

/** Indicators a unit reports on: owned by the unit or any ancestor (the owner's path is a prefix of the unit's). */
export function indicatorAppliesSql(unitPath: string): SQL {
  return sql`${unitPath} like ${indicators.ownerPath} || '%'`;
}

/** The SQL twin of canReadIndicator. */
export function indicatorVisibleSql(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  const work = actor.grants.map((g) => g.unitPath).filter((p): p is string => p !== null);
  return or(inSubtrees(indicators.ownerPath, readRoots(actor)), ...work.map(indicatorAppliesSql)) ?? sql`false`;
}

/** The SQL twin of canSeeEntry: the subtrees the actor reads, and an org_lead's own organisation. */
export function entryVisibleSql(actor: Actor): SQL | undefined {
  const s = entryReadScope(actor);
  if (s.all) return undefined;
  return (
    or(
      inSubtrees(entries.unitPath, s.roots),
      s.organizationIds.length ? inArray(entries.organizationId, s.organizationIds) : undefined,
    ) ?? sql`false`
  );
}

/** The indicator if the actor may read it, or a 404 naming `field`. */
export async function findIndicatorVisibleTo(db: Queryable, actor: Actor, id: string, field = 'indicatorId') {
  const [row] = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.id, id), indicatorVisibleSql(actor)))
    .limit(1);
  if (!row) throw unknownReference(field, 'Chỉ tiêu');
  return row;
}

/** A target with the unit it was assigned to, when that unit is within the actor's reach. */
export async function findTargetVisibleTo(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ target: targets, unit: unitRefs })
    .from(targets)
    .innerJoin(unitRefs, eq(unitRefs.id, targets.unitId))
    .where(and(eq(targets.id, id), unitVisibleSql(actor)))
    .limit(1);
  if (!row) throw notFound('Chỉ tiêu được giao');
  return row;
}

/** An entry the actor may see, with its unit (the policy needs the unit to decide who may change it). */
export async function findEntryVisibleTo(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ entry: entries, unit: unitRefs })
    .from(entries)
    .innerJoin(unitRefs, eq(unitRefs.id, entries.unitId))
    .where(and(eq(entries.id, id), entryVisibleSql(actor)))
    .limit(1);
  if (!row) throw notFound('Kết quả');
  return row;
}

/** An evidence file, when the entry it proves is one the actor may see. */
export async function findEvidenceVisibleTo(db: Queryable, actor: Actor, fileId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(fileId)) throw notFound('Tệp');
  const [row] = await db
    .select({ file: entryFiles })
    .from(entryFiles)
    .innerJoin(entries, eq(entries.id, entryFiles.entryId))
    .where(and(eq(entryFiles.id, fileId), entryVisibleSql(actor)))
    .limit(1);
  if (!row) throw notFound('Tệp');
  return row.file;
}

/** A reporting round, with its commune, when the actor may read that commune's records. */
export async function findRoundVisibleTo(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ round: reportingRounds, commune: unitRefs })
    .from(reportingRounds)
    .innerJoin(unitRefs, eq(unitRefs.id, reportingRounds.communeId))
    .where(and(eq(reportingRounds.id, id), readableCommuneSql(actor, unitRefs.path, reportingRounds.communeId)))
    .limit(1);
  if (!row) throw notFound('Kỳ báo cáo');
  return row;
}

const assignmentCommune = alias(unitRefs, 'assignment_commune');

/** One village's or organisation's part of a round, with its unit and commune, within the actor's communes. */
export async function findAssignmentVisibleTo(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ assignment: roundAssignments, unit: unitRefs, commune: assignmentCommune })
    .from(roundAssignments)
    .innerJoin(unitRefs, eq(unitRefs.id, roundAssignments.unitId))
    .innerJoin(assignmentCommune, eq(assignmentCommune.id, roundAssignments.communeId))
    .where(
      and(eq(roundAssignments.id, id), readableCommuneSql(actor, assignmentCommune.path, roundAssignments.communeId)),
    )
    .limit(1);
  if (!row) throw unknownReference('id', 'Phần báo cáo');
  return row;
}
