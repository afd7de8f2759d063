import type { CommandContext } from '../../../core/command';
import { conflict, forbidden } from '../../../core/errors';
import { isUniqueViolation } from '../../../db/errors';
import { recordAudit } from '../../audit/record-audit';
import { findOrganizationVisibleTo } from '../../units/lookup';
import { canManageOrganization } from '../policy';
import { duesRules } from '../schema';

export type DuesRuleInput = {
  organizationId: string;
  category: string;
  periodKind: 'month' | 'year';
  amount: number;
  shareUpPercent: number;
  validFrom: string;
};

const SAME_DAY = 'Loại hội viên này đã có mức phí áp dụng từ ngày đó.';

/** An organisation's dues for a category of member from a date (Đoàn phí 2.000 đồng/tháng without salary…). */
export async function setDuesRule({ db, actor, meta }: CommandContext, input: DuesRuleInput) {
  const { org, communePath } = await findOrganizationVisibleTo(db, actor, input.organizationId, 'organizationId');
  if (!canManageOrganization(actor, { organizationId: org.id, communePath })) throw forbidden();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(duesRules)
        .values({ communeId: org.communeId, ...input })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, meta, {
        action: 'dues_rule.set',
        entity: 'dues_rule',
        entityId: row.id,
        communeId: org.communeId,
        scopePath: communePath,
        after: row,
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e, 'dues_rules_idx')) throw conflict('duplicate_rule', SAME_DAY, { validFrom: SAME_DAY });
    throw e;
  }
}
