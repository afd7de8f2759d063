import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { auditMeeting } from '../present';
import { meetingConclusions, meetingDelegates, meetings } from '../schema';
import type { DelegateInput, MeetingFields } from './types';

/** The commune, village, organisations and users have been checked against the actor by the caller. */
export async function createMeeting(
  db: Db,
  meta: RequestMeta,
  commune: { id: string; path: string },
  input: MeetingFields,
  delegates: DelegateInput[],
  conclusions: string[],
) {
  return db.transaction(async (tx) => {
    const [meeting] = await tx
      .insert(meetings)
      .values({ communeId: commune.id, createdBy: meta.actorId, ...input })
      .returning();
    if (!meeting) throw new Error('insert returned nothing');
    const ds = delegates.length
      ? await tx
          .insert(meetingDelegates)
          .values(delegates.map(({ id: _id, ...d }, i) => ({ ...d, meetingId: meeting.id, position: i + 1 })))
          .returning()
      : [];
    const cs = conclusions.length
      ? await tx
          .insert(meetingConclusions)
          .values(conclusions.map((text, i) => ({ meetingId: meeting.id, position: i + 1, text })))
          .returning()
      : [];
    await recordAudit(tx, meta, {
      action: 'meeting.create',
      entity: 'meeting',
      entityId: meeting.id,
      communeId: commune.id,
      scopePath: input.unitPath,
      after: auditMeeting({ meeting }, ds, cs),
    });
    return meeting;
  });
}
