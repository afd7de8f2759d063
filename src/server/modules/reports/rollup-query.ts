import { compareVi } from '../../../lib/vi-text';
import type { Actor } from '../../core/actor';
import { forbidden, invalid } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { communesUnder } from '../targets/queries';
import { findReportUnitVisibleTo } from './lookup';
import { periodLabel, periodProblems } from './period';
import { canReadRollup } from './policy';
import { submittedReports } from './queries';
import { combineFigures, type RollupCommune } from './rollup';
import type { ReportType } from './schema';
import type { ReportModel } from './types';

const iso = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString());

export type RollupQuery = { provinceId: string; type: ReportType; from: string; to: string };

/**
 * The province roll-up: which communes submitted their report of a period (the newest one counts),
 * and their figures side by side, read from the issued snapshots. Only the province's (or district's)
 * upper users and admins read it.
 */
export async function readRollup(db: Queryable, actor: Actor, q: RollupQuery) {
  const province = await findReportUnitVisibleTo(
    db,
    actor,
    q.provinceId,
    ['province', 'district'],
    'provinceId',
    'Tỉnh',
  );
  if (!canReadRollup(actor, province)) throw forbidden({ provinceId: 'Chỉ cấp trên của đơn vị xem bảng tổng hợp.' });
  const problems = periodProblems(q.type, q.from, q.to);
  if (problems) throw invalid(problems);
  const communes = (await communesUnder(db, province.path)).sort((a, b) => compareVi(a.name, b.name));
  const ids = communes.map((x) => x.id);
  const reports = await submittedReports(db, ids, q.type, q.from, q.to);
  const latest = new Map<string, (typeof reports)[number]>();
  for (const r of reports) if (!latest.has(r.unitId)) latest.set(r.unitId, r);
  const models = new Map<string, ReportModel>();
  const list: RollupCommune[] = communes.map((x) => {
    const r = latest.get(x.id);
    if (r?.snapshot) models.set(x.id, r.snapshot as ReportModel);
    return {
      unitId: x.id,
      name: x.name,
      kind: x.kind,
      submitted: Boolean(r),
      report: r
        ? {
            id: r.id,
            number: (r.snapshot as ReportModel | null)?.number ?? null,
            issuedDate: r.issuedDate,
            submittedAt: iso(r.submittedAt as Date),
            title: r.title,
          }
        : null,
    };
  });
  const rows = combineFigures(list, models);
  return { province, communes: list, rows, label: periodLabel(q.type, q.from, q.to) };
}
