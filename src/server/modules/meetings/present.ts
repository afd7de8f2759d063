import type { Actor } from '../../core/actor';
import { refsOf } from './commands/authorise';
import { MEETING_STATUS_LABELS, MEETING_TYPE_LABELS } from './labels';
import type { MeetingDetail } from './lookup';
import { canManageMeeting, canTurnIntoTask } from './policy';
import type { ConclusionRow, MeetingRow } from './queries';
import type { MeetingDelegate } from './schema';

export function presentMeeting(r: MeetingRow) {
  const m = r.meeting;
  return {
    id: m.id,
    communeId: m.communeId,
    communeName: r.communeName,
    villageId: m.villageId,
    villageName: r.villageName,
    type: m.type,
    typeLabel: MEETING_TYPE_LABELS[m.type],
    title: m.title,
    date: m.date,
    startTime: m.startTime,
    place: m.place,
    chair: m.chair,
    chairTitle: m.chairTitle,
    secretary: m.secretary,
    agenda: m.agenda,
    status: m.status,
    statusLabel: MEETING_STATUS_LABELS[m.status],
    expectedCount: m.expectedCount,
    presentCount: m.presentCount,
    minutes: m.minutes,
    invitationNumber: r.invitationNumber,
    invitationDate: r.invitationDate,
    minutesNumber: r.minutesNumber,
    minutesDate: r.minutesDate,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

/** A row of the list, with how many delegates were invited and attended. */
export function presentMeetingListItem(r: MeetingRow, counts?: { invited: number; attended: number }) {
  return { ...presentMeeting(r), delegatesInvited: counts?.invited ?? 0, delegatesAttended: counts?.attended ?? 0 };
}

export const presentDelegate = (d: MeetingDelegate) => ({
  id: d.id,
  position: d.position,
  name: d.name,
  title: d.title,
  organization: d.organization,
  organizationId: d.organizationId,
  userId: d.userId,
  attended: d.attended,
});

export function presentConclusion(c: ConclusionRow) {
  const k = c.conclusion;
  return {
    id: k.id,
    position: k.position,
    text: k.text,
    taskId: k.taskId,
    task: k.taskId
      ? {
          id: k.taskId,
          title: c.taskTitle,
          status: c.taskStatus,
          deadline: c.taskDeadline,
          campaignId: c.taskCampaignId,
          campaignName: c.taskCampaignName,
          ownerOrganizationId: c.taskOwnerOrganizationId,
          ownerOrganizationName: c.taskOwnerOrganizationName,
        }
      : null,
  };
}

/**
 * What the reader may do with this meeting, from the policy and the lifecycle rules (rules.ts): edit
 * while not cancelled and the minutes are not issued; issue the invitation once, before it is cancelled;
 * issue the minutes once the meeting is held.
 */
export function meetingCan(actor: Actor, r: MeetingRow) {
  const { commune, ref } = refsOf(r);
  const manage = canManageMeeting(actor, commune, ref);
  const m = r.meeting;
  return {
    edit: manage && !m.minutesDocId,
    recordAttendance: manage && m.status !== 'cancelled' && !m.minutesDocId,
    issueInvitation: manage && !m.invitationDocId && m.status !== 'cancelled',
    issueMinutes: manage && !m.minutesDocId && m.status === 'held',
    turnIntoTask: canTurnIntoTask(actor, commune) && m.status === 'held',
  };
}

/** The full meeting: delegates, conclusions with their tasks, document numbers, and what the reader may do. */
export function presentMeetingDetail(actor: Actor, d: MeetingDetail) {
  const { commune, ref } = refsOf(d.row);
  return {
    ...presentMeeting(d.row),
    delegates: d.delegates.map(presentDelegate),
    conclusions: d.conclusions.map(presentConclusion),
    canManage: canManageMeeting(actor, commune, ref),
    canTurnIntoTask: canTurnIntoTask(actor, commune),
    can: meetingCan(actor, d.row),
  };
}

/** What the audit row keeps of a meeting and its lists. */
export function auditMeeting(
  r: { meeting: MeetingRow['meeting'] },
  delegates?: MeetingDelegate[],
  conclusions?: { id: string; text: string; taskId: string | null }[],
) {
  const m = r.meeting;
  return {
    ...m,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    ...(delegates && { delegates: delegates.map(presentDelegate) }),
    ...(conclusions && { conclusions: conclusions.map((c) => ({ id: c.id, text: c.text, taskId: c.taskId })) }),
  };
}
