import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { AppError, forbidden, invalid } from '../../../core/errors';
import { isWithin } from '../../../core/scope';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { visibleUnit } from '../../units/lookup';
import { findOrganization, findUnit } from '../../units/queries';
import type { Unit } from '../../units/schema';
import { findIndicatorVisibleTo, findTargetVisibleTo } from '../lookup';
import { canAssignTarget, indicatorAppliesTo } from '../policy';
import { presentTarget } from '../present';
import { targets, type Indicator, type Target } from '../schema';

export type TargetRowInput = { unit: Unit; organizationId: string | null; value: number };
export type AssignTargetsInput = {
  indicator: Indicator;
  from: string;
  to: string;
  assignedBy: { unitId: string } | { body: string };
  rows: TargetRowInput[];
};

export type TargetsRequest = {
  indicatorId: string;
  from: string;
  to: string;
  assignedBy: { unitId: string } | { body: string };
  rows: { unitId: string; organizationId?: string | null; value: number }[];
};

/**
 * Assigns a whole target table (one row, a bulk table, or an uploaded spreadsheet). Every row is checked before
 * anything is written and every bad row is reported: `fieldOf(i, name)` says how a row's field is named in the
 * answer (rows.3.unitId, or unitId for one target). Then one transaction writes them all, or none.
 */
export async function assignTargetTable(
  ctx: CommandContext,
  req: TargetsRequest,
  fieldOf: (i: number, f: string) => string,
): Promise<Target[]> {
  const { db, actor } = ctx;
  const indicator = await findIndicatorVisibleTo(db, actor, req.indicatorId);
  const bad: Record<string, string> = {};
  const unknown: Record<string, string> = {};
  const denied: Record<string, string> = {};
  const rows: TargetRowInput[] = [];
  // The assigning unit is usually above the caller's reach (a province assigns to a commune): not scope-checked.
  const assigner = 'unitId' in req.assignedBy ? await findUnit(db, req.assignedBy.unitId) : null;
  if ('unitId' in req.assignedBy && !assigner) unknown['assignedBy.unitId'] = 'Đơn vị giao không tồn tại.';

  for (const [i, r] of req.rows.entries()) {
    const unit = await visibleUnit(db, actor, r.unitId);
    // Known-but-not-yours is 403, unknown is 404 (the caller's own readable units are "known").
    if (!unit) {
      unknown[fieldOf(i, 'unitId')] = 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn.';
      continue;
    }
    if (!canAssignTarget(actor, unit)) {
      denied[fieldOf(i, 'unitId')] = 'Bạn không được giao chỉ tiêu cho đơn vị này.';
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
  return assignTargets(db, ctx.meta, { indicator, from: req.from, to: req.to, assignedBy: req.assignedBy, rows });
}

/** Changing an assigned value needs the same right as assigning it. */
export async function changeTargetValue(ctx: CommandContext, input: { id: string; value: number }) {
  const { target, unit } = await findTargetVisibleTo(ctx.db, ctx.actor, input.id);
  if (!canAssignTarget(ctx.actor, unit)) throw forbidden();
  return updateTargetValue(ctx.db, ctx.meta, target, input.value);
}

/** Writes rows already checked, in one transaction: either every row is assigned, or none. */
export async function assignTargets(db: Db, meta: RequestMeta, input: AssignTargetsInput): Promise<Target[]> {
  return db.transaction(async (tx) => {
    const out: Target[] = [];
    for (const r of input.rows) {
      const [row] = await tx
        .insert(targets)
        .values({
          indicatorId: input.indicator.id,
          unitId: r.unit.id,
          unitPath: r.unit.path,
          communeId: r.unit.communeId,
          organizationId: r.organizationId,
          periodFrom: input.from,
          periodTo: input.to,
          value: r.value,
          assignedByUnitId: 'unitId' in input.assignedBy ? input.assignedBy.unitId : null,
          assignedByBody: 'body' in input.assignedBy ? input.assignedBy.body : null,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, meta, {
        action: 'target.assign',
        entity: 'target',
        entityId: row.id,
        communeId: r.unit.communeId,
        scopePath: r.unit.path,
        after: presentTarget(row),
      });
      out.push(row);
    }
    return out;
  });
}

export async function updateTargetValue(db: Db, meta: RequestMeta, target: Target, value: number) {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(targets).set({ value }).where(eq(targets.id, target.id)).returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'target.update',
      entity: 'target',
      entityId: target.id,
      communeId: target.communeId,
      scopePath: target.unitPath,
      before: presentTarget(target),
      after: presentTarget(row),
    });
    return row;
  });
}

/** One target: the table's checks with its fields named plainly (unitId rather than rows.0.unitId). */
export async function assignTarget(
  ctx: CommandContext,
  input: Omit<TargetsRequest, 'rows'> & TargetsRequest['rows'][number],
): Promise<Target> {
  const { unitId, organizationId, value, ...rest } = input;
  const [target] = await assignTargetTable(ctx, { ...rest, rows: [{ unitId, organizationId, value }] }, (_i, f) => f);
  if (!target) throw new Error('no target written');
  return target;
}
