import { and, eq, isNull } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { canWriteMembership } from '../policy';
import { findVisibleMembership } from '../queries';
import { memberships } from '../schema';

export type LeaveInput = { id: string; leftOn: string; reason: string };

/** A member leaves: the membership keeps its history (counted until the day before leaving). */
export async function recordLeave({ db, actor, meta }: CommandContext, input: LeaveInput) {
  const m = await findVisibleMembership(db, actor, input.id);
  if (!m) throw notFound('Hội viên');
  if (!canWriteMembership(actor, { organizationId: m.organizationId, villagePath: m.unitPath, branchId: m.branchId }))
    throw forbidden();
  if (input.leftOn < m.joinedOn) throw invalid({ leftOn: `Ngày ra không được trước ngày vào (${m.joinedOn}).` });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(memberships)
      .set({ leftOn: input.leftOn, leaveReason: input.reason })
      .where(and(eq(memberships.id, m.id), isNull(memberships.leftOn)))
      .returning();
    if (!row) throw conflict('already_left', 'Hội viên này đã ra khỏi tổ chức.', { id: 'Đã ghi ngày ra trước đó.' });
    await recordAudit(tx, meta, {
      action: 'membership.leave',
      entity: 'membership',
      entityId: m.id,
      communeId: m.communeId,
      scopePath: m.unitPath,
      before: { leftOn: null },
      after: { leftOn: row.leftOn, reason: row.leaveReason },
    });
    return row;
  });
}
