import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { AppError, forbidden, invalid } from '../../core/errors';
import { isAdmin, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { findBranch } from '../members/queries';
import { visibleOrganization } from '../units/lookup';
import { levelNameVi } from '../units/policy';
import { unitRefs } from '../units/refs';
import { canManageGrant, roleUnitLevels, type GrantTarget } from './policy';
import type { RoleName } from './schema';

export type RoleInput = {
  role: RoleName;
  unitId?: string | null;
  organizationId?: string | null;
  branchId?: string | null;
};
export type ResolvedRole = GrantTarget & {
  unitId: string | null;
  organizationId: string | null;
  branchId?: string | null;
};

/**
 * Checks each requested role against the unit or organisation it names: it must exist, be visible
 * to the actor, fit the role, and be within what the actor may grant. Field errors name `roles.N.x`.
 */
export async function resolveRoles(db: Queryable, actor: Actor, inputs: RoleInput[]): Promise<ResolvedRole[]> {
  const out: ResolvedRole[] = [];
  const bad: Record<string, string> = {};
  const unknown: Record<string, string> = {};
  const denied: Record<string, string> = {};
  for (const [i, r] of inputs.entries()) {
    const key = `roles.${i}`;
    if (r.branchId && r.role !== 'org_lead') {
      bad[`${key}.branchId`] = 'Chỉ vai trò trưởng tổ chức gắn với một chi hội.';
      continue;
    }
    if (r.role === 'admin') {
      out.push({ role: 'admin', unitPath: null, unitLevel: null, unitId: null, organizationId: null });
    } else if (r.role === 'org_lead') {
      if (!r.organizationId) {
        bad[`${key}.organizationId`] = 'Vai trò trưởng tổ chức cần chọn tổ chức.';
        continue;
      }
      const found = await visibleOrganization(db, actor, r.organizationId);
      if (!found) {
        unknown[`${key}.organizationId`] = 'Tổ chức không tồn tại hoặc nằm ngoài phạm vi của bạn.';
        continue;
      }
      const { org, communePath } = found;
      // A branch head (chi hội trưởng): the branch must be one of this organisation's.
      if (r.branchId) {
        const branch = await findBranch(db, r.branchId);
        if (branch?.organizationId !== org.id) {
          bad[`${key}.branchId`] = 'Chi hội phải thuộc tổ chức đã chọn.';
          continue;
        }
      }
      out.push({
        role: 'org_lead',
        unitPath: communePath,
        unitLevel: 'commune',
        unitId: null,
        organizationId: org.id,
        branchId: r.branchId ?? null,
      });
    } else {
      if (!r.unitId) {
        bad[`${key}.unitId`] = 'Vai trò này cần chọn đơn vị.';
        continue;
      }
      // Within the subtrees the actor reads (an org_lead's commune does not count: it grants nothing there).
      const inScope = isAdmin(actor) ? undefined : inSubtrees(unitRefs.path, readRoots(actor));
      const [unit] = await db
        .select()
        .from(unitRefs)
        .where(and(eq(unitRefs.id, r.unitId), inScope));
      if (!unit) {
        unknown[`${key}.unitId`] = 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.';
        continue;
      }
      const levels = roleUnitLevels[r.role];
      if (!levels.includes(unit.level)) {
        bad[`${key}.unitId`] = `Vai trò này chỉ gán cho cấp: ${levels.map((l) => levelNameVi[l]).join(', ')}.`;
        continue;
      }
      out.push({ role: r.role, unitPath: unit.path, unitLevel: unit.level, unitId: unit.id, organizationId: null });
    }
  }
  if (Object.keys(bad).length) throw invalid(bad);
  if (Object.keys(unknown).length) {
    throw new AppError(404, 'not_found', 'Đơn vị hoặc tổ chức không tồn tại hoặc nằm ngoài phạm vi của bạn.', unknown);
  }
  for (const [i, g] of out.entries()) {
    if (!canManageGrant(actor, g)) denied[`roles.${i}`] = 'Bạn không được cấp vai trò này ở đơn vị này.';
  }
  if (Object.keys(denied).length) throw forbidden(denied);
  return out;
}
