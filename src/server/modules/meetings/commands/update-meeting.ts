import type { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { notFound } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { patchBody } from '../fields';
import { findMeetingVisibleTo, resolveDelegates, villageOf } from '../lookup';
import { auditMeeting } from '../present';
import { delegatesOf, lockMeeting } from '../queries';
import { checkNotFrozen, checkTransition, delegatesDiffer } from '../rules';
import { meetings } from '../schema';
import { syncDelegates } from './sync-delegates';
import { meetingRef, requireManage, requireManageMeeting } from './authorise';
import { orNull, type DelegateInput, type MeetingFields } from './types';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const optional = (v: string | null | undefined) => (v === undefined ? undefined : orNull(v));

/**
 * Sửa hội nghị: the caller must manage the meeting as it is and as it would be (a village head cannot
 * move their voter contact to another village or turn it into another type).
 */
export async function updateMeeting(ctx: CommandContext, input: { id: string } & z.infer<typeof patchBody>) {
  const { db, actor } = ctx;
  const { id, ...body } = input;
  const row = await findMeetingVisibleTo(db, actor, id);
  const m = row.meeting;
  const commune = requireManageMeeting(actor, row);
  const village = await villageOf(db, commune, body.villageId === undefined ? m.villageId : body.villageId);
  requireManage(actor, commune, meetingRef(body.type ?? m.type, village));
  const delegates = body.delegates === undefined ? undefined : await resolveDelegates(db, commune, body.delegates);
  const changes: Partial<MeetingFields> = {
    type: body.type,
    title: body.title,
    date: body.date,
    startTime: body.startTime === undefined ? undefined : (body.startTime ?? null),
    place: optional(body.place),
    chair: optional(body.chair),
    chairTitle: optional(body.chairTitle),
    secretary: optional(body.secretary),
    agenda: body.agenda,
    status: body.status,
    expectedCount: body.expectedCount === undefined ? undefined : (body.expectedCount ?? null),
    presentCount: body.presentCount === undefined ? undefined : (body.presentCount ?? null),
    minutes: optional(body.minutes),
    villageId: body.villageId === undefined ? undefined : (village?.id ?? null),
    unitPath: village?.path ?? commune.path,
  };
  return writeChanges(db, ctx.meta, m.id, changes, delegates, {
    invitation: row.invitationNumber,
    minutes: row.minutesNumber,
  });
}

/**
 * Changes a meeting's details, status (planned → held | cancelled), minutes text, counts and invited
 * delegates, under the lifecycle rules (rules.ts) checked against the locked row.
 */
async function writeChanges(
  db: Db,
  meta: RequestMeta,
  id: string,
  changes: Partial<MeetingFields>,
  delegates: DelegateInput[] | undefined,
  numbers: { invitation: string | null; minutes: string | null },
) {
  return db.transaction(async (tx) => {
    const before = await lockMeeting(tx, id);
    if (!before) throw notFound('Hội nghị');
    const current = await delegatesOf(tx, id);
    const changed = (Object.keys(changes) as (keyof MeetingFields)[]).filter(
      (k) => k !== 'unitPath' && changes[k] !== undefined && !same(changes[k], before[k]),
    );
    const delegatesChanged = delegates !== undefined && delegatesDiffer(current, delegates);
    const attendanceChanged = delegates?.some(
      (d) => d.attended !== null && d.id && current.find((c) => c.id === d.id)?.attended !== d.attended,
    );
    if (changes.status) checkTransition(before.status, changes.status);
    checkNotFrozen(
      before,
      [...changed, ...(delegatesChanged ? ['delegates'] : []), ...(attendanceChanged ? ['attendance'] : [])],
      numbers.invitation,
      numbers.minutes,
    );
    const set = Object.fromEntries(changed.map((k) => [k, changes[k]]));
    if (changed.includes('villageId')) set.unitPath = changes.unitPath;
    const [after] = await tx
      .update(meetings)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(meetings.id, id))
      .returning();
    if (!after) throw new Error('update returned nothing');
    const ds =
      delegates !== undefined && (delegatesChanged || attendanceChanged)
        ? await syncDelegates(tx, id, current, delegates)
        : current;
    await recordAudit(tx, meta, {
      action:
        changes.status && changes.status !== before.status
          ? `meeting.${changes.status === 'held' ? 'hold' : 'cancel'}`
          : 'meeting.update',
      entity: 'meeting',
      entityId: id,
      communeId: after.communeId,
      scopePath: after.unitPath,
      before: auditMeeting({ meeting: before }, current),
      after: auditMeeting({ meeting: after }, ds),
    });
    return after;
  });
}
