import { and, eq, isNull } from 'drizzle-orm';
import { todayVn } from '../../../../lib/dates';
import { foldVietnamese } from '../../../../lib/vi-text';
import type { Actor } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import { canReadCommune, isAdmin } from '../../../core/scope';
import type { Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findUnit } from '../../units/queries';
import { canWriteMembership } from '../policy';
import { findBranch, findMembership, findPerson } from '../queries';
import { memberships, membershipTransfers, people, type MembershipTransfer } from '../schema';

const DECIDED = 'Đề nghị này đã được xử lý.';

/** The transfer if the actor works in, or reads, the receiving commune; else 404. */
async function incomingTransfer(db: Queryable, actor: Actor, id: string) {
  const [row] = await db.select().from(membershipTransfers).where(eq(membershipTransfers.id, id)).limit(1);
  const commune = row ? await findUnit(db, row.toCommuneId) : null;
  if (!row || !commune) throw notFound('Đề nghị chuyển sinh hoạt');
  if (!canReadCommune(actor, commune)) throw notFound('Đề nghị chuyển sinh hoạt');
  return { transfer: row, commune };
}

/** Locks the request; a second decision (two clerks at once) is a 409. */
async function lockPending(tx: Queryable, id: string): Promise<MembershipTransfer> {
  const [row] = await tx.select().from(membershipTransfers).where(eq(membershipTransfers.id, id)).for('update');
  if (!row || row.status !== 'pending') throw conflict('transfer_decided', DECIDED, { id: DECIDED });
  return row;
}

/**
 * The receiving side accepts. Within the commune the member's branch changes. From another commune the old
 * membership ends on the transfer day and one of the receiving commune's begins that day (not a new admission),
 * with the person written into the receiving commune's list in the village chosen (the branch's, by default).
 */
export async function acceptTransfer(
  { db, actor, meta }: CommandContext,
  id: string,
  input: { branchId?: string; villageId?: string },
) {
  const { transfer, commune } = await incomingTransfer(db, actor, id);
  const m = await findMembership(db, transfer.membershipId);
  const person = m ? await findPerson(db, m.personId) : null;
  if (!m || !person) throw notFound('Hội viên');
  const sameCommune = transfer.toCommuneId === transfer.communeId;
  const branchId = sameCommune ? transfer.toBranchId : input.branchId;
  if (!branchId) throw invalid({ branchId: 'Chọn chi hội tiếp nhận.' });
  const branch = await findBranch(db, branchId);
  if (!branch || branch.communeId !== commune.id) throw invalid({ branchId: 'Chi hội phải thuộc xã tiếp nhận.' });
  const villageId = sameCommune ? person.villageId : (input.villageId ?? branch.villageId);
  const village = villageId ? await findUnit(db, villageId) : null;
  if (!village || village.level !== 'village' || village.communeId !== commune.id)
    throw invalid({ villageId: 'Chọn thôn nơi hội viên về sinh hoạt (thuộc xã tiếp nhận).' });
  const target = { organizationId: branch.organizationId, villagePath: village.path, branchId: branch.id };
  if (!canWriteMembership(actor, target)) throw forbidden();
  return db.transaction(async (tx) => {
    await lockPending(tx, transfer.id);
    let newMembershipId: string | null = null;
    if (sameCommune) {
      await tx.update(memberships).set({ branchId: branch.id }).where(eq(memberships.id, m.id));
    } else {
      const [ended] = await tx
        .update(memberships)
        .set({ leftOn: transfer.on, leaveReason: `Chuyển sinh hoạt đến ${commune.name}` })
        .where(and(eq(memberships.id, m.id), isNull(memberships.leftOn)))
        .returning();
      if (!ended) throw conflict('already_left', 'Hội viên này đã ra khỏi tổ chức ở xã cũ.', { id: 'Đã ra.' });
      const [moved] = await tx
        .insert(people)
        .values({
          communeId: commune.id,
          villageId: village.id,
          unitPath: village.path,
          fullName: person.fullName,
          nameFolded: foldVietnamese(person.fullName),
          birthYear: person.birthYear,
          sex: person.sex,
          ethnicity: person.ethnicity,
          phone: person.phone,
        })
        .returning();
      if (!moved) throw new Error('insert returned nothing');
      const [joined] = await tx
        .insert(memberships)
        .values({
          communeId: commune.id,
          personId: moved.id,
          organizationId: branch.organizationId,
          branchId: branch.id,
          unitPath: village.path,
          duesCategory: m.duesCategory,
          joinedOn: transfer.on,
          cardNo: m.cardNo,
          transferredFromId: m.id,
        })
        .returning();
      newMembershipId = joined?.id ?? null;
    }
    const [row] = await tx
      .update(membershipTransfers)
      .set({ status: 'accepted', toBranchId: branch.id, decidedOn: todayVn(), newMembershipId })
      .where(eq(membershipTransfers.id, transfer.id))
      .returning();
    await recordAudit(tx, meta, {
      action: 'membership.transfer_accept',
      entity: 'membership',
      entityId: m.id,
      communeId: commune.id,
      scopePath: village.path,
      after: row,
    });
    return row as MembershipTransfer;
  });
}

/** The receiving side declines, with a reason the sender reads; the member stays where they were. */
export async function refuseTransfer({ db, actor, meta }: CommandContext, id: string, reason: string) {
  const { transfer, commune } = await incomingTransfer(db, actor, id);
  const branch = transfer.toBranchId ? await findBranch(db, transfer.toBranchId) : null;
  const allowed = branch
    ? canWriteMembership(actor, {
        organizationId: branch.organizationId,
        villagePath: branch.unitPath,
        branchId: branch.id,
      })
    : // From another commune no branch is chosen yet: the receiving commune's standing committee declines it.
      isAdmin(actor) || actor.grants.some((g) => g.role === 'standing' && g.communeId === commune.id);
  if (!allowed) throw forbidden();
  return db.transaction(async (tx) => {
    await lockPending(tx, transfer.id);
    const [row] = await tx
      .update(membershipTransfers)
      .set({ status: 'refused', decidedOn: todayVn(), decisionNote: reason })
      .where(eq(membershipTransfers.id, transfer.id))
      .returning();
    await recordAudit(tx, meta, {
      action: 'membership.transfer_refuse',
      entity: 'membership',
      entityId: transfer.membershipId,
      communeId: commune.id,
      scopePath: commune.path,
      after: row,
    });
    return row as MembershipTransfer;
  });
}
