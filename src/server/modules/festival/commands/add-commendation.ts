import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import { isWithin } from '../../../core/scope';
import { recordAudit } from '../../audit/record-audit';
import { householdRefById } from '../../households/figures';
import { findFestivalVisibleTo } from '../lookup';
import { canManageFestival } from '../policy';
import { REPORT_ISSUED } from '../rules';
import { type CommendationKind, festivalCommendations } from '../schema';

export type AddCommendationInput = {
  kind: CommendationKind;
  name: string;
  reason: string;
  householdId?: string | null;
};

/**
 * Adds a household or a person to the festival's commended list. A household may be linked to the registry; it must
 * then live in the festival's village.
 */
export async function addCommendation(
  { db, actor, meta }: CommandContext,
  festivalId: string,
  input: AddCommendationInput,
) {
  return db.transaction(async (tx) => {
    const { festival, commune, village } = await findFestivalVisibleTo(tx, actor, festivalId, true);
    if (!canManageFestival(actor, commune, village.path)) throw forbidden();
    if (festival.documentId) throw conflict('report_issued', REPORT_ISSUED);
    if (input.householdId) {
      if (input.kind !== 'household')
        throw invalid({ householdId: 'Chỉ gắn hộ trong danh sách hộ khi khen thưởng hộ.' });
      const h = await householdRefById(tx, input.householdId, [village.path]);
      if (!h || h.erasedAt || !isWithin(h.unitPath, village.path)) throw unknownReference('householdId', 'Hộ gia đình');
    }
    const [row] = await tx
      .insert(festivalCommendations)
      .values({
        festivalId: festival.id,
        communeId: festival.communeId,
        kind: input.kind,
        name: input.name,
        reason: input.reason,
        householdId: input.householdId ?? null,
        createdBy: meta.actorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'festival_commendation.add',
      entity: 'festival_commendation',
      entityId: row.id,
      communeId: festival.communeId,
      scopePath: festival.unitPath,
      after: { festivalId: festival.id, kind: row.kind, name: row.name, reason: row.reason },
    });
    return row;
  });
}
