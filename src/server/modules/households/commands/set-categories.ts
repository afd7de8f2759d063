import { and, eq } from 'drizzle-orm';
import { forbidden } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { blankToNull } from '../fields';
import { findHouseholdVisibleTo } from '../lookup';
import { canWriteHousehold } from '../policy';
import { presentCategory } from '../present';
import { findHousehold } from '../queries';
import { householdYearCategories, households, type HouseholdCategory } from '../schema';
import type { CommandContext } from '../../../core/command';
import { erasedConflict } from './update-household';

/** Replaces one year's categories of a household (an empty list clears the year), with the decision that set them. */
export async function setYearCategories(
  { db, actor, meta }: CommandContext,
  id: string,
  year: number,
  categories: { category: HouseholdCategory; decisionRef?: string | null }[],
) {
  const before = await findHouseholdVisibleTo(db, actor, id);
  if (!canWriteHousehold(actor, before)) throw forbidden();
  if (before.erasedAt) throw erasedConflict();
  return db.transaction(async (tx) => {
    await tx
      .delete(householdYearCategories)
      .where(and(eq(householdYearCategories.householdId, before.id), eq(householdYearCategories.year, year)));
    if (categories.length) {
      await tx.insert(householdYearCategories).values(
        categories.map((c) => ({
          householdId: before.id,
          communeId: before.communeId,
          year,
          category: c.category,
          decisionRef: blankToNull(c.decisionRef) ?? null,
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
