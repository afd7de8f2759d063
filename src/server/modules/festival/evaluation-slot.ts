import type { Queryable } from '../../db/client';

/**
 * The figure slot the festival report leaves for the yearly evaluation (Hướng dẫn 83/HD-MTTW-BTT): how many of the
 * village's households were recognised "Gia đình văn hóa" and the village's own title. The festival module does not
 * import the evaluation module; that module, once on main, fills the slot from its manifest's `registerSources`
 * (`registerFestivalEvaluationFigures`). Until then the report leaves the sentence for staff to fill in.
 */
export type FestivalEvaluationFigures = {
  /** Households that registered at the start of the year. */
  registered: number;
  /** Households recognised "Gia đình văn hóa". */
  recognised: number;
  /** "Thôn văn hóa", when the village was recognised; null otherwise or not decided yet. */
  villageTitle: string | null;
};

export type FestivalEvaluationSource = (
  db: Queryable,
  village: { id: string; path: string },
  year: number,
) => Promise<FestivalEvaluationFigures | null>;

let source: FestivalEvaluationSource | null = null;

export function registerFestivalEvaluationFigures(s: FestivalEvaluationSource | null): void {
  source = s;
}

export async function festivalEvaluationFigures(
  db: Queryable,
  village: { id: string; path: string },
  year: number,
): Promise<FestivalEvaluationFigures | null> {
  return source ? source(db, village, year) : null;
}
