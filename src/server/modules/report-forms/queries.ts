import { and, asc, desc, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { compareVi } from '../../../lib/vi-text';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { escapeLike, inIds } from '../../db/scope-sql';
import { organizationRefs, unitRefs } from '../units/refs';
import { formScopeSql } from './lookup';
import { type Filler, readsDrafts, readsSubmitted } from './policy';
import { type ReportForm, type ReportSubmission, reportForms, reportSubmissions, type Values } from './schema';

const orgCommune = alias(unitRefs, 'rf_org_commune_q');

/** Forms the actor sees, newest first. */
export function listForms(db: Queryable, actor: Actor) {
  return db
    .select()
    .from(reportForms)
    .where(and(eq(reportForms.archived, false), formScopeSql(actor)))
    .orderBy(desc(reportForms.createdAt))
    .limit(500);
}

/** Every unit that fills the form inside its owner's subtree (communes, villages, organisations), by name. */
export async function fillersOf(db: Queryable, form: ReportForm): Promise<Filler[]> {
  const under = `${escapeLike(form.ownerPath)}%`;
  const levels = form.fillers.filter((k): k is 'commune' | 'village' => k !== 'organization');
  const out: Filler[] = [];
  if (levels.length > 0) {
    const rows = await db
      .select({
        id: unitRefs.id,
        name: unitRefs.name,
        level: unitRefs.level,
        communeId: unitRefs.communeId,
        path: unitRefs.path,
      })
      .from(unitRefs)
      .where(and(inArray(unitRefs.level, levels), sql`${unitRefs.path} like ${under}`, isNull(unitRefs.endedOn)));
    for (const r of rows)
      if (r.communeId && (r.level === 'commune' || r.level === 'village'))
        out.push({ id: r.id, kind: r.level, name: r.name, communeId: r.communeId, path: r.path });
  }
  if (form.fillers.includes('organization')) {
    const rows = await db
      .select({
        id: organizationRefs.id,
        name: organizationRefs.name,
        communeId: organizationRefs.communeId,
        path: orgCommune.path,
      })
      .from(organizationRefs)
      .innerJoin(orgCommune, eq(orgCommune.id, organizationRefs.communeId))
      .where(and(eq(organizationRefs.active, true), sql`${orgCommune.path} like ${under}`));
    for (const r of rows) out.push({ ...r, kind: 'organization' });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path) || compareVi(a.name, b.name));
}

/** The fillers the actor reads submissions of (drafts or not). */
export const visibleFillers = (actor: Actor, all: Filler[]) => all.filter((f) => readsSubmitted(actor, f));

/**
 * The version each unit shows for each period: the newest the actor may read (a province skips a correction still in
 * draft and sees the accepted version before it). One query over the form's periods and units.
 */
export async function shownSubmissions(
  db: Queryable,
  actor: Actor,
  formId: string,
  fillers: Filler[],
  periods: { from: string; to: string } | { in: string[] },
): Promise<ReportSubmission[]> {
  if (fillers.length === 0) return [];
  return db
    .selectDistinctOn([reportSubmissions.fillerId, reportSubmissions.period])
    .from(reportSubmissions)
    .where(shownWhere(actor, formId, fillers, periods))
    .orderBy(reportSubmissions.fillerId, reportSubmissions.period, desc(reportSubmissions.version));
}

/** The same versions as shownSubmissions, only what a grid cell needs (no values: 7,696 cells stay light). */
export async function shownStates(
  db: Queryable,
  actor: Actor,
  formId: string,
  fillers: Filler[],
  periods: { from: string; to: string },
) {
  if (fillers.length === 0) return [];
  return db
    .selectDistinctOn([reportSubmissions.fillerId, reportSubmissions.period], {
      fillerId: reportSubmissions.fillerId,
      period: reportSubmissions.period,
      status: reportSubmissions.status,
      firstSubmittedAt: reportSubmissions.firstSubmittedAt,
    })
    .from(reportSubmissions)
    .where(shownWhere(actor, formId, fillers, periods))
    .orderBy(reportSubmissions.fillerId, reportSubmissions.period, desc(reportSubmissions.version));
}

function shownWhere(
  actor: Actor,
  formId: string,
  fillers: Filler[],
  periods: { from: string; to: string } | { in: string[] },
) {
  const draftIds = fillers.filter((f) => readsDrafts(actor, f)).map((f) => f.id);
  const periodSql =
    'in' in periods
      ? inArray(reportSubmissions.period, periods.in)
      : and(sql`${reportSubmissions.period} >= ${periods.from}`, sql`${reportSubmissions.period} <= ${periods.to}`);
  return and(
    eq(reportSubmissions.formId, formId),
    periodSql,
    inIds(
      reportSubmissions.fillerId,
      fillers.map((f) => f.id),
    ),
    // Drafts only of the units whose drafts the actor reads; none at all for a level above.
    draftIds.length === 0
      ? ne(reportSubmissions.status, 'draft')
      : or(ne(reportSubmissions.status, 'draft'), inIds(reportSubmissions.fillerId, draftIds)),
  );
}

/** Every version of one unit's period, oldest first (the history a correction leaves). */
export function versionsOf(db: Queryable, formId: string, fillerId: string, period: string) {
  return db
    .select()
    .from(reportSubmissions)
    .where(
      and(
        eq(reportSubmissions.formId, formId),
        eq(reportSubmissions.fillerId, fillerId),
        eq(reportSubmissions.period, period),
      ),
    )
    .orderBy(asc(reportSubmissions.version));
}

/** The unit's values of its earlier periods (submitted or accepted, newest first), for outlier warnings. */
export async function earlierValues(db: Queryable, formId: string, fillerId: string, period: string, limit = 6) {
  const rows = await db
    .select({ values: reportSubmissions.values })
    .from(reportSubmissions)
    .where(
      and(
        eq(reportSubmissions.formId, formId),
        eq(reportSubmissions.fillerId, fillerId),
        eq(reportSubmissions.isCurrent, true),
        inArray(reportSubmissions.status, ['submitted', 'accepted']),
        lt(reportSubmissions.period, period),
      ),
    )
    .orderBy(desc(reportSubmissions.period))
    .limit(limit);
  return rows.map((r) => r.values as Values);
}

/** The current submitted or accepted values of the given units for a period (a commune's build-up from below). */
export function partsOf(db: Queryable, formId: string, fillerIds: string[], period: string) {
  return db
    .select({
      fillerId: reportSubmissions.fillerId,
      status: reportSubmissions.status,
      values: reportSubmissions.values,
    })
    .from(reportSubmissions)
    .where(
      and(
        eq(reportSubmissions.formId, formId),
        eq(reportSubmissions.period, period),
        eq(reportSubmissions.isCurrent, true),
        inIds(reportSubmissions.fillerId, fillerIds),
        inArray(reportSubmissions.status, ['submitted', 'accepted']),
      ),
    );
}

/** The units' current reports waiting for review (submitted), oldest period first. */
export function waitingReview(db: Queryable, formId: string, fillerIds: string[]) {
  return db
    .select()
    .from(reportSubmissions)
    .where(
      and(
        eq(reportSubmissions.formId, formId),
        eq(reportSubmissions.isCurrent, true),
        eq(reportSubmissions.status, 'submitted'),
        inIds(reportSubmissions.fillerId, fillerIds),
      ),
    )
    .orderBy(asc(reportSubmissions.period))
    .limit(50);
}

/** Names of the villages and organisations that tables' rows are keyed by (for the Excel export), by id. */
export async function tableRowNames(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const units = await db
    .select({ id: unitRefs.id, name: unitRefs.name })
    .from(unitRefs)
    .where(inArray(unitRefs.id, wanted));
  const orgs = await db
    .select({ id: organizationRefs.id, name: organizationRefs.name })
    .from(organizationRefs)
    .where(inArray(organizationRefs.id, wanted));
  return new Map([...units, ...orgs].map((r) => [r.id, r.name]));
}

/** The row ids of the table fields in these submissions' values. */
export function tableRowIds(fields: { key: string; type: string }[], submissions: (ReportSubmission | null)[]) {
  const tables = fields.filter((f) => f.type === 'table').map((f) => f.key);
  return submissions.flatMap((s) =>
    tables.flatMap((k) => {
      const t = s?.values[k];
      return t && typeof t === 'object' ? Object.keys(t) : [];
    }),
  );
}
