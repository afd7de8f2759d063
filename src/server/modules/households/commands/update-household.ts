import { eq } from 'drizzle-orm';
import { foldVietnamese } from '../../../../lib/vi-text';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { blankToNull } from '../fields';
import { findHouseholdVisibleTo, findVillageWritableBy } from '../lookup';
import { canWriteHousehold } from '../policy';
import { auditHousehold } from '../present';
import { findHousehold } from '../queries';
import { households } from '../schema';
import type { CommandContext } from '../../../core/command';

export type UpdateHouseholdInput = {
  villageId?: string;
  headName?: string;
  members?: number | null;
  address?: string | null;
  phone?: string | null;
};

export const erasedConflict = () =>
  conflict('household_erased', 'Hộ này đã được xóa thông tin cá nhân, không sửa được nữa.');

/** Edits the registry fields; a move to another village stays inside the commune; `null` clears an optional field. */
export async function updateHousehold({ db, actor, meta }: CommandContext, id: string, input: UpdateHouseholdInput) {
  const before = await findHouseholdVisibleTo(db, actor, id);
  if (!canWriteHousehold(actor, before)) throw forbidden();
  let village: Unit | undefined;
  if (input.villageId && input.villageId !== before.villageId) {
    village = await findVillageWritableBy(db, actor, input.villageId);
    if (village.communeId !== before.communeId)
      throw invalid({ villageId: 'Chỉ chuyển hộ sang thôn khác trong cùng xã.' });
  }
  if (before.erasedAt) throw erasedConflict();
  const address = blankToNull(input.address);
  const phone = blankToNull(input.phone);
  return db.transaction(async (tx) => {
    await tx
      .update(households)
      .set({
        ...(village && { villageId: village.id, unitPath: village.path }),
        ...(input.headName !== undefined && {
          headName: input.headName,
          headNameFolded: foldVietnamese(input.headName),
        }),
        ...(input.members !== undefined && { members: input.members }),
        ...(address !== undefined && { address }),
        ...(phone !== undefined && { phone }),
        updatedAt: new Date(),
      })
      .where(eq(households.id, before.id));
    const after = await findHousehold(tx, before.id);
    if (!after) throw new Error('update lost the row');
    await recordAudit(tx, meta, {
      action: 'household.update',
      entity: 'household',
      entityId: before.id,
      communeId: before.communeId,
      scopePath: after.unitPath,
      before: auditHousehold(before),
      after: auditHousehold(after),
    });
    return after;
  });
}
