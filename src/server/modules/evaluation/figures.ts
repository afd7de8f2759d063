import { and, between, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
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
