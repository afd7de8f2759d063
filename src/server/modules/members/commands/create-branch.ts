import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { isUniqueViolation } from '../../../db/errors';
import { recordAudit } from '../../audit/record-audit';
import { findCommuneUnitVisibleTo, findOrganizationVisibleTo } from '../../units/lookup';
import { canManageOrganization } from '../policy';
import { branches } from '../schema';

export type BranchInput = { organizationId: string; villageId?: string; name: string };

const TAKEN = 'Tổ chức đã có chi hội cùng tên.';

/** A branch of an organisation (chi hội, chi đoàn…), in one of the commune's villages or across them. */
export async function createBranch({ db, actor, meta }: CommandContext, input: BranchInput) {
  const { org, communePath } = await findOrganizationVisibleTo(db, actor, input.organizationId, 'organizationId');
  if (!canManageOrganization(actor, { organizationId: org.id, communePath })) throw forbidden();
  let unitPath = communePath;
  if (input.villageId) {
    const village = await findCommuneUnitVisibleTo(db, actor, input.villageId, 'villageId');
    if (village.level !== 'village' || village.communeId !== org.communeId)
      throw invalid({ villageId: 'Thôn phải thuộc xã của tổ chức.' });
    unitPath = village.path;
  }
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(branches)
        .values({
          communeId: org.communeId,
          organizationId: org.id,
          villageId: input.villageId ?? null,
          unitPath,
          name: input.name,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, meta, {
        action: 'branch.create',
        entity: 'branch',
        entityId: row.id,
        communeId: org.communeId,
        scopePath: unitPath,
        after: row,
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e, 'branches_name_idx')) throw conflict('duplicate_name', TAKEN, { name: TAKEN });
    throw e;
  }
}
