import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { compareVi } from '../../../lib/vi-text';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { householdRefsByIds } from '../households/figures';
import { inIds } from '../../db/scope-sql';
import { unitRefs } from '../units/refs';
import { pathScopeSql } from './lookup';
import {
  evaluationCriteriaSets,
  evaluationMeetings,
  evaluationRegistrations,
  evaluationScorecards,
  type ScoreTarget,
} from './schema';

/** The registrations of a village's year with each household's head, by name (the meeting's list). */
export async function registrationsOf(db: Queryable, villageId: string, year: number) {
  const rows = await db
    .select()
    .from(evaluationRegistrations)
    .where(and(eq(evaluationRegistrations.villageId, villageId), eq(evaluationRegistrations.year, year)));
  const refs = await householdRefsByIds(
    db,
    rows.map((r) => r.householdId),
  );
  return rows
    .map((r) => ({ registration: r, headName: refs.get(r.householdId)?.headName ?? '' }))
    .sort((a, b) => compareVi(a.headName, b.headName));
}
export type RegistrationRow = Awaited<ReturnType<typeof registrationsOf>>[number];

/** The meeting of a village's year, if it was held. */
export async function meetingOf(db: Queryable, villageId: string, year: number) {
  const [row] = await db
    .select()
    .from(evaluationMeetings)
    .where(and(eq(evaluationMeetings.villageId, villageId), eq(evaluationMeetings.year, year)))
    .limit(1);
  return row ?? null;
}

const village = alias(unitRefs, 'evaluation_village');

/** The meetings of a year in the actor's scope (optionally one commune's), with their village, by village name. */
export async function listMeetings(db: Queryable, actor: Actor, q: { year: number; communeId?: string }) {
  const rows = await db
    .select({ meeting: evaluationMeetings, villageName: village.name })
    .from(evaluationMeetings)
    .innerJoin(village, eq(village.id, evaluationMeetings.villageId))
    .where(
      and(
        eq(evaluationMeetings.year, q.year),
        q.communeId ? eq(evaluationMeetings.communeId, q.communeId) : undefined,
        pathScopeSql(actor, evaluationMeetings.unitPath),
      ),
    )
    .limit(2000);
  return rows.sort((a, b) => compareVi(a.villageName, b.villageName));
}

/** Per meeting: registered households and how many passed (đạt, tiêu biểu included) and were exemplary. */
export async function resultCounts(db: Queryable, meetingIds: string[]) {
  const out = new Map<string, { registered: number; passed: number; exemplary: number; failed: number }>();
  if (meetingIds.length === 0) return out;
  const rows = await db
    .select({ meetingId: evaluationRegistrations.meetingId, result: evaluationRegistrations.result })
    .from(evaluationRegistrations)
    .where(inArray(evaluationRegistrations.meetingId, meetingIds));
  for (const r of rows) {
    if (!r.meetingId) continue;
    const c = out.get(r.meetingId) ?? { registered: 0, passed: 0, exemplary: 0, failed: 0 };
    c.registered++;
    if (r.result === 'passed' || r.result === 'exemplary') c.passed++;
    if (r.result === 'exemplary') c.exemplary++;
    if (r.result === 'failed') c.failed++;
    out.set(r.meetingId, c);
  }
  return out;
}

/** The criteria sets of these provinces (null: every province), all years or one, by year and level. */
export async function listSets(db: Queryable, provinceIds: string[] | null, year?: number) {
  return db
    .select()
    .from(evaluationCriteriaSets)
    .where(
      and(
        provinceIds === null ? undefined : inIds(evaluationCriteriaSets.provinceId, provinceIds),
        year ? eq(evaluationCriteriaSets.year, year) : undefined,
      ),
    )
    .orderBy(asc(evaluationCriteriaSets.year), asc(evaluationCriteriaSets.target));
}

/** Whether a set has scorecards (then its criteria are fixed). */
export async function setInUse(db: Queryable, setId: string) {
  const [row] = await db
    .select({ id: evaluationScorecards.id })
    .from(evaluationScorecards)
    .where(eq(evaluationScorecards.setId, setId))
    .limit(1);
  return Boolean(row);
}

const cardUnit = alias(unitRefs, 'evaluation_card_unit');
const cardCommune = alias(unitRefs, 'evaluation_card_commune');

/**
 * Scorecards in the actor's scope: a village head its village's, a commune its own and its villages', a province
 * every commune's — filtered by set, commune, target or year; by commune then unit name.
 */
export async function listScorecards(
  db: Queryable,
  actor: Actor,
  q: { setId?: string; communeId?: string; target?: ScoreTarget; year?: number },
) {
  const rows = await db
    .select({
      card: evaluationScorecards,
      unitName: cardUnit.name,
      communeName: cardCommune.name,
      passScore: evaluationCriteriaSets.passScore,
      year: evaluationCriteriaSets.year,
    })
    .from(evaluationScorecards)
    .innerJoin(evaluationCriteriaSets, eq(evaluationCriteriaSets.id, evaluationScorecards.setId))
    .innerJoin(cardUnit, eq(cardUnit.id, evaluationScorecards.unitId))
    .innerJoin(cardCommune, eq(cardCommune.id, evaluationScorecards.communeId))
    .where(
      and(
        q.setId ? eq(evaluationScorecards.setId, q.setId) : undefined,
        q.communeId ? eq(evaluationScorecards.communeId, q.communeId) : undefined,
        q.target ? eq(evaluationScorecards.target, q.target) : undefined,
        q.year ? eq(evaluationCriteriaSets.year, q.year) : undefined,
        pathScopeSql(actor, evaluationScorecards.unitPath),
      ),
    )
    .limit(5000);
  return rows.sort((a, b) => compareVi(a.communeName, b.communeName) || compareVi(a.unitName, b.unitName));
}
export type ScorecardRow = Awaited<ReturnType<typeof listScorecards>>[number];
