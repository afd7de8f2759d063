import { asc, eq, inArray } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { forbidden, notFound } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { organizationRefs } from '../../units/refs';
import { canSeePerson, canWritePeopleAt } from '../policy';
import { findPerson } from '../queries';
import { branches, duesPayments, memberships, membershipTransfers } from '../schema';

/**
 * Everything the commune holds about a person, to hand over when they ask (Law 91/2025, the right to know): the
 * person, their memberships, dues and transfers. Only those who keep the person's record read it, and the read is
 * logged before the data leaves the server.
 */
export async function exportPerson({ db, actor, meta }: CommandContext, id: string) {
  const person = await findPerson(db, id);
  if (!person || !canSeePerson(actor, person)) throw notFound('Người');
  if (!canWritePeopleAt(actor, person.unitPath)) throw forbidden();
  const ms = await db
    .select({ m: memberships, organization: organizationRefs.name, branch: branches.name })
    .from(memberships)
    .innerJoin(organizationRefs, eq(organizationRefs.id, memberships.organizationId))
    .leftJoin(branches, eq(branches.id, memberships.branchId))
    .where(eq(memberships.personId, person.id))
    .orderBy(asc(memberships.joinedOn));
  const ids = ms.map((r) => r.m.id);
  const [dues, transfers] = ids.length
    ? await Promise.all([
        db.select().from(duesPayments).where(inArray(duesPayments.membershipId, ids)).orderBy(asc(duesPayments.period)),
        db
          .select()
          .from(membershipTransfers)
          .where(inArray(membershipTransfers.membershipId, ids))
          .orderBy(asc(membershipTransfers.createdAt)),
      ])
    : [[], []];
  await recordAudit(db, meta, {
    action: 'person.personal_data',
    entity: 'person',
    entityId: person.id,
    communeId: person.communeId,
    scopePath: person.unitPath,
    after: { memberships: ms.length, dues: dues.length },
  });
  const orgOf = new Map(ms.map((r) => [r.m.id, r.organization]));
  return {
    exportedAt: new Date().toISOString(),
    exportedBy: actor.fullName,
    person: {
      fullName: person.fullName,
      birthYear: person.birthYear,
      sex: person.sex,
      ethnicity: person.ethnicity,
      phone: person.phone,
      createdAt: person.createdAt.toISOString(),
    },
    memberships: ms.map(({ m, organization, branch }) => ({
      organization,
      branch,
      joinedOn: m.joinedOn,
      cardNo: m.cardNo,
      duesCategory: m.duesCategory,
      leftOn: m.leftOn,
      leaveReason: m.leaveReason,
    })),
    dues: dues.map((d) => ({ organization: orgOf.get(d.membershipId) ?? '', period: d.period, amount: d.amount })),
    transfers: transfers.map((t) => ({
      organization: orgOf.get(t.membershipId) ?? '',
      on: t.on,
      status: t.status,
      note: t.note,
    })),
    note:
      'Dữ liệu cá nhân do Ủy ban MTTQ xã lưu về người này, cung cấp theo yêu cầu của chính người đó. Người yêu cầu ' +
      'có thể đề nghị sửa hoặc xóa.',
  };
}
