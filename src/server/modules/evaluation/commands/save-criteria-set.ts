import { eq, sql } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findProvinceOfSets, findSetVisibleTo } from '../lookup';
import { canDefineCriteria } from '../policy';
import { setInUse } from '../queries';
import { checkSet, keyGroups } from '../rules';
import { evaluationCriteriaSets, type ScoreTarget } from '../schema';

export type SetInput = {
  title: string;
  passScore: number;
  groups: { title: string; maxPoints: number; criteria: { title: string; maxPoints: number; maxBonus?: number }[] }[];
};

/**
 * Defines a province's criteria set of a year for villages or communes (one of each per year: 409 for a second), or
 * replaces its criteria while no unit has been scored against it (afterwards a change would re-score them: 409).
 */
export async function saveCriteriaSet(
  { db, actor, meta }: CommandContext,
  input: SetInput & ({ provinceId: string; year: number; target: ScoreTarget } | { id: string }),
) {
  const groups = keyGroups(input.groups);
  const checked = checkSet(groups, input.passScore);
  if (!checked.ok) throw invalid({ [checked.refusal.field]: checked.refusal.message });
  if ('id' in input) {
    const before = await findSetVisibleTo(db, actor, input.id);
    if (!canDefineCriteria(actor, before.provincePath))
      throw forbidden({ id: 'Chỉ Ban Thường trực tỉnh sửa bộ tiêu chí.' });
    return db.transaction(async (tx) => {
      if (await setInUse(tx, before.id))
        throw conflict('evaluation_locked', 'Bộ tiêu chí đã được dùng để chấm điểm; không sửa được.', {
          groups: 'Bộ tiêu chí đã được dùng để chấm điểm.',
        });
      const [after] = await tx
        .update(evaluationCriteriaSets)
        .set({ title: input.title, passScore: input.passScore, groups, updatedAt: sql`now()` })
        .where(eq(evaluationCriteriaSets.id, before.id))
        .returning();
      if (!after) throw new Error('set not updated');
      await recordAudit(tx, meta, {
        action: 'evaluation_set.update',
        entity: 'evaluation_criteria_set',
        entityId: after.id,
        scopePath: after.provincePath,
        before,
        after,
      });
      return after;
    });
  }
  const province = await findProvinceOfSets(db, actor, input.provinceId);
  if (!canDefineCriteria(actor, province.path))
    throw forbidden({ provinceId: 'Chỉ Ban Thường trực tỉnh lập bộ tiêu chí.' });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(evaluationCriteriaSets)
      .values({
        provinceId: province.id,
        provincePath: province.path,
        year: input.year,
        target: input.target,
        title: input.title,
        passScore: input.passScore,
        groups,
        createdBy: meta.actorId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const message = `Tỉnh đã có bộ tiêu chí năm ${input.year} cho cấp này.`;
      throw conflict('duplicate_name', message, { target: message });
    }
    await recordAudit(tx, meta, {
      action: 'evaluation_set.create',
      entity: 'evaluation_criteria_set',
      entityId: row.id,
      scopePath: row.provincePath,
      after: row,
    });
    return row;
  });
}
