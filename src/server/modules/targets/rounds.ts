import { formatDateVi } from '../../../lib/dates';
import { unitDisplayName } from '../../../lib/units';
import { compareVi } from '../../../lib/vi-text';

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
