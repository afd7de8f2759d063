import { MEETING_STATUS_LABELS, MEETING_TYPE_LABELS } from './labels';
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

/** The full meeting: delegates, conclusions with their tasks, document numbers, and what the reader may do. */
export function presentMeetingDetail(
  r: MeetingRow,
  delegates: MeetingDelegate[],
  conclusions: ConclusionRow[],
  rights: { canManage: boolean; canTurnIntoTask: boolean },
) {
  return {
    ...presentMeeting(r),
    delegates: delegates.map(presentDelegate),
    conclusions: conclusions.map(presentConclusion),
    ...rights,
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
