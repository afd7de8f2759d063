import type { Queryable } from '../../db/client';
import { readTogether } from '../../db/read-together';
import { indicatorSource } from '../targets/sources';
import { periodRange } from '../../../lib/report-periods';
import type { Filler } from './policy';
import { partsOf } from './queries';
import { isNumericField, sumValues } from './rules';
import type { FormField, ReportForm, Values } from './schema';

/**
 * Values the records already hold for a unit's period: each field that names an indicator source (receipts in the
 * period, petitions received and answered, meetings held, members admitted, relief given…) asks that source over
 * the unit's subtree and the period's dates, and says where the value came from. An organisation reports for its
 * commune's records. A source that is gone or fails leaves the field for the person to fill.
 */
export async function prefill(db: Queryable, form: ReportForm, fields: FormField[], filler: Filler, period: string) {
  const { from, to } = periodRange(form.periodKind, period);
  const withSource = fields.filter((f) => f.source && isNumericField(f));
  const figures = await readTogether(
    db,
    ...withSource.map((f) => async () => {
      const source = indicatorSource(f.source as string);
      if (!source) return null;
      const fig = await source
        .compute(db, { params: f.sourceParams ?? {}, unitPath: filler.path, from, to })
        .catch(() => null);
      return fig ? { key: f.key, value: fig.value, source: source.key, label: source.label } : null;
    }),
  );
  const values: Values = {};
  const sources: Record<string, { source: string; label: string }> = {};
  for (const f of figures) {
    if (!f) continue;
    values[f.key] = f.value;
    sources[f.key] = { source: f.source, label: f.label };
  }
  return { values, sources };
}

/**
 * A commune's values built from its villages' and organisations' submitted or accepted reports of the same period:
 * the fields marked `sum` added up. Lists which reports went in, so the commune sees who is missing.
 */
export async function rollup(db: Queryable, form: ReportForm, fields: FormField[], below: Filler[], period: string) {
  const parts = await partsOf(
    db,
    form.id,
    below.map((f) => f.id),
    period,
  );
  const byId = new Map(parts.map((p) => [p.fillerId, p]));
  return {
    values: sumValues(
      fields,
      parts.map((p) => p.values),
    ),
    from: below.map((f) => ({ unitId: f.id, name: f.name, kind: f.kind, status: byId.get(f.id)?.status ?? 'missing' })),
  };
}
