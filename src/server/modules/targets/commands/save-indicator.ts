import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import type { Db, Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findUnitVisibleTo } from '../../units/lookup';
import type { Unit } from '../../units/schema';
import { findIndicatorVisibleTo } from '../lookup';
import { canEditIndicator, canManageIndicators } from '../policy';
import { presentIndicator } from '../present';
import { findIndicatorByCode } from '../queries';
import { indicators, type Aggregation, type Indicator } from '../schema';
import { indicatorSource } from '../sources';

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

/** 'manual' (results entered by hand) or a figure some module registered in sources.ts. */
function assertKnownSource(source: string | undefined) {
  if (source && source !== 'manual' && !indicatorSource(source))
    throw invalid({ source: 'Nguồn số liệu không có trong hệ thống.' });
}

/** A province, district or commune defines an indicator it manages; a village owns none. */
export async function defineIndicator(ctx: CommandContext, input: IndicatorInput & { ownerUnitId: string }) {
  const { ownerUnitId, ...fields } = input;
  const owner = await findUnitVisibleTo(ctx.db, ctx.actor, ownerUnitId, 'ownerUnitId');
  if (owner.level === 'village')
    throw invalid({ ownerUnitId: 'Chỉ tiêu thuộc về tỉnh, huyện hoặc xã, không thuộc thôn.' });
  assertKnownSource(fields.source);
  if (!canManageIndicators(ctx.actor, owner))
    throw forbidden({ ownerUnitId: 'Bạn không được tạo chỉ tiêu cho đơn vị này.' });
  return createIndicator(ctx.db, ctx.meta, owner, fields);
}

export type IndicatorChanges = Partial<
  Pick<IndicatorInput, 'code' | 'name' | 'unitLabel' | 'source' | 'sourceParams'>
> & {
  active?: boolean;
};

/** Only whoever manages the owner unit changes an indicator (readers of a shared one may not). */
export async function editIndicator(ctx: CommandContext, input: IndicatorChanges & { id: string }) {
  const { id, ...changes } = input;
  const ind = await findIndicatorVisibleTo(ctx.db, ctx.actor, id, 'id');
  if (!canEditIndicator(ctx.actor, ind)) throw forbidden();
  assertKnownSource(changes.source);
  return updateIndicator(ctx.db, ctx.meta, ind, changes);
}

/** Writes an indicator for an owner already checked: the demo and defineIndicator call it. */
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

export async function updateIndicator(db: Db, meta: RequestMeta, ind: Indicator, input: IndicatorChanges) {
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
