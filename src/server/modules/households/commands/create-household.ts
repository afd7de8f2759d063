import { randomUUID } from 'node:crypto';
import { foldVietnamese } from '../../../../lib/vi-text';
import { recordAudit } from '../../audit/record-audit';
import { blankToNull } from '../fields';
import { findVillageWritableBy } from '../lookup';
import { auditHousehold } from '../present';
import { findHousehold } from '../queries';
import { householdYearCategories, households, type HouseholdCategory } from '../schema';
import type { CommandContext } from '../../../core/command';

export type CategoryInput = { year: number; category: HouseholdCategory; decisionRef?: string | null };
export type CreateHouseholdInput = {
  villageId: string;
  headName: string;
  members?: number | null;
  address?: string | null;
  phone?: string | null;
  categories?: CategoryInput[];
};

/** A new household in a village the actor writes; blank optional fields are stored as none. */
export async function createHousehold({ db, actor, meta }: CommandContext, input: CreateHouseholdInput) {
  const village = await findVillageWritableBy(db, actor, input.villageId);
  return db.transaction(async (tx) => {
    const id = randomUUID();
    const communeId = village.communeId;
    await tx.insert(households).values({
      id,
      communeId,
      villageId: village.id,
      unitPath: village.path,
      headName: input.headName,
      headNameFolded: foldVietnamese(input.headName),
      address: blankToNull(input.address) ?? null,
      members: input.members ?? null,
      phone: blankToNull(input.phone) ?? null,
    });
    if (input.categories?.length) {
      await tx.insert(householdYearCategories).values(
        input.categories.map((c) => ({
          householdId: id,
          communeId,
          year: c.year,
          category: c.category,
          decisionRef: blankToNull(c.decisionRef) ?? null,
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
