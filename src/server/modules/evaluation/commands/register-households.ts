import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import { recordAuditMany } from '../../audit/record-audit';
import { householdRefsByIds, villageHouseholdRefs } from '../../households/figures';
import { communeOf, findUnitVisibleTo } from '../lookup';
import { canEvaluateVillage } from '../policy';
import { meetingOf } from '../queries';
import { evaluationRegistrations } from '../schema';

export type RegisterInput = { villageId: string; year: number; registeredOn: string; householdIds?: string[] };

/**
 * Registers households of a village for the year's evaluation (đăng ký xây dựng gia đình văn hóa): the listed ones, or
 * every household of the village. A household registers once a year: those already registered are counted, not
 * written again. Closed once the village's meeting was confirmed.
 */
export async function registerHouseholds({ db, actor, meta }: CommandContext, input: RegisterInput) {
  const village = await findUnitVisibleTo(db, actor, input.villageId, 'village', 'villageId');
  if (!canEvaluateVillage(actor, village.path))
    throw forbidden({ villageId: 'Bạn không được đăng ký hộ cho thôn này.' });
  if (Number(input.registeredOn.slice(0, 4)) !== input.year)
    throw invalid({ registeredOn: `Ngày đăng ký phải trong năm ${input.year}.` });
  const meeting = await meetingOf(db, village.id, input.year);
  if (meeting?.confirmedOn)
    throw conflict('evaluation_locked', 'Danh sách năm này đã được xã xác nhận.', {
      villageId: 'Danh sách năm này đã được xã xác nhận.',
    });
  const commune = await communeOf(db, village);
  let ids: string[];
  if (input.householdIds) {
    const refs = await householdRefsByIds(db, input.householdIds);
    for (const [i, id] of input.householdIds.entries()) {
      const h = refs.get(id);
      if (!h || h.villageId !== village.id || h.erasedAt)
        throw unknownReference(`householdIds.${i}`, 'Hộ gia đình của thôn');
    }
    ids = [...new Set(input.householdIds)];
  } else ids = (await villageHouseholdRefs(db, village.id)).map((h) => h.id);
  return db.transaction(async (tx) => {
    const rows = ids.length
      ? await tx
          .insert(evaluationRegistrations)
          .values(
            ids.map((householdId) => ({
              communeId: commune.id,
              villageId: village.id,
              unitPath: village.path,
              householdId,
              year: input.year,
              registeredOn: input.registeredOn,
              createdBy: meta.actorId,
            })),
          )
          .onConflictDoNothing()
          .returning()
      : [];
    await recordAuditMany(
      tx,
      meta,
      rows.map((r) => ({
        action: 'evaluation.register' as const,
        entity: 'evaluation_registration',
        entityId: r.id,
        communeId: r.communeId,
        scopePath: r.unitPath,
        after: { householdId: r.householdId, year: r.year, registeredOn: r.registeredOn },
      })),
    );
    return { registered: rows.length, already: ids.length - rows.length };
  });
}
