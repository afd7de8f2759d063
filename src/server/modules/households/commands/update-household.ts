import { eq } from 'drizzle-orm';
import { foldVietnamese } from '../../../../lib/vi-text';
import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { auditHousehold } from '../present';
import { findHousehold, type HouseholdWithCategories } from '../queries';
import { households } from '../schema';

export type UpdateHouseholdInput = {
  village?: Unit;
  headName?: string;
  members?: number | null;
  address?: string | null;
  phone?: string | null;
};

export const erasedConflict = () =>
  conflict('household_erased', 'Hộ này đã được xóa thông tin cá nhân, không sửa được nữa.');

/** Edits the registry fields; a move to another village stays inside the commune (checked by the caller). */
export async function updateHousehold(
  db: Db,
  meta: RequestMeta,
  before: HouseholdWithCategories,
  input: UpdateHouseholdInput,
) {
  if (before.erasedAt) throw erasedConflict();
  return db.transaction(async (tx) => {
    await tx
      .update(households)
      .set({
        ...(input.village && { villageId: input.village.id, unitPath: input.village.path }),
        ...(input.headName !== undefined && {
          headName: input.headName,
          headNameFolded: foldVietnamese(input.headName),
        }),
        ...(input.members !== undefined && { members: input.members }),
        ...(input.address !== undefined && { address: input.address }),
        ...(input.phone !== undefined && { phone: input.phone }),
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
