import type { Actor } from '../../core/actor';
import { forbidden, notFound, unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { findUnit } from '../units/queries';
import type { DelegateInput } from './commands/types';
import type { DelegateBody } from './fields';
import { canManageMeeting, canReadMeetings, isStandingOf, type MeetingRef } from './policy';
import { findMeeting, organizationsOfCommune, usersOfCommune } from './queries';
import type { MeetingType } from './schema';

type CommuneRef = { id: string; path: string };

/** The meeting when the actor may read its commune; otherwise 404 (no hint that it exists). */
export async function readableMeeting(db: Queryable, actor: Actor, id: string) {
  const row = await findMeeting(db, id);
  if (!row || !canReadMeetings(actor, { id: row.meeting.communeId, path: row.communePath })) throw notFound('Hội nghị');
  return { row, commune: { id: row.meeting.communeId, path: row.communePath } };
}

/** A village of this commune (404 naming `villageId` otherwise); null for a commune-level meeting. */
export async function villageOf(db: Queryable, commune: CommuneRef, villageId: string | null | undefined) {
  if (!villageId) return null;
  const v = await findUnit(db, villageId);
  if (v?.level !== 'village' || v.communeId !== commune.id) throw unknownReference('villageId', 'Thôn');
  return v;
}

/** 403 with the field that makes the difference, for a village head asking for more than their village's voter contact. */
export function requireManage(actor: Actor, commune: CommuneRef, ref: MeetingRef): void {
  if (canManageMeeting(actor, commune, ref)) return;
  const villageLead = actor.grants.some((g) => g.role === 'village_lead' && g.communeId === commune.id);
  if (!villageLead || isStandingOf(actor, commune)) throw forbidden();
  if (ref.type !== 'voter_contact')
    throw forbidden({ type: 'Trưởng ban công tác Mặt trận thôn chỉ lập hội nghị tiếp xúc cử tri.' });
  throw forbidden({ villageId: 'Chọn thôn của mình: hội nghị tiếp xúc cử tri tại thôn.' });
}

/**
 * Delegates as stored: the organisation named by id must be of this commune, the user one who works in
 * or above it (404 naming `delegates.N.organizationId` / `.userId`); the name and organisation fall
 * back on the user's full name and the organisation's name.
 */
export async function resolveDelegates(
  db: Queryable,
  commune: CommuneRef,
  list: DelegateBody[],
): Promise<DelegateInput[]> {
  const orgIds = [...new Set(list.map((d) => d.organizationId).filter((x): x is string => !!x))];
  const userIds = [...new Set(list.map((d) => d.userId).filter((x): x is string => !!x))];
  const orgs = await organizationsOfCommune(db, commune.id, orgIds);
  const people = await usersOfCommune(db, commune, userIds);
  return list.map((d, i) => {
    const org = d.organizationId ? orgs.get(d.organizationId) : undefined;
    if (d.organizationId && !org) throw unknownReference(`delegates.${i}.organizationId`, 'Tổ chức');
    const userName = d.userId ? people.get(d.userId) : undefined;
    if (d.userId && userName === undefined) throw unknownReference(`delegates.${i}.userId`, 'Người dùng');
    return {
      ...(d.id && { id: d.id }),
      name: d.name || (userName as string),
      title: d.title || null,
      organization: d.organization || org?.name || null,
      organizationId: d.organizationId ?? null,
      userId: d.userId ?? null,
      attended: d.attended ?? null,
    };
  });
}

export const meetingRef = (type: MeetingType, village: { path: string } | null): MeetingRef => ({
  type,
  villagePath: village?.path ?? null,
});
