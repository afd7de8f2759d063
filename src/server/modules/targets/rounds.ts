import { formatDateVi } from '../../../lib/dates';
import { unitDisplayName } from '../../../lib/units';
import { compareVi } from '../../../lib/vi-text';
import { presentRound } from './present';
import type { ReportingRound, RoundAssignment } from './schema';

export type AssignmentStatus = 'submitted' | 'late' | 'pending';

/** Pure: where an assignment stands on a given day. */
export function assignmentStatus(a: { submittedAt: Date | null }, dueDate: string, today: string): AssignmentStatus {
  if (a.submittedAt) return 'submitted';
  return today > dueDate ? 'late' : 'pending';
}

/** The message a committee pastes into Zalo to chase who has not reported. */
export function reminderText(
  round: { title: string; dueDate: string },
  missing: { kind: string; name: string; organizationName: string | null }[],
): string {
  if (missing.length === 0) return `${round.title}: tất cả các đơn vị đã gửi báo cáo.`;
  // Villages first, then organisations, each in Vietnamese order.
  const villages = missing
    .filter((m) => !m.organizationName)
    .map(unitDisplayName)
    .sort(compareVi);
  const orgs = missing.flatMap((m) => (m.organizationName ? [m.organizationName] : [])).sort(compareVi);
  const names = [...villages, ...orgs];
  return `Đề nghị ${names.join(', ')} gửi ${round.title} trước ngày ${formatDateVi(round.dueDate)}. Trân trọng cảm ơn!`;
}

type BoardRow = {
  a: RoundAssignment;
  unitName: string;
  unitKind: string;
  organizationName: string | null;
};

/** Pure: the round's board from its assignments and, for each, the indicators already reported. */
export function boardOf(round: ReportingRound, rows: BoardRow[], reported: { indicatorId: string }[][], today: string) {
  const items = rows.map((r, i) => ({
    assignmentId: r.a.id,
    unitId: r.a.unitId,
    unitName: r.unitName,
    unitKind: r.unitKind,
    organizationId: r.a.organizationId,
    organizationName: r.organizationName,
    indicatorIds: r.a.indicatorIds,
    reportedIndicators: (reported[i] ?? []).map((x) => x.indicatorId),
    status: assignmentStatus(r.a, round.dueDate, today),
    submittedAt: r.a.submittedAt?.toISOString() ?? null,
    reopenedCount: r.a.reopenedCount,
  }));
  const missing = rows
    .filter((r) => !r.a.submittedAt)
    .map((r) => ({ kind: r.unitKind, name: r.unitName, organizationName: r.organizationName }));
  const count = (status: AssignmentStatus) => items.filter((i) => i.status === status).length;
  return {
    round: presentRound(round),
    summary: { submitted: count('submitted'), late: count('late'), pending: count('pending') },
    items,
    reminder: reminderText(round, missing),
  };
}
