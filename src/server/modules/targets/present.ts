import type { Entry, Indicator, Target } from './schema';

export function presentIndicator(i: Indicator) {
  return {
    id: i.id,
    ownerUnitId: i.ownerUnitId,
    communeId: i.communeId,
    code: i.code,
    name: i.name,
    unitLabel: i.unitLabel,
    aggregation: i.aggregation,
    source: i.source,
    sourceParams: i.sourceParams,
    active: i.active,
  };
}

export function presentTarget(t: Target) {
  return {
    id: t.id,
    indicatorId: t.indicatorId,
    unitId: t.unitId,
    organizationId: t.organizationId,
    from: t.periodFrom,
    to: t.periodTo,
    value: t.value,
    assignedBy: t.assignedByUnitId ? { unitId: t.assignedByUnitId } : { body: t.assignedByBody ?? '' },
  };
}

export function presentEntry(e: Entry) {
  return {
    id: e.id,
    indicatorId: e.indicatorId,
    unitId: e.unitId,
    organizationId: e.organizationId,
    roundAssignmentId: e.roundAssignmentId,
    date: e.date,
    value: e.value,
    denominator: e.denominator,
    note: e.note,
    createdAt: e.createdAt.toISOString(),
    voided: e.voidedAt !== null,
    voidReason: e.voidReason,
  };
}
