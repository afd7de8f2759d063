import { and, eq } from 'drizzle-orm';
import { invalid } from '../../../core/errors';
import type { Queryable } from '../../../db/client';
import { currentChildren } from '../../units/queries';
import { organizationRefs } from '../../units/refs';
import { versionFor } from '../lookup';
import type { Filler } from '../policy';
import { earlierValues } from '../queries';
import { checkValues, outlierWarnings } from '../rules';
import type { ReportForm, Values } from '../schema';

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
  const needsRows = version.fields.some((f) => f.type === 'table');
  const rowIds = { village: [] as string[], organization: [] as string[] };
  if (needsRows) {
    rowIds.village = (await currentChildren(db, filler.communeId)).map((u) => u.id);
    const orgs = await db
      .select({ id: organizationRefs.id })
      .from(organizationRefs)
      .where(and(eq(organizationRefs.communeId, filler.communeId), eq(organizationRefs.active, true)));
    rowIds.organization = orgs.map((o) => o.id);
  }
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

/** Values merged for a partial save: a key sent as null clears the field. */
export function mergeValues(before: Values, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...before };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}
