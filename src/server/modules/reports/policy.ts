import type { Actor } from '../../core/actor';
import { isAdmin, isStrictlyWithin } from '../../core/scope';
import type { ReportScope } from './queries';

type ReportUnit = { path: string; level: string };
type ReportRef = { unitPath: string; submittedAt: Date | string | null };

/**
 * Who does what with review reports (ARCHITECTURE.md, domain rule 5):
 * - a commune's standing committee writes, edits, issues and submits its commune's reports; an upper
 *   user does the same for its own province (or district) reports;
 * - a viewer of the unit reads its reports, drafts included;
 * - the level above (upper, or a viewer there) reads the reports its communes have submitted — never
 *   their drafts;
 * - village and organisation heads have no access (404).
 */
export function canManageReports(actor: Actor, unit: ReportUnit): boolean {
  if (isAdmin(actor)) return true;
  return actor.grants.some(
    (g) =>
      g.unitPath === unit.path &&
      ((g.role === 'standing' && unit.level === 'commune') ||
        (g.role === 'upper' && (unit.level === 'province' || unit.level === 'district'))),
  );
}

/** Reads every report of the unit itself (its own office's drafts). */
function readsOwn(actor: Actor, unitPath: string): boolean {
  return actor.grants.some(
    (g) => g.unitPath === unitPath && (g.role === 'standing' || g.role === 'upper' || g.role === 'viewer'),
  );
}

/** Reads what is submitted from below. */
function readsSubmittedFrom(actor: Actor, unitPath: string): boolean {
  return actor.grants.some(
    (g) => g.unitPath !== null && (g.role === 'upper' || g.role === 'viewer') && isStrictlyWithin(unitPath, g.unitPath),
  );
}

export function canReadReport(actor: Actor, r: ReportRef): boolean {
  if (isAdmin(actor) || readsOwn(actor, r.unitPath)) return true;
  return r.submittedAt !== null && readsSubmittedFrom(actor, r.unitPath);
}

/** May see the unit at all as a report's unit (to tell a 403 from a 404 when creating). */
export function canSeeReportsOf(actor: Actor, unit: ReportUnit): boolean {
  return isAdmin(actor) || readsOwn(actor, unit.path) || readsSubmittedFrom(actor, unit.path);
}

/** The list query's scope: own units' reports, plus submitted ones below. */
export function reportScope(actor: Actor): ReportScope {
  if (isAdmin(actor)) return null;
  const own = actor.grants
    .filter((g) => g.unitPath !== null && (g.role === 'standing' || g.role === 'upper' || g.role === 'viewer'))
    .map((g) => g.unitPath as string);
  const under = actor.grants
    .filter((g) => g.unitPath !== null && (g.role === 'upper' || g.role === 'viewer'))
    .map((g) => g.unitPath as string);
  return { own, submittedUnder: under };
}

/** The province roll-up: the upper users of that province (or district) and admins. */
export function canReadRollup(actor: Actor, unit: { path: string }): boolean {
  return isAdmin(actor) || actor.grants.some((g) => g.role === 'upper' && g.unitPath === unit.path);
}

/** What the staff app offers on one report: edit and issue a draft, send an issued one up (not a province's). */
export function reportActions(
  actor: Actor,
  unit: ReportUnit,
  r: { status: 'draft' | 'issued'; submittedAt: Date | string | null },
) {
  const manage = canManageReports(actor, unit);
  return {
    edit: manage && r.status === 'draft',
    issue: manage && r.status === 'draft',
    submit: manage && r.status === 'issued' && r.submittedAt === null && unit.level !== 'province',
  };
}
