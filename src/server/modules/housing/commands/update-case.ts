import { eq, sql } from 'drizzle-orm';
import { conflict, forbidden, invalid } from '../../../core/errors';
import type { CommandContext } from '../../../core/command';
import { foldVietnamese } from '../../../../lib/vi-text';
import { recordAudit } from '../../audit/record-audit';
import { findCaseVisibleTo } from '../lookup';
import { canEditCaseAt } from '../policy';
import { canEditCase } from '../rules';
import { housingCases, type HousingKind } from '../schema';
import { auditCase } from './audit';

export type UpdateCaseInput = {
  headName?: string;
  kind?: HousingKind;
  surveyedOn?: string;
  description?: string | null;
  participants?: string[];
  requiredAmount?: number | null;
  note?: string | null;
};

/**
 * Corrects a case's details. A handed-over case is done (its minutes printed it); a case approved keeps an amount
 * required; a linked household's head comes from the registry, not from here.
 */
export async function updateCase({ db, actor, meta }: CommandContext, id: string, input: UpdateCaseInput) {
  return db.transaction(async (tx) => {
    const { case: before, commune } = await findCaseVisibleTo(tx, actor, id, true);
    if (!canEditCaseAt(actor, commune, before)) throw forbidden();
    if (!canEditCase(before))
      throw conflict('bad_transition', 'Nhà đã bàn giao, không sửa hồ sơ được.', { stage: 'Nhà đã bàn giao.' });
    const approved = before.stage !== 'surveyed' && !(before.stage === 'paused' && before.pausedFrom === 'surveyed');
    if (input.requiredAmount === null && approved)
      throw invalid({ requiredAmount: 'Hồ sơ đã phê duyệt phải có tổng kinh phí cần.' });
    if (input.headName !== undefined && before.householdId && input.headName !== before.headName)
      throw invalid({ headName: 'Hộ đã có trong danh sách hộ: sửa họ tên chủ hộ ở danh sách hộ.' });
    if (input.surveyedOn !== undefined && before.approvedOn && input.surveyedOn > before.approvedOn)
      throw invalid({ surveyedOn: 'Ngày khảo sát không được sau ngày phê duyệt.' });
    const set: Partial<typeof housingCases.$inferInsert> = {};
    if (input.headName !== undefined)
      Object.assign(set, { headName: input.headName, headNameFolded: foldVietnamese(input.headName) });
    if (input.kind !== undefined) set.kind = input.kind;
    if (input.surveyedOn !== undefined) set.surveyedOn = input.surveyedOn;
    if (input.description !== undefined) set.description = input.description;
    if (input.participants !== undefined) set.participants = input.participants;
    if (input.requiredAmount !== undefined) set.requiredAmount = input.requiredAmount;
    if (input.note !== undefined) set.note = input.note;
    const [after] = await tx
      .update(housingCases)
      .set({ ...set, updatedAt: sql`now()` })
      .where(eq(housingCases.id, before.id))
      .returning();
    if (!after) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'housing_case.update',
      entity: 'housing_case',
      entityId: after.id,
      communeId: after.communeId,
      scopePath: after.unitPath,
      before: auditCase(before),
      after: auditCase(after),
    });
    return after;
  });
}
