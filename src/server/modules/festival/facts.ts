import type { Queryable } from '../../db/client';
import { campaignFiguresOf } from '../campaigns/figures';
import { fundFlowFiguresOf } from '../funds/figures';
import { fundNameTotal } from '../funds/queries';
import { housingFiguresOf } from '../housing/figures';
import { admittedBetween, memberCounts } from '../members/queries';
import { reliefTotals } from '../relief/figures';
import type { CampaignFigure } from '../reports/sentences';
import { type FestivalEvaluationFigures, festivalEvaluationFigures } from './evaluation-slot';
import type { FestivalPlace } from './lookup';
import type { Festival, FestivalCommendation } from './schema';

/** Everything the festival report says, gathered from the records of the modules that own them. */
export type FestivalFacts = {
  commune: { name: string; kind: string };
  village: { name: string; kind: string };
  festival: Pick<
    Festival,
    'year' | 'date' | 'startTime' | 'place' | 'programme' | 'presenter' | 'highlights' | 'tasks'
  >;
  /** The commune's campaigns running in the year (the village carries them out). */
  campaigns: CampaignFigure[];
  /** Relief given to the village's households in the year. */
  relief: { households: number; value: number };
  housing: { houses: number; amount: number; text: string };
  /** What the village's people gave to each fund of the commune in the year (funds it gave nothing to left out). */
  funds: { name: string; amount: number }[];
  members: {
    people: number;
    memberships: number;
    admitted: number;
    byOrganization: { name: string; members: number }[];
  };
  /** The latest yearly evaluation confirmed by the festival's day (its year said); null without one. */
  evaluation: FestivalEvaluationFigures | null;
  commended: Pick<FestivalCommendation, 'kind' | 'name' | 'reason' | 'householdId' | 'id'>[];
};

/**
 * The village's year up to the festival: 1 January to the festival's day. Trusted reads (the caller has already
 * found the festival in the reader's scope); one after another, as a transaction would share one connection.
 */
export async function gatherFestivalFacts(
  db: Queryable,
  place: FestivalPlace,
  festival: Festival,
  commended: FestivalCommendation[],
): Promise<FestivalFacts> {
  const from = `${festival.year}-01-01`;
  const to = festival.date;
  const vPath = place.village.path;
  const campaigns = await campaignFiguresOf(db, place.commune.path, from, to);
  const relief = await reliefTotals(db, vPath, { from, to });
  const housing = await housingFiguresOf(db, vPath, from, to);
  const funds: { name: string; amount: number }[] = [];
  for (const f of await fundFlowFiguresOf(db, place.commune.path, from, to)) {
    const amount = await fundNameTotal(db, f.name, vPath, { from, to });
    if (amount > 0) funds.push({ name: f.name, amount });
  }
  const counts = await memberCounts(db, null, vPath, to);
  const admitted = await admittedBetween(db, vPath, from, to);
  const evaluation = await festivalEvaluationFigures(db, place.village, festival.date);
  return {
    commune: { name: place.commune.name, kind: place.commune.kind },
    village: { name: place.village.name, kind: place.village.kind },
    festival,
    campaigns,
    relief: { households: Number(relief?.households ?? 0), value: Number(relief?.value ?? 0) },
    housing: { houses: housing.houses, amount: housing.amount, text: housing.text },
    funds,
    members: {
      people: counts.people,
      memberships: counts.memberships,
      admitted,
      byOrganization: counts.byOrganization.map((o) => ({ name: o.name, members: o.members })),
    },
    evaluation,
    commended: commended.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      reason: c.reason,
      householdId: c.householdId,
    })),
  };
}
