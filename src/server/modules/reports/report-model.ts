import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import type { Unit } from '../units/schema';
import { buildModel } from './build-model';
import { reviewMeetingFacts } from '../meetings/figures';
import { findReportVisibleTo } from './lookup';
import { gatherFigures } from './queries';
import type { Report } from './schema';
import type { ReportModel } from './types';

/**
 * The model of a report: the frozen snapshot once issued (ARCHITECTURE.md, domain rule 8), else built from the
 * records now, with the staff's edits laid over the generated text.
 */
export async function modelOf(
  db: Queryable,
  report: Report,
  unit: Unit,
  issue?: { number: string; date: string },
): Promise<ReportModel> {
  if (report.snapshot && !issue) return report.snapshot as ReportModel;
  const g = await gatherFigures(db, unit, report.periodFrom, report.periodTo);
  const meeting = report.meetingId ? await reviewMeetingFacts(db, report.meetingId) : null;
  return buildModel(report, g, meeting, { builtAt: new Date().toISOString(), issue });
}

/** The model of a report the reader may see (404 otherwise), for its files. */
export async function reportModelVisibleTo(db: Queryable, actor: Actor, id: string): Promise<ReportModel> {
  const { report, unit } = await findReportVisibleTo(db, actor, id);
  return modelOf(db, report, unit);
}
