import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db, Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { presentIndicator } from '../present';
import { findIndicatorByCode } from '../queries';
import { indicators, type Aggregation, type Indicator } from '../schema';

export type IndicatorInput = {
  code: string;
  name: string;
  unitLabel: string;
  aggregation: Aggregation;
  source?: string;
  sourceParams?: Record<string, string>;
};

async function assertCodeFree(tx: Queryable, ownerUnitId: string, code: string, exceptId?: string) {
  if (await findIndicatorByCode(tx, ownerUnitId, code, exceptId)) {
    const msg = 'Đơn vị đã có chỉ tiêu với mã này.';
    throw conflict('duplicate_code', msg, { code: msg });
  }
}

export async function createIndicator(db: Db, meta: RequestMeta, owner: Unit, input: IndicatorInput) {
  return db.transaction(async (tx) => {
    await assertCodeFree(tx, owner.id, input.code);
    const [row] = await tx
      .insert(indicators)
      .values({
        ownerUnitId: owner.id,
        ownerPath: owner.path,
        communeId: owner.level === 'commune' ? owner.id : null,
        code: input.code,
        name: input.name,
        unitLabel: input.unitLabel,
        aggregation: input.aggregation,
        source: input.source ?? 'manual',
        sourceParams: input.sourceParams ?? {},
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'indicator.create',
      entity: 'indicator',
      entityId: row.id,
      communeId: row.communeId,
      scopePath: owner.path,
      after: presentIndicator(row),
    });
    return row;
  });
}

export async function updateIndicator(
  db: Db,
  meta: RequestMeta,
  ind: Indicator,
  input: Partial<Pick<IndicatorInput, 'code' | 'name' | 'unitLabel' | 'source' | 'sourceParams'>> & {
    active?: boolean;
  },
) {
  return db.transaction(async (tx) => {
    if (input.code) await assertCodeFree(tx, ind.ownerUnitId, input.code, ind.id);
    const [row] = await tx.update(indicators).set(input).where(eq(indicators.id, ind.id)).returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'indicator.update',
      entity: 'indicator',
      entityId: ind.id,
      communeId: ind.communeId,
      scopePath: ind.ownerPath,
      before: presentIndicator(ind),
      after: presentIndicator(row),
    });
    return row;
  });
}
