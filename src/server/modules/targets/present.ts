import type { Actor } from '../../core/actor';
import {
  canAssignTarget,
  canAssignTargetsBelow,
  canEditIndicator,
  canEnterResult,
  canManageIndicators,
  canManageRounds,
} from './policy';
import type { boardOf } from './rounds';
import type { Entry, EntryFile, Indicator, ReportingRound, Target } from './schema';

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

/** What the caller may do, computed with the policy so the web does not re-derive roles. */
export function presentIndicatorFor(actor: Actor, i: Indicator) {
  return { ...presentIndicator(i), can: { edit: canEditIndicator(actor, i) } };
}

export function presentTargetFor(actor: Actor, t: Target) {
  return { ...presentTarget(t), can: { edit: canAssignTarget(actor, { path: t.unitPath }) } };
}

export function presentEntryFor(actor: Actor, e: Entry) {
  const mine = canEnterResult(actor, { path: e.unitPath }, e.organizationId);
  return { ...presentEntry(e), can: { void: mine && e.voidedAt === null, attachEvidence: mine } };
}

export function presentRound(r: ReportingRound) {
  return { id: r.id, communeId: r.communeId, title: r.title, from: r.periodFrom, to: r.periodTo, dueDate: r.dueDate };
}

export function presentEvidence(f: EntryFile) {
  return { id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size };
}

/** At a unit: may the caller define indicators it owns, and assign targets to the units below it? */
export function indicatorRightsAt(actor: Actor, unit: { id: string; path: string; level: string }) {
  return {
    define: unit.level !== 'village' && canManageIndicators(actor, unit),
    assignTargets: canAssignTargetsBelow(actor, unit),
  };
}

/** In a commune: may the caller open a reporting round there? */
export function roundRightsAt(actor: Actor, commune: { path: string }) {
  return { open: canManageRounds(actor, commune) };
}

export function presentRoundFor(actor: Actor, r: ReportingRound, communePath: string) {
  return { ...presentRound(r), can: { manage: canManageRounds(actor, { path: communePath }) } };
}

/** The board with what the caller may do: reopen (the committee), submit (whoever enters that part's results). */
export function presentBoardFor(
  actor: Actor,
  b: {
    commune: { path: string };
    rows: { a: { organizationId: string | null }; unitPath: string }[];
    board: ReturnType<typeof boardOf>;
  },
) {
  const manage = canManageRounds(actor, b.commune);
  const items = b.board.items.map((item, i) => {
    const row = b.rows[i];
    const enters = row ? canEnterResult(actor, { path: row.unitPath }, row.a.organizationId) : false;
    const submitted = item.status === 'submitted';
    return { ...item, can: { submit: !submitted && enters, reopen: submitted && manage } };
  });
  return { ...b.board, items, can: { manage } };
}
