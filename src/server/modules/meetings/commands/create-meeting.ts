import type { z } from '@hono/zod-openapi';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { createBody } from '../fields';
import { findCommuneVisibleTo, resolveDelegates, villageOf } from '../lookup';
import { auditMeeting } from '../present';
import { meetingConclusions, meetingDelegates, meetings } from '../schema';
import { meetingRef, requireManage } from './authorise';
import { orNull, type DelegateInput, type MeetingFields } from './types';

/**
 * Lập hội nghị: the commune must be readable (404 naming `communeId`), the village one of its own;
 * the standing committee plans any meeting, a village head only a voter contact in their village (403
 * naming the field); delegates picked by id must belong with the commune.
 */
export async function createMeeting(ctx: CommandContext, body: z.infer<typeof createBody>) {
  const { db, actor } = ctx;
  const commune = await findCommuneVisibleTo(db, actor, body.communeId);
  const village = await villageOf(db, commune, body.villageId);
  requireManage(actor, commune, meetingRef(body.type, village));
  const delegates = await resolveDelegates(db, commune, body.delegates ?? []);
  const fields: MeetingFields = {
    type: body.type,
    title: body.title,
    date: body.date,
    startTime: body.startTime ?? null,
    place: orNull(body.place),
    chair: orNull(body.chair),
    chairTitle: orNull(body.chairTitle),
    secretary: orNull(body.secretary),
    agenda: body.agenda ?? [],
    status: body.status ?? 'planned',
    expectedCount: body.expectedCount ?? null,
    presentCount: body.presentCount ?? null,
    minutes: orNull(body.minutes),
    villageId: village?.id ?? null,
    unitPath: village?.path ?? commune.path,
  };
  return createMeetingUnchecked(db, ctx.meta, commune, fields, delegates, body.conclusions ?? []);
}

/** The write alone (the demo loader's door): commune, village, organisations and users checked by the caller. */
export async function createMeetingUnchecked(
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
