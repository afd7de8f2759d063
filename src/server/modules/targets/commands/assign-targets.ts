import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
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

/** One transaction for the whole table: either every row is assigned, or none. */
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
