import type { Report } from './schema';
import type { ReportModel } from './types';

const iso = (d: Date | string | null) => (d === null ? null : typeof d === 'string' ? d : d.toISOString());

/** A report in lists: what it is, its state and its number once issued. */
export function presentReport(r: Report, unit: { name: string; kind: string }, number: string | null = null) {
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
    number: number ?? (r.snapshot ? ((r.snapshot as ReportModel).number ?? null) : null),
    issuedDate: r.issuedDate,
    issuedAt: iso(r.issuedAt),
    submittedAt: iso(r.submittedAt),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** GET /reports/{id}: the model with the report's state and what the reader may do. */
export function presentModel(r: Report, model: ReportModel, can: { manage: boolean }) {
  return {
    ...model,
    status: r.status,
    issuedAt: iso(r.issuedAt),
    submittedAt: iso(r.submittedAt),
    canEdit: can.manage && r.status === 'draft',
    canIssue: can.manage && r.status === 'draft',
    canSubmit: can.manage && r.status === 'issued' && r.submittedAt === null && model.unit.level !== 'province',
  };
}
