import { todayVn } from '../../../lib/dates';
import { AGENCY_LABELS, agencyText, FIELD_LABELS, NEXT_STATUS, SOURCE_LABELS, STATUS_LABELS } from './labels';
import type { petitionHistory } from './queries';
import type { Petition } from './schema';

type Row = {
  petition: Petition;
  villageName: string | null;
  meetingTitle: string | null;
  closedMeetingTitle?: string | null;
};

export const isOverdue = (p: Petition, today = todayVn()) =>
  p.dueDate !== null && p.dueDate < today && (p.status === 'received' || p.status === 'forwarded');

/**
 * A petition for staff. The sender's contact and address only when `withSubmitter` (policy
 * `canSeeSubmitter`): others see that a petition has a sender, not how to reach them.
 */
export function presentPetition(r: Row, withSubmitter: boolean) {
  const p = r.petition;
  return {
    id: p.id,
    code: p.code,
    communeId: p.communeId,
    villageId: p.villageId,
    villageName: r.villageName,
    meetingId: p.meetingId,
    meetingTitle: r.meetingTitle,
    source: p.source,
    sourceLabel: SOURCE_LABELS[p.source],
    content: p.content,
    field: p.field,
    fieldLabel: FIELD_LABELS[p.field],
    agency: p.agency,
    agencyLabel: AGENCY_LABELS[p.agency],
    agencyName: p.agencyName,
    agencyText: agencyText(p.agency, p.agencyName),
    dueDate: p.dueDate,
    overdue: isOverdue(p),
    status: p.status,
    statusLabel: STATUS_LABELS[p.status],
    nextStatus: NEXT_STATUS[p.status],
    receivedAt: p.receivedAt,
    submitterName: withSubmitter ? p.submitterName : null,
    submitterContact: withSubmitter ? p.submitterContact : null,
    submitterAddress: withSubmitter ? p.submitterAddress : null,
    hasSubmitter: Boolean(p.submitterName || p.submitterContact || p.submitterAddress),
    forwardedAt: p.forwardedAt,
    forwardDocument: p.forwardDocument,
    answer: p.answer,
    answerDocument: p.answerDocument,
    answeredAt: p.answeredAt,
    answerPublic: p.answerPublic,
    closedAt: p.closedAt,
    closedMeetingId: p.closedMeetingId,
    closedMeetingTitle: r.closedMeetingTitle ?? null,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export const presentEvent = (r: Awaited<ReturnType<typeof petitionHistory>>[number]) => ({
  id: r.event.id,
  fromStatus: r.event.fromStatus,
  toStatus: r.event.toStatus,
  statusLabel: STATUS_LABELS[r.event.toStatus],
  date: r.event.date,
  note: r.event.note,
  document: r.event.document,
  meetingId: r.event.meetingId,
  meetingTitle: r.meetingTitle,
  meetingDate: r.meetingDate,
  actorId: r.event.actorId,
  actorName: r.actorName ?? (r.event.actorId ? null : 'Hệ thống / cổng thông tin'),
  at: r.event.at,
});
