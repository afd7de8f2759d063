import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { communeOf, findMeetingVisibleTo, findUnitVisibleTo } from '../lookup';
import { canEvaluateVillage } from '../policy';
import { registrationsOf } from '../queries';
import { evaluationMeetings, evaluationRegistrations, type HouseholdResult } from '../schema';

export type MeetingInput = {
  heldOn: string;
  place: string;
  attendance: number;
  chairName: string;
  secretaryName: string;
  note?: string | null;
  results: { householdId: string; result: HouseholdResult }[];
};

const LOCKED = 'Danh sách đã được xã xác nhận; không sửa được kết quả bình xét.';

/**
 * Records the village meeting of a year (POST: the first time; PATCH: corrections until the commune confirms) and
 * the result it gave each registered household — the meeting row, the results and the audit row in one transaction.
 * A result names a household registered in the village for that year.
 */
export async function saveMeeting(
  { db, actor, meta }: CommandContext,
  input: MeetingInput & ({ villageId: string; year: number } | { id: string }),
) {
  const found =
    'id' in input
      ? await findMeetingVisibleTo(db, actor, input.id)
      : await (async () => {
          const village = await findUnitVisibleTo(db, actor, input.villageId, 'village', 'villageId');
          return { meeting: null, village, commune: await communeOf(db, village) };
        })();
  const { village, commune } = found;
  const year = found.meeting?.year ?? ('year' in input ? input.year : 0);
  if (!canEvaluateVillage(actor, village.path))
    throw forbidden({ villageId: 'Bạn không được ghi kết quả bình xét của thôn này.' });
  if (Number(input.heldOn.slice(0, 4)) !== year) throw invalid({ heldOn: `Ngày họp phải trong năm ${year}.` });
  const registered = new Map((await registrationsOf(db, village.id, year)).map((r) => [r.registration.householdId, r]));
  const seen = new Set<string>();
  for (const [i, r] of input.results.entries()) {
    const field = `results.${i}.householdId`;
    if (!registered.has(r.householdId)) throw invalid({ [field]: 'Hộ chưa đăng ký năm này ở thôn.' });
    if (seen.has(r.householdId)) throw invalid({ [field]: 'Hộ có hai kết quả.' });
    seen.add(r.householdId);
  }
  return db.transaction(async (tx) => {
    // Read again on the locked row: a confirmation committed meanwhile locks the list.
    const before = found.meeting ? (await findMeetingVisibleTo(tx, actor, found.meeting.id, true)).meeting : null;
    if (before?.confirmedOn) throw conflict('evaluation_locked', LOCKED, { results: LOCKED });
    const values = {
      heldOn: input.heldOn,
      place: input.place,
      attendance: input.attendance,
      chairName: input.chairName,
      secretaryName: input.secretaryName,
      note: input.note ?? null,
    };
    let meeting: typeof evaluationMeetings.$inferSelect | undefined;
    if (before) {
      [meeting] = await tx
        .update(evaluationMeetings)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(evaluationMeetings.id, before.id))
        .returning();
    } else {
      [meeting] = await tx
        .insert(evaluationMeetings)
        .values({
          ...values,
          communeId: commune.id,
          villageId: village.id,
          unitPath: village.path,
          year,
          createdBy: meta.actorId,
        })
        .onConflictDoNothing()
        .returning();
      if (!meeting)
        throw conflict('evaluation_locked', `Thôn đã có hội nghị bình xét năm ${year}; hãy sửa hội nghị đó.`, {
          villageId: `Thôn đã có hội nghị bình xét năm ${year}.`,
        });
    }
    if (!meeting) throw new Error('meeting not written');
    for (const result of ['passed', 'failed', 'exemplary'] as const) {
      const ids = input.results.filter((r) => r.result === result).map((r) => r.householdId);
      if (ids.length === 0) continue;
      await tx
        .update(evaluationRegistrations)
        .set({ result, meetingId: meeting.id })
        .where(
          and(
            eq(evaluationRegistrations.villageId, village.id),
            eq(evaluationRegistrations.year, year),
            inArray(evaluationRegistrations.householdId, ids),
          ),
        );
    }
    await recordAudit(tx, meta, {
      action: 'evaluation_meeting.save',
      entity: 'evaluation_meeting',
      entityId: meeting.id,
      communeId: commune.id,
      scopePath: village.path,
      before: before ?? undefined,
      after: { ...meeting, results: input.results },
    });
    return meeting;
  });
}
