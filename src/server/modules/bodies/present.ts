import type { Actor } from '../../core/actor';
import { canManageBody } from './policy';
import { kindNameVi, positionNameVi, rosterIssues, type RosterIssue, warningVi } from './rules';
import type { Body, BodyMember, BodySession } from './schema';

/**
 * What a sitting roster lacks (a Ban TTND short of members, a village without one), told to those who keep the
 * body; an ended term is history and warns of nothing.
 */
export function warningsFor(
  actor: Actor,
  b: Body,
  sitting: BodyMember[],
  villages: { id: string; name: string }[],
): RosterIssue[] {
  return canManageBody(actor, b) && !b.endedOn ? rosterIssues(b.kind, sitting, villages) : [];
}

/** The warnings as the API gives them: the Vietnamese sentences, and the same as data (`issues`). */
export const presentWarnings = (issues: RosterIssue[]) => ({ warnings: issues.map(warningVi), issues });

/** Domain rows → JSON. */
export const presentSeat = (m: BodyMember) => ({
  id: m.id,
  fullName: m.fullName,
  position: m.position,
  positionName: positionNameVi[m.position],
  title: m.title,
  personId: m.personId,
  organizationId: m.organizationId,
  villageId: m.villageId,
  fromDate: m.fromDate,
  untilDate: m.untilDate,
  endReason: m.endReason,
});

export const presentBody = (
  b: Body,
  extras: { unitName: string; members: BodyMember[]; issues: RosterIssue[]; canManage: boolean },
) => ({
  id: b.id,
  communeId: b.communeId,
  unitId: b.unitId,
  unitName: extras.unitName,
  kind: b.kind,
  kindName: kindNameVi[b.kind],
  name: b.name,
  project: b.project,
  termFrom: b.termFrom,
  termTo: b.termTo,
  electedOn: b.electedOn,
  electedMeetingId: b.electedMeetingId,
  previousId: b.previousId,
  endedOn: b.endedOn,
  members: extras.members.map(presentSeat),
  ...presentWarnings(extras.issues),
  canManage: extras.canManage,
});

type Mark = { memberId: string; fullName: string; present: boolean; reason: string | null };

export const presentSession = (s: BodySession, marks: Mark[]) => ({
  id: s.id,
  bodyId: s.bodyId,
  heldOn: s.heldOn,
  title: s.title,
  present: marks.filter((m) => m.present).length,
  absent: marks.filter((m) => !m.present).length,
  attendance: marks.map((m) => ({ memberId: m.memberId, fullName: m.fullName, present: m.present, reason: m.reason })),
});
