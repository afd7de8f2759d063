import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { inSubtree } from '../../db/scope-sql';
import { housesText } from './rules';
import { type FundingSource, type HousingKind, housingCases, housingFundings } from './schema';

/*
 * What the housing module gives others (targets, the year report, roll-ups): houses handed over in a period inside
 * a unit subtree (the house's village), by kind, with the money that built them by source.
 */

const num = (v: unknown) => Number(v ?? 0);
const handedOverIn = (unitPath: string, from: string, to: string) =>
  and(
    eq(housingCases.stage, 'handed_over'),
    inSubtree(housingCases.unitPath, unitPath),
    gte(housingCases.handedOverOn, from),
    lte(housingCases.handedOverOn, to),
  );

export type HousingFigures = {
  newBuild: number;
  repair: number;
  houses: number;
  /** Đồng spent on those houses: the sum of their funding lines. */
  amount: number;
  bySource: Record<FundingSource, number>;
  /** "xây mới 12 nhà, sửa chữa 5 nhà". */
  text: string;
};

/** Houses handed over in [from, to] in the subtree at `unitPath`, by kind, and the money by source. */
export async function housingFiguresOf(
  db: Queryable,
  unitPath: string,
  from: string,
  to: string,
): Promise<HousingFigures> {
  const where = handedOverIn(unitPath, from, to);
  const kinds = await db
    .select({ kind: housingCases.kind, n: sql<number>`count(*)::int` })
    .from(housingCases)
    .where(where)
    .groupBy(housingCases.kind);
  const sources = await db
    .select({ source: housingFundings.source, amount: sql<string>`coalesce(sum(${housingFundings.amount}), 0)` })
    .from(housingFundings)
    .innerJoin(housingCases, eq(housingCases.id, housingFundings.caseId))
    .where(where)
    .groupBy(housingFundings.source);
  const byKind = (k: HousingKind) => num(kinds.find((r) => r.kind === k)?.n);
  const bySource = { fund: 0, budget: 0, donor: 0, household: 0 } satisfies Record<FundingSource, number>;
  for (const s of sources) bySource[s.source] = num(s.amount);
  const newBuild = byKind('new_build');
  const repair = byKind('repair');
  return {
    newBuild,
    repair,
    houses: newBuild + repair,
    amount: Object.values(bySource).reduce((a, b) => a + b, 0),
    bySource,
    text: housesText(newBuild, repair),
  };
}
