import { todayVn } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import { AGENCY_LABELS, agencyText, FIELD_LABELS, NEXT_STATUS, SOURCE_LABELS, STATUS_LABELS } from './labels';
import type { PetitionDetail } from './lookup';
import {
  canCreatePetition,
  canManagePetitions,
  canReadPetitionAt,
  canSeeSubmitter,
  canTransitionPetition,
  ledVillagePaths,
} from './policy';
import type { petitionHistory } from './queries';
import type { Petition } from './schema';

type Row = {
  petition: Petition;
  communePath?: string;
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

type ScopedRow = Row & { communePath: string };
const communeOf = (r: ScopedRow) => ({ id: r.petition.communeId, path: r.communePath });

/** A row of the staff list: the sender's contact only for those the policy lets reach back. */
export const presentPetitionFor = (actor: Actor, r: ScopedRow) =>
  presentPetition(r, canSeeSubmitter(actor, communeOf(r), r.petition.unitPath));

/** The petition as the actor may see it, with its history and what the actor may do next. */
export function presentPetitionDetail(actor: Actor, d: PetitionDetail) {
  const canTransition = canTransitionPetition(actor, communeOf(d.row));
  return {
    ...presentPetitionFor(actor, d.row),
    history: d.history.map(presentEvent),
    canTransition,
    can: { transition: canTransition && NEXT_STATUS[d.row.petition.status] !== null },
  };
}

type CommuneRef = { id: string; path: string };
type VillageRow = { id: string; name: string; path: string };

/** The form's options: the villages the actor may write for or read, the commune's meetings, and the actor's rights. */
type MeetingOption = { id: string; title: string; date: string; type: string };

export function presentOptions(actor: Actor, commune: CommuneRef, villages: VillageRow[], meetings: MeetingOption[]) {
  return {
    canCreate: canManagePetitions(actor, commune) || ledVillagePaths(actor, commune).length > 0,
    canManage: canManagePetitions(actor, commune),
    villages: villages
      .filter((v) => canCreatePetition(actor, commune, v.path) || canReadPetitionAt(actor, v.path))
      .map((v) => ({ id: v.id, name: v.name, canCreate: canCreatePetition(actor, commune, v.path) })),
    meetings,
  };
}
