import type { Queryable } from '../../db/client';
import { gatherFestivalFacts } from './facts';
import type { VisibleFestival } from './lookup';
import { commendationsOf } from './queries';
import { type FestivalReport, festivalReport } from './report-model';

/** The festival's report as it reads now: the village's year from the records, with the staff's own text. */
export async function festivalReportOf(db: Queryable, v: VisibleFestival) {
  const commended = await commendationsOf(db, v.festival.id);
  const facts = await gatherFestivalFacts(db, v, v.festival, commended);
  return { facts, report: festivalReport(facts) };
}

/** The report as the festival's page shows it: as issued once it is, a draft from the records before. */
export async function festivalReportShown(db: Queryable, v: VisibleFestival): Promise<FestivalReport> {
  return v.festival.issuedReport ?? (await festivalReportOf(db, v)).report;
}
