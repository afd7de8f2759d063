import { and, eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { presentCategory } from '../present';
import { findHousehold, type HouseholdWithCategories } from '../queries';
import { householdYearCategories, households, type HouseholdCategory } from '../schema';
import { erasedConflict } from './update-household';

/** Replaces one year's categories of a household (an empty list clears the year), with the decision that set them. */
export async function setYearCategories(
  db: Db,
  meta: RequestMeta,
  before: HouseholdWithCategories,
  year: number,
  categories: { category: HouseholdCategory; decisionRef?: string | null }[],
) {
  if (before.erasedAt) throw erasedConflict();
  return db.transaction(async (tx) => {
    await tx
      .delete(householdYearCategories)
      .where(and(eq(householdYearCategories.householdId, before.id), eq(householdYearCategories.year, year)));
    if (categories.length) {
      await tx
        .insert(householdYearCategories)
        .values(
          categories.map((c) => ({
            householdId: before.id,
            communeId: before.communeId,
            year,
            category: c.category,
            decisionRef: c.decisionRef ?? null,
          })),
        );
    }
    await tx.update(households).set({ updatedAt: new Date() }).where(eq(households.id, before.id));
    const after = await findHousehold(tx, before.id);
    if (!after) throw new Error('household vanished');
    await recordAudit(tx, meta, {
      action: 'household.categories',
      entity: 'household',
      entityId: before.id,
      communeId: before.communeId,
      scopePath: before.unitPath,
      before: { year, categories: before.categories.filter((c) => c.year === year).map(presentCategory) },
      after: { year, categories: after.categories.filter((c) => c.year === year).map(presentCategory) },
    });
    return after;
  });
}
