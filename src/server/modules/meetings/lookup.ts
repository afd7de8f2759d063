import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { findUnit } from '../units/queries';
import { usersOfCommune } from '../users/queries';
import type { Unit } from '../units/schema';
import type { DelegateInput } from './commands/types';
import type { DelegateBody } from './fields';
import { canReadMeetings } from './policy';
import { conclusionsOf, delegatesOf, findMeetingInScope, type MeetingRow, organizationsOfCommune } from './queries';

type CommuneRef = { id: string; path: string };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The meeting when it lies in the caller's scope (the scope is in the WHERE clause); otherwise 404,
 * naming `field` when the id came in a request body (no hint that it exists elsewhere).
 */
export async function findMeetingVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  const row = UUID.test(id) ? await findMeetingInScope(db, actor, id) : null;
  if (!row) throw field ? unknownReference(field, 'Hội nghị') : notFound('Hội nghị');
  return row;
}

/** The meeting with its delegates and conclusions, as the detail page shows it. */
export async function findMeetingDetailVisibleTo(db: Queryable, actor: Actor, id: string) {
  const row = await findMeetingVisibleTo(db, actor, id);
  return { row, delegates: await delegatesOf(db, id), conclusions: await conclusionsOf(db, id) };
}

export type MeetingDetail = { row: MeetingRow } & Omit<Awaited<ReturnType<typeof findMeetingDetailVisibleTo>>, 'row'>;

/** The commune of a new meeting, when the caller reads it (404 naming `communeId` otherwise). */
export async function findCommuneVisibleTo(db: Queryable, actor: Actor, id: string): Promise<Unit> {
  const commune = await findUnit(db, id);
  if (commune?.level !== 'commune' || !canReadMeetings(actor, commune)) throw unknownReference('communeId', 'Xã');
  return commune;
}

/** A village of this commune (404 naming `villageId` otherwise); null for a commune-level meeting. */
export async function villageOf(db: Queryable, commune: CommuneRef, villageId: string | null | undefined) {
  if (!villageId) return null;
  const v = await findUnit(db, villageId);
  if (v?.level !== 'village' || v.communeId !== commune.id) throw unknownReference('villageId', 'Thôn');
  return v;
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
