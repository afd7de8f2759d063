import { and, eq, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict, forbidden, invalid } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { findUnitOfLevelsVisibleTo } from '../../units/lookup';
import { canManageFunds } from '../policy';
import { presentFund } from '../present';
import { funds } from '../schema';
import type { CommandContext } from '../../../core/command';

export type FundInput = { name: string; bankBin?: string; bankAccount?: string; bankAccountName?: string };

/** The levels that hold funds: a commune, a province, the national unit (a village or a district holds none). */
export const FUND_LEVELS = ['commune', 'province', 'national'] as const;

/**
 * A new fund of a commune, a province or the national unit (`unitId`; the older `communeId` names a commune): only
 * whoever manages that unit's funds opens one (policy.canManageFunds), and a unit has one fund of a name.
 */
export async function createFund(ctx: CommandContext, input: FundInput & { unitId?: string; communeId?: string }) {
  const { unitId, communeId, ...fund } = input;
  const field = unitId ? 'unitId' : 'communeId';
  const id = unitId ?? communeId;
  if (!id) throw invalid({ unitId: 'Chọn đơn vị lập quỹ (xã, tỉnh hoặc trung ương).' });
  const levels = unitId ? FUND_LEVELS : (['commune'] as const);
  const owner = await findUnitOfLevelsVisibleTo(ctx.db, ctx.actor, id, levels, field, unitId ? 'Đơn vị' : 'Xã');
  if (!canManageFunds(ctx.actor, owner))
    throw forbidden({ [field]: 'Chỉ Ban Thường trực của đơn vị (xã) hoặc cấp trên của chính đơn vị đó lập quỹ.' });
  return { fund: await writeFund(ctx.db, ctx.meta, owner, fund), owner };
}

/** The write itself, with its audit row (the demo loader calls it as the system). */
export async function writeFund(db: Db, meta: RequestMeta, owner: Unit, input: FundInput) {
  return db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: funds.id })
      .from(funds)
      .where(and(eq(funds.communeId, owner.id), sql`lower(${funds.name}) = lower(${input.name})`));
    if (dup) throw conflict('duplicate_name', 'Đơn vị đã có quỹ cùng tên.', { name: 'Đơn vị đã có quỹ cùng tên.' });
    const [row] = await tx
      .insert(funds)
      .values({ communeId: owner.id, ...input })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'fund.create',
      entity: 'fund',
      entityId: row.id,
      // The audit log's commune column is the tenant key like the fund's: the owning unit.
      communeId: owner.id,
      scopePath: owner.path,
      after: presentFund(row),
    });
    return row;
  });
}
