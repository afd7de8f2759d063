import { and, eq } from 'drizzle-orm';
import { invalid } from '../../../core/errors';
import type { Queryable } from '../../../db/client';
import { currentChildren } from '../../units/queries';
import { organizationRefs } from '../../units/refs';
import { versionFor } from '../lookup';
import type { Filler } from '../policy';
import { earlierValues } from '../queries';
import { checkValues, outlierWarnings } from '../rules';
import type { FormField, ReportForm, Values } from '../schema';
import { compareVi } from '../../../../lib/vi-text';

/**
 * A submission's values checked against the form's version for its period: a 422 naming every bad field (nothing is
 * written), else the clean values, the version and the outlier warnings against the unit's earlier periods.
 */
export async function checkSubmission(
  db: Queryable,
  form: ReportForm,
  filler: Filler,
  period: string,
  input: Record<string, unknown>,
  complete: boolean,
) {
  const version = await versionFor(db, form.id, period);
  const rows = await tableRowsOf(db, version.fields, filler.communeId);
  const rowIds = { village: rows.village.map((r) => r.id), organization: rows.organization.map((r) => r.id) };
  const { errors, values } = checkValues(version.fields, input, { complete, rowIds });
  if (Object.keys(errors).length > 0) throw invalid(errors, Object.values(errors)[0]);
  const history = await earlierValues(db, form.id, filler.id, period);
  return {
    version: version.version,
    fields: version.fields,
    values,
    warnings: outlierWarnings(version.fields, values, history),
  };
}

export type TableRow = { id: string; name: string };

/**
 * The rows a table field may have: the villages and the active organisations of the unit's commune, by name (none
 * looked up when the form has no table).
 */
export async function tableRowsOf(db: Queryable, fields: FormField[], communeId: string) {
  const out = { village: [] as TableRow[], organization: [] as TableRow[] };
  if (!fields.some((f) => f.type === 'table')) return out;
  out.village = (await currentChildren(db, communeId)).map((u) => ({ id: u.id, name: u.name }));
  const orgs = await db
    .select({ id: organizationRefs.id, name: organizationRefs.name })
    .from(organizationRefs)
    .where(and(eq(organizationRefs.communeId, communeId), eq(organizationRefs.active, true)));
  out.organization = orgs.sort((a, b) => compareVi(a.name, b.name));
  return out;
}

/** Values merged for a partial save: a key sent as null clears the field. */
export function mergeValues(before: Values, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...before };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}
