import { and, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import { isAdmin } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { escapeLike } from '../../db/scope-sql';
import { organizationRefs, unitRefs } from '../units/refs';
import { canRead, canSeeForm, type Filler, formPaths } from './policy';
import { type ReportForm, reportFormVersions, reportForms, reportSubmissions } from './schema';

const orgCommune = alias(unitRefs, 'rf_org_commune');

/** The SQL twin of policy.canSeeForm: the form's owner holds one of the actor's units, or lies in one's subtree. */
export function formScopeSql(actor: Actor) {
  if (isAdmin(actor)) return undefined;
  const paths = formPaths(actor);
  if (paths.length === 0) return sql`false`;
  return or(
    ...paths.map(
      (p) => sql`(${reportForms.ownerPath} like ${`${escapeLike(p)}%`} or ${p} like ${reportForms.ownerPath} || '%')`,
    ),
  );
}

/** A form the actor sees, or 404 (naming `field` when given). */
export async function findFormVisibleTo(db: Queryable, actor: Actor, id: string, field?: string): Promise<ReportForm> {
  const [row] = await db
    .select()
    .from(reportForms)
    .where(and(eq(reportForms.id, id), formScopeSql(actor)))
    .limit(1);
  if (!row || !canSeeForm(actor, row.ownerPath)) {
    if (field) throw unknownReference(field, 'Biểu mẫu');
    throw notFound('Biểu mẫu');
  }
  return row;
}

/** The form's fields for a period: the latest version that applies from that period or before. */
export async function versionFor(db: Queryable, formId: string, period: string) {
  const [row] = await db
    .select()
    .from(reportFormVersions)
    .where(and(eq(reportFormVersions.formId, formId), lte(reportFormVersions.validFrom, period)))
    .orderBy(desc(reportFormVersions.version))
    .limit(1);
  if (!row) throw new Error(`form ${formId} has no version for ${period}`);
  return row;
}

export async function latestVersion(db: Queryable, formId: string) {
  const [row] = await db
    .select()
    .from(reportFormVersions)
    .where(eq(reportFormVersions.formId, formId))
    .orderBy(desc(reportFormVersions.version))
    .limit(1);
  if (!row) throw new Error(`form ${formId} has no version`);
  return row;
}

/**
 * A unit that fills this form, found by id among the form's filler kinds inside the form owner's subtree (a village,
 * a commune, an organisation of a commune there), or 404 naming `field`. Scope is the caller's to check.
 */
export async function findFiller(db: Queryable, form: ReportForm, id: string, field = 'unitId'): Promise<Filler> {
  const under = sql`like ${`${escapeLike(form.ownerPath)}%`}`;
  const wantsUnit = form.fillers.includes('commune') || form.fillers.includes('village');
  if (wantsUnit) {
    const [u] = await db
      .select()
      .from(unitRefs)
      .where(and(eq(unitRefs.id, id), sql`${unitRefs.path} ${under}`, isNull(unitRefs.endedOn)))
      .limit(1);
    if (u && (u.level === 'commune' || u.level === 'village') && form.fillers.includes(u.level) && u.communeId)
      return { id: u.id, kind: u.level, name: u.name, communeId: u.communeId, path: u.path };
  }
  if (form.fillers.includes('organization')) {
    const [o] = await db
      .select({
        id: organizationRefs.id,
        name: organizationRefs.name,
        communeId: organizationRefs.communeId,
        path: orgCommune.path,
      })
      .from(organizationRefs)
      .innerJoin(orgCommune, eq(orgCommune.id, organizationRefs.communeId))
      .where(and(eq(organizationRefs.id, id), sql`${orgCommune.path} ${under}`))
      .limit(1);
    if (o) return { ...o, kind: 'organization' };
  }
  throw unknownReference(field, 'Đơn vị báo cáo');
}

/** A submission the actor may read (drafts only for those who read the unit's drafts), with its form and unit. */
export async function findSubmissionVisibleTo(db: Queryable, actor: Actor, id: string, forUpdate = false) {
  const q = db.select().from(reportSubmissions).where(eq(reportSubmissions.id, id)).limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('Báo cáo');
  const form = await findFormVisibleTo(db, actor, row.formId).catch(() => null);
  if (!form) throw notFound('Báo cáo');
  const filler = await findFiller(db, form, row.fillerId).catch(() => null);
  if (!filler || !canRead(actor, filler, row.status)) throw notFound('Báo cáo');
  return { submission: row, form, filler };
}
