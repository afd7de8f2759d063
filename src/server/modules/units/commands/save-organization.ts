import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db, Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { presentOrganization } from '../present';
import { findOrganizationByShortName } from '../queries';
import { organizations, type Organization, type Unit } from '../schema';

async function assertShortNameFree(tx: Queryable, communeId: string, shortName: string, exceptId?: string) {
  if (await findOrganizationByShortName(tx, communeId, shortName, exceptId)) {
    const msg = 'Xã đã có tổ chức với tên viết tắt này.';
    throw conflict('duplicate_short_name', msg, { shortName: msg });
  }
}

export async function createOrganization(
  db: Db,
  meta: RequestMeta,
  commune: Unit,
  input: { name: string; shortName: string },
) {
  return db.transaction(async (tx) => {
    await assertShortNameFree(tx, commune.id, input.shortName);
    const [org] = await tx
      .insert(organizations)
      .values({ communeId: commune.id, ...input })
      .returning();
    if (!org) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'organization.create',
      entity: 'organization',
      entityId: org.id,
      communeId: commune.id,
      scopePath: commune.path,
      after: presentOrganization(org),
    });
    return org;
  });
}

export async function updateOrganization(
  db: Db,
  meta: RequestMeta,
  org: Organization,
  communePath: string,
  input: { name?: string; shortName?: string; active?: boolean },
) {
  return db.transaction(async (tx) => {
    if (input.shortName) await assertShortNameFree(tx, org.communeId, input.shortName, org.id);
    const [updated] = await tx.update(organizations).set(input).where(eq(organizations.id, org.id)).returning();
    if (!updated) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'organization.update',
      entity: 'organization',
      entityId: org.id,
      communeId: org.communeId,
      scopePath: communePath,
      before: presentOrganization(org),
      after: presentOrganization(updated),
    });
    return updated;
  });
}
