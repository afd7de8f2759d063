import { and, between, desc, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import { percentText } from '../../../lib/figure';
import { formatInteger } from '../../../lib/numbers';
import type { Queryable } from '../../db/client';
import { inSubtree } from '../../db/scope-sql';
import {
  evaluationCriteriaSets,
  evaluationMeetings,
  evaluationRegistrations,
  evaluationScorecards,
  type ScoreTarget,
} from './schema';

/*
 * What the evaluation gives others (indicators, the year report): in the subtree at `unitPath`, households registered
 * and recognised "Gia đình văn hóa" (by lists the commune confirmed, counted at the meeting's date), and villages and
 * communes recognised (published scorecards at or above the set's pass score, counted in the set's year).
 */

export type EvaluationFigures = {
  familiesRegistered: number;
  familiesRecognised: number;
  familiesExemplary: number;
  villagesConfirmed: number;
  villagesRecognised: number;
  communesRecognised: number;
  /** The clause a report quotes ('25/30 hộ đăng ký đạt danh hiệu "Gia đình văn hóa" (83%)…'); empty with no result. */
  text: string;
};

/** The figures in words, as a report writes them: families over registered, exemplary ones, villages, communes. */
export function evaluationText(f: Omit<EvaluationFigures, 'text'>): string {
  const parts: string[] = [];
  if (f.familiesRecognised > 0) {
    const share = percentText(f.familiesRecognised, f.familiesRegistered);
    parts.push(
      `${formatInteger(f.familiesRecognised)}/${formatInteger(f.familiesRegistered)} hộ đăng ký đạt danh hiệu "Gia đình văn hóa"${share ? ` (đạt ${share})` : ''}, trong đó ${formatInteger(f.familiesExemplary)} hộ tiêu biểu`,
    );
  }
  if (f.villagesRecognised > 0)
    parts.push(`${formatInteger(f.villagesRecognised)} thôn, tổ dân phố đạt danh hiệu "Thôn, tổ dân phố văn hóa"`);
  if (f.communesRecognised > 0)
    parts.push(`${formatInteger(f.communesRecognised)} xã, phường đạt danh hiệu "Xã, phường tiêu biểu"`);
  return parts.join('; ');
}

const num = (v: unknown) => Number(v ?? 0);
const yearOf = (d: string) => Number(d.slice(0, 4));

async function unitsRecognised(db: Queryable, unitPath: string, target: ScoreTarget, from: string, to: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(evaluationScorecards)
    .innerJoin(evaluationCriteriaSets, eq(evaluationCriteriaSets.id, evaluationScorecards.setId))
    .where(
      and(
        eq(evaluationScorecards.target, target),
        eq(evaluationScorecards.stage, 'published'),
        gte(evaluationScorecards.total, evaluationCriteriaSets.passScore),
        between(evaluationCriteriaSets.year, yearOf(from), yearOf(to)),
        inSubtree(evaluationScorecards.unitPath, unitPath),
      ),
    );
  return num(row?.n);
}

/** The evaluation's figures for [from, to] in the subtree at `unitPath`. */
export async function evaluationFiguresOf(
  db: Queryable,
  unitPath: string,
  from: string,
  to: string,
): Promise<EvaluationFigures> {
  const [registered] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(evaluationRegistrations)
    .where(
      and(
        between(evaluationRegistrations.year, yearOf(from), yearOf(to)),
        inSubtree(evaluationRegistrations.unitPath, unitPath),
      ),
    );
  const [families] = await db
    .select({
      recognised: sql<number>`count(*) filter (where ${evaluationRegistrations.result} in ('passed', 'exemplary'))::int`,
      exemplary: sql<number>`count(*) filter (where ${evaluationRegistrations.result} = 'exemplary')::int`,
      villages: sql<number>`count(distinct ${evaluationMeetings.id})::int`,
    })
    .from(evaluationRegistrations)
    .innerJoin(evaluationMeetings, eq(evaluationMeetings.id, evaluationRegistrations.meetingId))
    .where(
      and(
        isNotNull(evaluationMeetings.confirmedOn),
        gte(evaluationMeetings.heldOn, from),
        lte(evaluationMeetings.heldOn, to),
        inSubtree(evaluationMeetings.unitPath, unitPath),
      ),
    );
  const out = {
    familiesRegistered: num(registered?.n),
    familiesRecognised: num(families?.recognised),
    familiesExemplary: num(families?.exemplary),
    villagesConfirmed: num(families?.villages),
    villagesRecognised: await unitsRecognised(db, unitPath, 'village', from, to),
    communesRecognised: await unitsRecognised(db, unitPath, 'commune', from, to),
  };
  return { ...out, text: evaluationText(out) };
}

/** The title a village earns with a published, passing scorecard (Decree 86/2023/NĐ-CP). */
export const VILLAGE_TITLE = 'Thôn, tổ dân phố văn hóa';

export type VillageEvaluation = { year: number; registered: number; recognised: number; villageTitle: string | null };

/**
 * The village's latest evaluation the commune had confirmed by `asOf`, of `asOf`'s year or the year before; null
 * without one. Why: the festival (1–18 November) comes before December's village meetings, so on the festival's day
 * the year's own list is rarely confirmed yet — the report then quotes last year's, naming its year. A list confirmed
 * after the day is left out so the report read at the festival says what was known then, however late it is drafted;
 * results older than last year no longer describe the year reported on, and the sentence is left for staff instead.
 * The village's title comes with a published, passing scorecard of that year, whenever it was published (its steps
 * carry the real time of the click, not a date of the year's work).
 */
export async function villageEvaluationAsOf(
  db: Queryable,
  villageId: string,
  asOf: string,
): Promise<VillageEvaluation | null> {
  const [meeting] = await db
    .select({ id: evaluationMeetings.id, year: evaluationMeetings.year })
    .from(evaluationMeetings)
    .where(
      and(
        eq(evaluationMeetings.villageId, villageId),
        lte(evaluationMeetings.confirmedOn, asOf),
        between(evaluationMeetings.year, yearOf(asOf) - 1, yearOf(asOf)),
      ),
    )
    .orderBy(desc(evaluationMeetings.year))
    .limit(1);
  if (!meeting) return null;
  const [families] = await db
    .select({
      registered: sql<number>`count(*)::int`,
      recognised: sql<number>`count(*) filter (where ${evaluationRegistrations.result} in ('passed', 'exemplary'))::int`,
    })
    .from(evaluationRegistrations)
    .where(and(eq(evaluationRegistrations.villageId, villageId), eq(evaluationRegistrations.year, meeting.year)));
  const [card] = await db
    .select({ id: evaluationScorecards.id })
    .from(evaluationScorecards)
    .innerJoin(evaluationCriteriaSets, eq(evaluationCriteriaSets.id, evaluationScorecards.setId))
    .where(
      and(
        eq(evaluationScorecards.unitId, villageId),
        eq(evaluationScorecards.target, 'village'),
        eq(evaluationScorecards.stage, 'published'),
        gte(evaluationScorecards.total, evaluationCriteriaSets.passScore),
        eq(evaluationCriteriaSets.year, meeting.year),
      ),
    )
    .limit(1);
  return {
    year: meeting.year,
    registered: num(families?.registered),
    recognised: num(families?.recognised),
    villageTitle: card ? VILLAGE_TITLE : null,
  };
}
