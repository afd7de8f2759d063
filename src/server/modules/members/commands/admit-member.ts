import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import { isUniqueViolation } from '../../../db/errors';
import { recordAudit } from '../../audit/record-audit';
import { findOrganizationVisibleTo } from '../../units/lookup';
import { canSeePerson, canWriteMembership } from '../policy';
import { findBranch, findPerson } from '../queries';
import { memberships } from '../schema';

export type AdmitInput = {
  personId: string;
  organizationId: string;
  joinedOn: string;
  branchId?: string;
  cardNo?: string;
  duesCategory?: string;
};

const ALREADY = 'Người này đang là hội viên của tổ chức này.';

/** A person joins an organisation of their commune; one open membership per person and organisation (the index). */
export async function admitMember({ db, actor, meta }: CommandContext, input: AdmitInput) {
  const person = await findPerson(db, input.personId);
  if (!person || !canSeePerson(actor, person)) throw unknownReference('personId', 'Người');
  const { org } = await findOrganizationVisibleTo(db, actor, input.organizationId, 'organizationId');
  if (org.communeId !== person.communeId) {
    throw invalid({ organizationId: 'Tổ chức phải thuộc xã nơi người này sinh sống.' });
  }
  if (!canWriteMembership(actor, { organizationId: org.id, villagePath: person.unitPath, branchId: input.branchId }))
    throw forbidden();
  if (input.branchId) {
    const branch = await findBranch(db, input.branchId);
    if (!branch || branch.organizationId !== org.id) throw invalid({ branchId: 'Chi hội phải thuộc tổ chức đã chọn.' });
  }
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(memberships)
        .values({
          communeId: person.communeId,
          personId: person.id,
          organizationId: org.id,
          unitPath: person.unitPath,
          joinedOn: input.joinedOn,
          branchId: input.branchId ?? null,
          cardNo: input.cardNo ?? null,
          ...(input.duesCategory && { duesCategory: input.duesCategory }),
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, meta, {
        action: 'membership.admit',
        entity: 'membership',
        entityId: row.id,
        communeId: person.communeId,
        scopePath: person.unitPath,
        after: { personId: person.id, organizationId: org.id, joinedOn: row.joinedOn },
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e, 'memberships_open_idx')) throw conflict('already_member', ALREADY, { personId: ALREADY });
    throw e;
  }
}
