import { and, eq, sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict, forbidden } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { findCommuneVisibleTo } from '../../units/lookup';
import { canManageFunds } from '../policy';
import { presentFund } from '../present';
import { funds } from '../schema';
import type { CommandContext } from '../../../core/command';

export type FundInput = { name: string; bankBin?: string; bankAccount?: string; bankAccountName?: string };

/** A commune's new fund: only its standing committee opens one, and a commune has one fund of a name. */
export async function createFund(ctx: CommandContext, input: FundInput & { communeId: string }) {
  const { communeId, ...fund } = input;
  const commune = await findCommuneVisibleTo(ctx.db, ctx.actor, communeId, 'communeId');
  if (!canManageFunds(ctx.actor, commune)) throw forbidden({ communeId: 'Chỉ Ban Thường trực xã lập quỹ.' });
  return { fund: await writeFund(ctx.db, ctx.meta, commune, fund), communePath: commune.path };
}

/** The write itself, with its audit row (the demo loader calls it as the system). */
export async function writeFund(db: Db, meta: RequestMeta, commune: Unit, input: FundInput) {
  return db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: funds.id })
      .from(funds)
      .where(and(eq(funds.communeId, commune.id), sql`lower(${funds.name}) = lower(${input.name})`));
    if (dup) throw conflict('duplicate_name', 'Xã đã có quỹ cùng tên.', { name: 'Xã đã có quỹ cùng tên.' });
    const [row] = await tx
      .insert(funds)
      .values({ communeId: commune.id, ...input })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'fund.create',
      entity: 'fund',
      entityId: row.id,
      communeId: commune.id,
      scopePath: commune.path,
      after: presentFund(row),
    });
    return row;
  });
}
