import type { Actor } from '../../core/actor';
import { AppError, forbidden, invalid } from '../../core/errors';
import { isWithin } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { canReadUnit } from '../units/policy';
import { findOrganization, findUnit } from '../units/queries';
import type { AssignTargetsInput, TargetRowInput } from './commands/assign-targets';
import { canAssignTarget, indicatorAppliesTo } from './policy';
import { readableIndicatorOr404 } from './resolve';

export type TargetsRequest = {
  indicatorId: string;
  from: string;
  to: string;
  assignedBy: { unitId: string } | { body: string };
  rows: { unitId: string; organizationId?: string | null; value: number }[];
};

/**
 * Checks a whole target table before anything is written, collecting every bad row:
 * `fieldOf(i, name)` says how a row's field is named in the answer (rows.3.unitId, or unitId for one target).
 */
export async function validateTargets(
  db: Queryable,
  actor: Actor,
  req: TargetsRequest,
  fieldOf: (i: number, f: string) => string,
): Promise<AssignTargetsInput> {
  const indicator = await readableIndicatorOr404(db, actor, req.indicatorId);
  const bad: Record<string, string> = {};
  const unknown: Record<string, string> = {};
  const denied: Record<string, string> = {};
  const rows: TargetRowInput[] = [];
  const assigner = 'unitId' in req.assignedBy ? await findUnit(db, req.assignedBy.unitId) : null;
  if ('unitId' in req.assignedBy && !assigner) unknown['assignedBy.unitId'] = 'Đơn vị giao không tồn tại.';

  for (const [i, r] of req.rows.entries()) {
    const unit = await findUnit(db, r.unitId);
    if (!unit || !canAssignTarget(actor, unit)) {
      // Known-but-not-yours is 403, unknown is 404 (the caller's own readable units are "known").
      if (unit && canReadUnit(actor, unit))
        denied[fieldOf(i, 'unitId')] = 'Bạn không được giao chỉ tiêu cho đơn vị này.';
      else unknown[fieldOf(i, 'unitId')] = 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.';
      continue;
    }
    if (!indicatorAppliesTo(indicator, unit)) {
      bad[fieldOf(i, 'unitId')] = 'Chỉ tiêu này không áp dụng cho đơn vị này.';
      continue;
    }
    if (indicator.aggregation === 'ratio' && r.value > 100)
      bad[fieldOf(i, 'value')] = 'Chỉ tiêu tỷ lệ là phần trăm, tối đa 100.';
    if (assigner && !isWithin(unit.path, assigner.path))
      bad['assignedBy.unitId'] = 'Đơn vị giao phải là đơn vị đó hoặc cấp trên của nó.';
    let organizationId: string | null = null;
    if (r.organizationId) {
      const org = await findOrganization(db, r.organizationId);
      if (!org || org.org.communeId !== unit.id) {
        bad[fieldOf(i, 'organizationId')] = 'Tổ chức phải thuộc đúng xã được giao.';
        continue;
      }
      organizationId = org.org.id;
    }
    rows.push({ unit, organizationId, value: r.value });
  }
  if (Object.keys(bad).length) throw invalid(bad);
  if (Object.keys(unknown).length)
    throw new AppError(404, 'not_found', 'Có đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.', unknown);
  if (Object.keys(denied).length) throw forbidden(denied);
  return { indicator, from: req.from, to: req.to, assignedBy: req.assignedBy, rows };
}
