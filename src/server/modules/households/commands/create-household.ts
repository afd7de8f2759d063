import { randomUUID } from 'node:crypto';
import { foldVietnamese } from '../../../../lib/vi-text';
import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { auditHousehold } from '../present';
import { findHousehold } from '../queries';
import { householdYearCategories, households, type HouseholdCategory } from '../schema';

export type CategoryInput = { year: number; category: HouseholdCategory; decisionRef?: string | null };
export type CreateHouseholdInput = {
  headName: string;
  members?: number | null;
  address?: string | null;
  phone?: string | null;
  categories?: CategoryInput[];
};

/** The village has been checked (exists, is a village, the actor writes there) by the caller. */
export async function createHousehold(db: Db, meta: RequestMeta, village: Unit, input: CreateHouseholdInput) {
  return db.transaction(async (tx) => {
    const id = randomUUID();
    const communeId = village.communeId as string;
    await tx.insert(households).values({
      id,
      communeId,
      villageId: village.id,
      unitPath: village.path,
      headName: input.headName,
      headNameFolded: foldVietnamese(input.headName),
      address: input.address ?? null,
      members: input.members ?? null,
      phone: input.phone ?? null,
    });
    if (input.categories?.length) {
      await tx
        .insert(householdYearCategories)
        .values(
          input.categories.map((c) => ({
            householdId: id,
            communeId,
            year: c.year,
            category: c.category,
            decisionRef: c.decisionRef ?? null,
          })),
        );
    }
    const created = await findHousehold(tx, id);
    if (!created) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'household.create',
      entity: 'household',
      entityId: id,
      communeId,
      scopePath: village.path,
      after: auditHousehold(created),
    });
    return created;
  });
}
