import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { listBranches, memberCounts } from '../members/queries';
import { currentChildren, listOrganizations } from '../units/queries';
import type { Unit } from '../units/schema';
import { presentWarnings, warningsFor } from './present';
import { bodiesOfCommune, seatsOf } from './queries';
import type { RosterIssue } from './rules';
import type { Body, BodyMember } from './schema';

type Summary = {
  id: string;
  kind: Body['kind'];
  name: string;
  project: string | null;
  termFrom: number;
  termTo: number;
  head: string | null;
  members: number;
  warnings: string[];
  issues: RosterIssue[];
};

/**
 * The commune's front as one picture (the org chart): its committee and standing committee, the organisations
 * with their heads (the committee member who represents each), branches and members, each village with its Ban
 * công tác Mặt trận and branches, and the boards. Every part is read in the actor's scope: a village head sees
 * the commune's bodies and their own village, not the neighbours' boards.
 */
export async function frontStructure(db: Queryable, actor: Actor, commune: Unit, asOf: string) {
  const [all, villages, orgs, branchRows, counts] = await Promise.all([
    bodiesOfCommune(db, actor, commune.id, {}),
    currentChildren(db, commune.id),
    listOrganizations(db, actor, commune.id),
    listBranches(db, actor, undefined, commune.id),
    memberCounts(db, actor, commune.path, asOf, undefined, commune.id),
  ]);
  const seats = await seatsOf(
    db,
    all.map((b) => b.id),
  );
  const sitting = (b: Body) => seats.filter((s) => s.bodyId === b.id && s.untilDate === null);
  const summary = (b: Body): Summary => {
    const roster = sitting(b);
    const lead = roster.find((s) => s.position === 'chair' || s.position === 'head');
    return {
      id: b.id,
      kind: b.kind,
      name: b.name,
      project: b.project,
      termFrom: b.termFrom,
      termTo: b.termTo,
      head: lead?.fullName ?? null,
      members: roster.length,
      ...presentWarnings(warningsFor(actor, b, roster, villages)),
    };
  };
  const one = (kind: Body['kind']) => all.find((b) => b.kind === kind);
  const committee = one('committee');
  const committeeSeats: BodyMember[] = committee ? sitting(committee) : [];
  const membersOf = new Map(counts.byOrganization.map((o) => [o.organizationId, o.members]));
  return {
    commune: { id: commune.id, name: commune.name, code: commune.code },
    asOf,
    committee: committee ? summary(committee) : null,
    standing: one('standing') ? summary(one('standing') as Body) : null,
    organizations: orgs.map(({ org }) => {
      const head =
        committeeSeats.find((s) => s.organizationId === org.id && s.position === 'vice_chair') ??
        committeeSeats.find((s) => s.organizationId === org.id);
      return {
        id: org.id,
        name: org.name,
        shortName: org.shortName,
        head: head ? { fullName: head.fullName, title: head.title } : null,
        branches: branchRows.filter((b) => b.organizationId === org.id).length,
        members: membersOf.get(org.id) ?? 0,
      };
    }),
    villages: villages.map((v) => {
      const board = all.find((b) => b.kind === 'village_board' && b.unitId === v.id);
      return {
        id: v.id,
        name: v.name,
        board: board ? summary(board) : null,
        branches: branchRows
          .filter((b) => b.villageId === v.id)
          .map((b) => ({ id: b.id, name: b.name, organizationId: b.organizationId })),
      };
    }),
    boards: all.filter((b) => b.kind === 'people_inspection' || b.kind === 'investment_supervision').map(summary),
    totals: {
      people: counts.people,
      memberships: counts.memberships,
      committeeMembers: committeeSeats.length,
      villageBoardMembers: all.filter((b) => b.kind === 'village_board').reduce((n, b) => n + sitting(b).length, 0),
    },
  };
}
