import type { Queryable } from '../../db/client';

/**
 * The figure slot the festival report leaves for the yearly evaluation (Hướng dẫn 83/HD-MTTW-BTT): how many of the
 * village's households were recognised "Gia đình văn hóa" and the village's own title. The festival module does not
 * import the evaluation module (the evaluation imports this file, so the two never form a cycle); the evaluation
 * fills the slot from its manifest's `registerSources`. Without a source, or without a confirmed evaluation, the
 * report leaves the sentence for staff to fill in.
 */
export type FestivalEvaluationFigures = {
  /** The evaluation's year: the festival's own, or the year before (see the evaluation's source for why). */
  year: number;
  /** Households that registered at the start of that year. */
  registered: number;
  /** Households recognised "Gia đình văn hóa". */
  recognised: number;
  /** The village's title ("Thôn, tổ dân phố văn hóa") when its scorecard of that year was published as passed. */
  villageTitle: string | null;
};

/** The figures as of the festival's day (`asOf`, yyyy-mm-dd): only what was confirmed by then. */
export type FestivalEvaluationSource = (
  db: Queryable,
  village: { id: string; path: string },
  asOf: string,
) => Promise<FestivalEvaluationFigures | null>;

let source: FestivalEvaluationSource | null = null;

export function registerFestivalEvaluationFigures(s: FestivalEvaluationSource | null): void {
  source = s;
}

export async function festivalEvaluationFigures(
  db: Queryable,
  village: { id: string; path: string },
  asOf: string,
): Promise<FestivalEvaluationFigures | null> {
  return source ? source(db, village, asOf) : null;
}
