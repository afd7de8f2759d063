import { and, eq, isNull } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, notFound, unknownReference } from '../../../core/errors';
import { isUniqueViolation } from '../../../db/errors';
import { recordAudit } from '../../audit/record-audit';
import { findCurrentUnitByCode, findUnit } from '../../units/queries';
import { canWriteMembership } from '../policy';
import { findBranch, findVisibleMembership } from '../queries';
import { memberships, membershipTransfers } from '../schema';

export type TransferRequest = {
  membershipId: string;
  on: string;
  toBranchId?: string;
  toCommuneId?: string;
  /** The receiving commune by its official code (5 digits), for a sender who does not read that commune. */
  toCommuneCode?: string;
  note?: string;
};

export const PENDING = 'Hội viên này đang có một đề nghị chuyển sinh hoạt chờ tiếp nhận.';

/**
 * The sending side asks to move a member (chuyển sinh hoạt): to another branch of the organisation in the commune
 * (`toBranchId`), or to another commune (`toCommuneId`), whose organisation picks the branch when it accepts.
 * Nothing about the member changes until then. A branch of another commune cannot be named directly: the move
 * goes through the receiving commune's acceptance.
 */
export async function requestTransfer({ db, actor, meta }: CommandContext, input: TransferRequest) {
  const m = await findVisibleMembership(db, actor, input.membershipId);
  if (!m) throw notFound('Hội viên');
  if (!canWriteMembership(actor, { organizationId: m.organizationId, villagePath: m.unitPath, branchId: m.branchId }))
    throw forbidden();
  if (m.leftOn) throw conflict('already_left', 'Hội viên này đã ra khỏi tổ chức.', { membershipId: 'Đã ra.' });
  const targets = [input.toBranchId, input.toCommuneId, input.toCommuneCode].filter((x) => x !== undefined);
  if (targets.length !== 1)
    throw invalid({
      toBranchId: 'Chọn chi hội nhận (trong xã) hoặc xã nhận (toCommuneId, toCommuneCode), một trong hai.',
    });
  if (input.on < m.joinedOn) throw invalid({ on: `Ngày chuyển không được trước ngày vào (${m.joinedOn}).` });
  let toCommuneId = m.communeId;
  if (input.toBranchId) {
    const branch = await findBranch(db, input.toBranchId);
    if (!branch) throw unknownReference('toBranchId', 'Chi hội');
    if (branch.communeId !== m.communeId)
      throw invalid({
        toBranchId: 'Chi hội thuộc xã khác: chọn xã nhận (toCommuneId); xã đó tiếp nhận và chọn chi hội.',
      });
    if (branch.organizationId !== m.organizationId) throw invalid({ toBranchId: 'Chi hội phải cùng tổ chức.' });
    if (branch.id === m.branchId) throw invalid({ toBranchId: 'Hội viên đang sinh hoạt ở chi hội này.' });
  } else {
    // Any current commune of the country (the official list is public): the sender does not read it.
    const field = input.toCommuneCode !== undefined ? 'toCommuneCode' : 'toCommuneId';
    const commune = input.toCommuneCode
      ? await findCurrentUnitByCode(db, 'commune', input.toCommuneCode)
      : await findUnit(db, input.toCommuneId ?? '');
    if (!commune || commune.level !== 'commune') throw unknownReference(field, 'Xã');
    if (commune.endedOn) throw invalid({ [field]: 'Xã này đã sáp nhập; chọn xã hiện nay.' });
    if (commune.id === m.communeId) throw invalid({ [field]: 'Trong xã thì chọn chi hội nhận (toBranchId).' });
    toCommuneId = commune.id;
  }
  try {
    return await db.transaction(async (tx) => {
      // The member must still be open at the moment of writing (a leave recorded meanwhile wins).
      const [open] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.id, m.id), isNull(memberships.leftOn)))
        .for('update');
      if (!open) throw conflict('already_left', 'Hội viên này đã ra khỏi tổ chức.', { membershipId: 'Đã ra.' });
      const [row] = await tx
        .insert(membershipTransfers)
        .values({
          communeId: m.communeId,
          membershipId: m.id,
          fromBranchId: m.branchId,
          toCommuneId,
          toBranchId: input.toBranchId ?? null,
          on: input.on,
          note: input.note ?? null,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, meta, {
        action: 'membership.transfer_request',
        entity: 'membership',
        entityId: m.id,
        communeId: m.communeId,
        scopePath: m.unitPath,
        after: row,
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e, 'membership_transfers_pending_idx'))
      throw conflict('transfer_pending', PENDING, { membershipId: PENDING });
    throw e;
  }
}
