import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { notFound } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { auditMeeting } from '../present';
import { delegatesOf, lockMeeting } from '../queries';
import { checkNotFrozen, checkTransition, delegatesDiffer } from '../rules';
import { meetings } from '../schema';
import { syncDelegates } from './sync-delegates';
import type { DelegateInput, MeetingFields } from './types';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Changes a meeting's details, status (planned → held | cancelled), minutes text, counts and invited
 * delegates, under the lifecycle rules (rules.ts) checked against the locked row.
 */
export async function updateMeeting(
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
    const attendanceChanged =
      delegates?.some((d) => d.attended !== null && d.id && current.find((c) => c.id === d.id)?.attended !== d.attended);
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
