import { alias } from 'drizzle-orm/pg-core';
import { and, desc, eq, or } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { organizationRefs, unitRefs } from '../units/refs';
import { branches, memberships, membershipTransfers, people, type MembershipTransfer } from './schema';

const fromCommune = alias(unitRefs, 'from_commune');
const toCommune = alias(unitRefs, 'to_commune');
const fromBranch = alias(branches, 'from_branch');
const toBranch = alias(branches, 'to_branch');

/**
 * Transfers of a commune, sent and received, newest first (at most 500: requests are decided within weeks). The
 * receiving commune sees the member's name and birth year to recognise them; a sent one is seen by whoever sees
 * the member.
 */
export async function transfersOf(
  db: Queryable,
  actor: Actor,
  commune: { id: string },
  status?: MembershipTransfer['status'],
) {
  const rows = await db
    .select({
      t: membershipTransfers,
      fullName: people.fullName,
      birthYear: people.birthYear,
      memberPath: memberships.unitPath,
      organizationId: memberships.organizationId,
      organization: organizationRefs.shortName,
      fromCommuneName: fromCommune.name,
      toCommuneName: toCommune.name,
      fromBranchName: fromBranch.name,
      toBranchName: toBranch.name,
    })
    .from(membershipTransfers)
    .innerJoin(memberships, eq(memberships.id, membershipTransfers.membershipId))
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(organizationRefs, eq(organizationRefs.id, memberships.organizationId))
    .innerJoin(fromCommune, eq(fromCommune.id, membershipTransfers.communeId))
    .innerJoin(toCommune, eq(toCommune.id, membershipTransfers.toCommuneId))
    .leftJoin(fromBranch, eq(fromBranch.id, membershipTransfers.fromBranchId))
    .leftJoin(toBranch, eq(toBranch.id, membershipTransfers.toBranchId))
    .where(
      and(
        or(eq(membershipTransfers.communeId, commune.id), eq(membershipTransfers.toCommuneId, commune.id)),
        status ? eq(membershipTransfers.status, status) : undefined,
      ),
    )
    .orderBy(desc(membershipTransfers.createdAt))
    .limit(500);
  const roots = readRoots(actor);
  const leads = actor.grants.filter((g) => g.role === 'org_lead');
  const seesMember = (r: (typeof rows)[number]) =>
    isAdmin(actor) ||
    roots.some((root) => isWithin(r.memberPath, root)) ||
    leads.some((g) => g.organizationId === r.organizationId && (!g.branchId || g.branchId === r.t.fromBranchId));
  const receives = (r: (typeof rows)[number]) =>
    r.t.toCommuneId === commune.id &&
    r.t.communeId !== commune.id &&
    (isAdmin(actor) || actor.grants.some((g) => g.communeId === commune.id));
  return rows
    .filter((r) => seesMember(r) || receives(r))
    .map((r) => ({
      id: r.t.id,
      membershipId: r.t.membershipId,
      direction: (r.t.communeId === r.t.toCommuneId
        ? 'within'
        : r.t.toCommuneId === commune.id
          ? 'incoming'
          : 'outgoing') as 'within' | 'incoming' | 'outgoing',
      fullName: r.fullName,
      birthYear: r.birthYear,
      organization: r.organization,
      fromCommuneName: r.fromCommuneName,
      fromBranchName: r.fromBranchName,
      toCommuneId: r.t.toCommuneId,
      toCommuneName: r.toCommuneName,
      toBranchId: r.t.toBranchId,
      toBranchName: r.toBranchName,
      on: r.t.on,
      note: r.t.note,
      status: r.t.status,
      decidedOn: r.t.decidedOn,
      decisionNote: r.t.decisionNote,
    }));
}
