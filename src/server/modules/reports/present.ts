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
