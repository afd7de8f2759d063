import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, unknownReference } from '../../../core/errors';
import type { Db, Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findOrganizationVisibleTo, visibleCommune, type VisibleOrganization } from '../lookup';
import { canManageOrganizations } from '../policy';
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

/** A member organisation added to a commune the actor sees and manages. */
export async function addOrganization(
  ctx: CommandContext,
  input: { communeId: string; name: string; shortName: string },
): Promise<VisibleOrganization> {
  const commune = await visibleCommune(ctx.db, ctx.actor, input.communeId);
  if (!commune) throw unknownReference('communeId', 'Xã');
  if (!canManageOrganizations(ctx.actor, commune))
    throw forbidden({ communeId: 'Bạn không được thêm tổ chức cho xã này.' });
  const org = await createOrganization(ctx.db, ctx.meta, commune, { name: input.name, shortName: input.shortName });
  return { org, communePath: commune.path };
}

export async function editOrganization(
  ctx: CommandContext,
  input: { id: string; name?: string; shortName?: string; active?: boolean },
): Promise<VisibleOrganization> {
  const { id, ...changes } = input;
  const { org, communePath } = await findOrganizationVisibleTo(ctx.db, ctx.actor, id);
  if (!canManageOrganizations(ctx.actor, { id: org.communeId, path: communePath })) throw forbidden();
  return { org: await updateOrganization(ctx.db, ctx.meta, org, communePath, changes), communePath };
}
