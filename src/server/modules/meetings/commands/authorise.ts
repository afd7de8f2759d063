import type { Actor } from '../../../core/actor';
import { forbidden } from '../../../core/errors';
import { canManageMeeting, isStandingOf, type MeetingRef } from '../policy';
import type { MeetingRow } from '../queries';
import type { MeetingType } from '../schema';

type CommuneRef = { id: string; path: string };

export const meetingRef = (type: MeetingType, village: { path: string } | null): MeetingRef => ({
  type,
  villagePath: village?.path ?? null,
});

/** The commune and the reference (type, village) that decide who manages a stored meeting. */
export const refsOf = (row: MeetingRow) => ({
  commune: { id: row.meeting.communeId, path: row.communePath },
  ref: meetingRef(row.meeting.type, row.villagePath ? { path: row.villagePath } : null),
});

/**
 * 403 with the field that makes the difference, for a village head asking for more than their village's voter contact.
 */
export function requireManage(actor: Actor, commune: CommuneRef, ref: MeetingRef): void {
  if (canManageMeeting(actor, commune, ref)) return;
  const villageLead = actor.grants.some((g) => g.role === 'village_lead' && g.communeId === commune.id);
  if (!villageLead || isStandingOf(actor, commune)) throw forbidden();
  if (ref.type !== 'voter_contact')
    throw forbidden({ type: 'Trưởng ban công tác Mặt trận thôn chỉ lập hội nghị tiếp xúc cử tri.' });
  throw forbidden({ villageId: 'Chọn thôn của mình: hội nghị tiếp xúc cử tri tại thôn.' });
}

/** Manage rights on a stored meeting. */
export function requireManageMeeting(actor: Actor, row: MeetingRow) {
  const { commune, ref } = refsOf(row);
  requireManage(actor, commune, ref);
  return commune;
}
