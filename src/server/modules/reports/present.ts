import type { RollupCommune, RollupRow } from './rollup';
import type { Report } from './schema';
import type { ReportModel } from './types';

const iso = (d: Date | string | null) => (d === null ? null : typeof d === 'string' ? d : d.toISOString());

export type ReportCan = { edit: boolean; issue: boolean; submit: boolean };

/** A report in lists: what it is, its state, its number once issued, and what the caller may do with it. */
export function presentReport(r: Report, unit: { name: string; kind: string }, can: ReportCan) {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: unit.name,
    unitKind: unit.kind,
    type: r.type,
    from: r.periodFrom,
    to: r.periodTo,
    title: r.title,
    status: r.status,
    meetingId: r.meetingId,
    number: r.snapshot ? ((r.snapshot as ReportModel).number ?? null) : null,
    issuedDate: r.issuedDate,
    issuedAt: iso(r.issuedAt),
    submittedAt: iso(r.submittedAt),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    can,
  };
}

/** GET /reports/{id}: the model with the report's state and what the reader may do. */
export function presentModel(r: Report, model: ReportModel, can: ReportCan) {
  return {
    ...model,
    status: r.status,
    issuedAt: iso(r.issuedAt),
    submittedAt: iso(r.submittedAt),
    canEdit: can.edit,
    canIssue: can.issue,
    canSubmit: can.submit,
    can,
  };
}

/** GET /reports/rollup: the period, who submitted, one column per commune and the figures side by side. */
export function presentRollup(
  q: { type: Report['type']; from: string; to: string },
  r: { province: { id: string }; label: string; communes: RollupCommune[]; rows: RollupRow[] },
) {
  return {
    provinceId: r.province.id,
    type: q.type,
    from: q.from,
    to: q.to,
    periodLabel: r.label,
    submitted: r.communes.filter((x) => x.submitted).length,
    communes: r.communes,
    columns: r.communes.map((x) => ({ unitId: x.unitId, name: x.name, kind: x.kind })),
    rows: r.rows,
  };
}

/** A row of GET /reports: the report, what the reader may do, and `canManage` (the unit's writer). */
export function presentReportItem(
  row: { report: Report; unitName: string; unitKind: string; unitLevel: string },
  can: ReportCan,
  canManage: boolean,
) {
  return { ...presentReport(row.report, { name: row.unitName, kind: row.unitKind }, can), canManage };
}
