import { forbidden, invalid, unknownReference } from '../../../core/errors';
import type { CommandContext } from '../../../core/command';
import { foldVietnamese } from '../../../../lib/vi-text';
import { recordAudit } from '../../audit/record-audit';
import { householdRefById } from '../../households/figures';
import { findCommuneVisibleTo, findVillageOf } from '../lookup';
import { canProposeCase, caseReadRoots } from '../policy';
import { housingCases, type HousingKind } from '../schema';
import { auditCase } from './audit';

export type CreateCaseInput = {
  communeId: string;
  householdId?: string | null;
  headName?: string | null;
  villageId?: string | null;
  kind: HousingKind;
  surveyedOn: string;
  description?: string | null;
  participants?: string[];
  requiredAmount?: number | null;
  note?: string | null;
};

/**
 * Opens a case (it starts surveyed): for a registered household (its head and village come from the registry) or,
 * when the household is not registered, a head's name and a village of the commune. A village head opens cases in
 * their own village only.
 */
export async function createCase({ db, actor, meta }: CommandContext, input: CreateCaseInput) {
  const commune = await findCommuneVisibleTo(db, actor, input.communeId);
  let headName: string;
  let villageId: string;
  let unitPath: string;
  if (input.householdId) {
    const h = await householdRefById(db, input.householdId, caseReadRoots(actor));
    if (!h || h.communeId !== commune.id || h.erasedAt) throw unknownReference('householdId', 'Hộ gia đình');
    if (input.villageId && input.villageId !== h.villageId)
      throw invalid({ villageId: 'Hộ đã chọn thuộc thôn khác; bỏ trống thôn hoặc chọn đúng thôn của hộ.' });
    headName = h.headName;
    villageId = h.villageId;
    unitPath = h.unitPath;
  } else {
    if (!input.headName)
      throw invalid({ headName: 'Nhập họ tên chủ hộ, hoặc chọn hộ trong danh sách hộ (householdId).' });
    if (!input.villageId) throw invalid({ villageId: 'Chọn thôn của hộ.' });
    const village = await findVillageOf(db, commune.id, input.villageId);
    headName = input.headName;
    villageId = village.id;
    unitPath = village.path;
  }
  if (!canProposeCase(actor, commune, unitPath))
    throw forbidden({ villageId: 'Bạn không được lập hồ sơ nhà cho thôn này.' });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(housingCases)
      .values({
        communeId: commune.id,
        villageId,
        unitPath,
        householdId: input.householdId ?? null,
        headName,
        headNameFolded: foldVietnamese(headName),
        kind: input.kind,
        stage: 'surveyed',
        requiredAmount: input.requiredAmount ?? null,
        description: input.description ?? null,
        participants: input.participants ?? [],
        surveyedOn: input.surveyedOn,
        note: input.note ?? null,
        createdBy: meta.actorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'housing_case.create',
      entity: 'housing_case',
      entityId: row.id,
      communeId: row.communeId,
      scopePath: row.unitPath,
      after: auditCase(row),
    });
    return row;
  });
}
