import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import { canReadCommune } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { findMeetingRow } from '../meetings/queries';
import { findUnit } from '../units/queries';
import type { Unit } from '../units/schema';
import { petitionReadRoots } from './policy';
import { findPetitionInScope, petitionHistory, petitionRow } from './queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The petition when it lies in the caller's petition scope (in the WHERE clause); otherwise 404. */
export async function findPetitionVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  const found = UUID.test(id) ? await findPetitionInScope(db, petitionReadRoots(actor), id) : null;
  if (!found) throw field ? unknownReference(field, 'Kiến nghị') : notFound('Kiến nghị');
  return found;
}

/** The petition with its village, meetings and history, as the detail shows it. */
export async function findPetitionDetailVisibleTo(db: Queryable, actor: Actor, id: string) {
  await findPetitionVisibleTo(db, actor, id);
  const row = await petitionRow(db, id);
  if (!row) throw notFound('Kiến nghị');
  return { row, history: await petitionHistory(db, id) };
}

export type PetitionDetail = Awaited<ReturnType<typeof findPetitionDetailVisibleTo>>;

/** A commune the caller reads (404 naming `field` otherwise). */
export async function findCommuneVisibleTo(
  db: Queryable,
  actor: Actor,
  id: string,
  field = 'communeId',
): Promise<Unit> {
  const commune = await findUnit(db, id);
  if (commune?.level !== 'commune' || !canReadCommune(actor, commune)) throw unknownReference(field, 'Xã');
  return commune;
}

/** A meeting of this commune named in a request (404 naming `meetingId` otherwise); null when none is named. */
export async function meetingOfCommune(db: Queryable, communeId: string, meetingId: string | null | undefined) {
  if (!meetingId) return null;
  const meeting = await findMeetingRow(db, meetingId);
  if (!meeting || meeting.communeId !== communeId) throw unknownReference('meetingId', 'Hội nghị');
  return meeting;
}
