import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import { canReadPath, isAdmin, isWithin, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { findUnit } from '../units/queries';
import type { Unit } from '../units/schema';
import {
  type CriteriaSet,
  evaluationCriteriaSets,
  evaluationMeetings,
  evaluationScorecards,
  type EvaluationMeeting,
  type Scorecard,
} from './schema';

/** The SQL twin of "the actor reads records at this unit path": the path lies in a read root (all for an admin). */
export const pathScopeSql = (actor: Actor, column: Parameters<typeof inSubtrees>[0]) =>
  isAdmin(actor) ? undefined : inSubtrees(column, readRoots(actor));

/** A unit of `level` the actor reads, or 404 naming `field`. */
export async function findUnitVisibleTo(
  db: Queryable,
  actor: Actor,
  id: string,
  level: Unit['level'] | Unit['level'][],
  field: string,
): Promise<Unit> {
  const unit = await findUnit(db, id);
  const levels = Array.isArray(level) ? level : [level];
  const what = levels.length === 1 && levels[0] === 'village' ? 'Thôn' : levels[0] === 'commune' ? 'Xã' : 'Đơn vị';
  if (!unit || !levels.includes(unit.level) || !canReadPath(actor, unit.path)) throw unknownReference(field, what);
  return unit;
}

/** A province whose criteria sets the actor reads (its own, or the one above its commune or village); else 404. */
export async function findProvinceOfSets(db: Queryable, actor: Actor, id: string, field = 'provinceId') {
  const unit = await findUnit(db, id);
  if (!unit || unit.level !== 'province' || !canReadSet(actor, unit.path)) throw unknownReference(field, 'Tỉnh');
  return unit;
}

/** The commune above a village (the caller has read the village). */
export async function communeOf(db: Queryable, village: Unit): Promise<Unit> {
  const commune = village.parentId ? await findUnit(db, village.parentId) : null;
  if (!commune || commune.level !== 'commune') throw new Error(`village ${village.id} has no commune`);
  return commune;
}

export type VisibleMeeting = { meeting: EvaluationMeeting; village: Unit; commune: Unit };

/** A village meeting in the actor's read scope (SQL), with its village and commune; otherwise 404. */
export async function findMeetingVisibleTo(
  db: Queryable,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<VisibleMeeting> {
  const q = db
    .select()
    .from(evaluationMeetings)
    .where(and(eq(evaluationMeetings.id, id), pathScopeSql(actor, evaluationMeetings.unitPath)))
    .limit(1);
  const [meeting] = forUpdate ? await q.for('update') : await q;
  if (!meeting) throw notFound('Hội nghị bình xét');
  const village = await findUnit(db, meeting.villageId);
  if (!village) throw notFound('Thôn');
  return { meeting, village, commune: await communeOf(db, village) };
}

/**
 * Whether the actor reads a province's criteria set: the province lies in its scope, or its scope lies in the
 * province (a commune or a village scores against its province's set).
 */
export function canReadSet(actor: Actor, provincePath: string): boolean {
  return isAdmin(actor) || readRoots(actor).some((r) => isWithin(r, provincePath) || isWithin(provincePath, r));
}

/** The provinces above or at the actor's units (the first id of each path); null for the administrator: all. */
export function provincesOf(actor: Actor): string[] | null {
  if (isAdmin(actor)) return null;
  return [...new Set(readRoots(actor).flatMap((r) => r.split('/').filter(Boolean).slice(0, 1)))];
}

/** A criteria set the actor reads, or 404 (naming `field` when given). */
export async function findSetVisibleTo(db: Queryable, actor: Actor, id: string, field?: string): Promise<CriteriaSet> {
  const [set] = await db.select().from(evaluationCriteriaSets).where(eq(evaluationCriteriaSets.id, id)).limit(1);
  if (!set || !canReadSet(actor, set.provincePath))
    throw field ? unknownReference(field, 'Bộ tiêu chí') : notFound('Bộ tiêu chí');
  return set;
}

export type VisibleScorecard = { card: Scorecard; set: CriteriaSet; unit: Unit; commune: Unit };

/** A scorecard in the actor's read scope (SQL), with its set, unit and commune; otherwise 404. */
export async function findScorecardVisibleTo(
  db: Queryable,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<VisibleScorecard> {
  const q = db
    .select()
    .from(evaluationScorecards)
    .where(and(eq(evaluationScorecards.id, id), pathScopeSql(actor, evaluationScorecards.unitPath)))
    .limit(1);
  const [card] = forUpdate ? await q.for('update') : await q;
  if (!card) throw notFound('Phiếu chấm điểm');
  const [set] = await db
    .select()
    .from(evaluationCriteriaSets)
    .where(eq(evaluationCriteriaSets.id, card.setId))
    .limit(1);
  const [unit, commune] = [await findUnit(db, card.unitId), await findUnit(db, card.communeId)];
  if (!set || !unit || !commune) throw notFound('Phiếu chấm điểm');
  return { card, set, unit, commune };
}
