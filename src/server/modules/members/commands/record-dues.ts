import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import { isUniqueViolation } from '../../../db/errors';
import { recordAudit } from '../../audit/record-audit';
import { canWriteMembership } from '../policy';
import { findVisibleMembership } from '../queries';
import { duesPayments } from '../schema';

export type DuesInput = { membershipId: string; period: string; amount: number };

const PAID = 'Hội viên đã nộp phí kỳ này.';

/** Dues of one member for one period ('YYYY-MM' or 'YYYY'): one entry, never two (the unique index is the rule). */
export async function recordDues({ db, actor, meta }: CommandContext, input: DuesInput) {
  const m = await findVisibleMembership(db, actor, input.membershipId);
  if (!m) throw unknownReference('membershipId', 'Hội viên');
  if (!canWriteMembership(actor, { organizationId: m.organizationId, villagePath: m.unitPath, branchId: m.branchId }))
    throw forbidden();
  const periodEnd = input.period.length === 4 ? `${input.period}-12-31` : `${input.period}-31`;
  const periodStart = input.period.length === 4 ? `${input.period}-01-01` : `${input.period}-01`;
  if (periodEnd < m.joinedOn || (m.leftOn && periodStart > m.leftOn)) {
    throw invalid({ period: 'Kỳ này nằm ngoài thời gian là hội viên.' });
  }
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(duesPayments)
        .values({
          communeId: m.communeId,
          membershipId: m.id,
          organizationId: m.organizationId,
          branchId: m.branchId,
          period: input.period,
          amount: input.amount,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, meta, {
        action: 'dues.record',
        entity: 'dues_payment',
        entityId: row.id,
        communeId: m.communeId,
        scopePath: m.unitPath,
        after: { membershipId: m.id, period: row.period, amount: row.amount },
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e, 'dues_payments_period_idx')) throw conflict('dues_already_paid', PAID, { period: PAID });
    throw e;
  }
}
