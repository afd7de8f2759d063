import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import type { Db } from '../../../db/client';
import { forbidden, invalid } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findUnitVisibleTo } from '../lookup';
import { officialPredecessors, REORGANISATION_LAST_DAY, splitCommuneName } from '../official';
import { canUpdateUnit } from '../policy';
import { units, type Unit } from '../schema';
import { nextSlug, provinceNameOf, takenSlugs } from '../slug';

/**
 * The old communes and wards that the official mapping says became this commune, kept as history: each an ended
 * unit (30/6/2025) under the same province, with its old code and name, naming this commune as successor. The
 * commune's own old self (same code) is the commune itself and is not duplicated; run again, it adds nothing.
 */
export async function addOfficialPredecessors(ctx: CommandContext, id: string): Promise<Unit[]> {
  const unit = await findUnitVisibleTo(ctx.db, ctx.actor, id);
  if (!canUpdateUnit(ctx.actor, unit)) throw forbidden();
  return writeOfficialPredecessors(ctx.db, ctx.meta, unit);
}

/** The write itself, with its audit row (the demo loader calls it as the system). */
export async function writeOfficialPredecessors(db: Db, meta: RequestMeta, unit: Unit): Promise<Unit[]> {
  if (unit.level !== 'commune' || !unit.code) {
    throw invalid({ id: 'Chỉ xã, phường có mã chính thức mới có danh sách đơn vị cũ hợp thành.' });
  }
  const parentPath = unit.path.slice(0, unit.path.length - unit.id.length - 1);
  return db.transaction(async (tx) => {
    const known = await tx.select({ code: units.code }).from(units).where(eq(units.successorId, unit.id));
    const have = new Set(known.map((k) => k.code));
    const taken = await takenSlugs(tx);
    const provinceName = await provinceNameOf(tx, unit.path);
    const rows = officialPredecessors(unit.code ?? '')
      .filter((m) => m.oldCode !== unit.code && !have.has(m.oldCode))
      .map((m) => {
        const rowId = randomUUID();
        const named = splitCommuneName(m.oldName);
        return {
          id: rowId,
          level: 'commune' as const,
          ...named,
          code: m.oldCode,
          slug: nextSlug({ name: named.name, provinceName, code: m.oldCode }, taken),
          parentId: unit.parentId,
          communeId: rowId,
          path: `${parentPath}${rowId}/`,
          endedOn: REORGANISATION_LAST_DAY,
          successorId: unit.id,
        };
      });
    const added = rows.length ? await tx.insert(units).values(rows).returning() : [];
    await recordAudit(tx, meta, {
      action: 'unit.add_predecessors',
      entity: 'unit',
      entityId: unit.id,
      communeId: unit.id,
      scopePath: unit.path,
      after: { predecessors: added.map((u) => ({ id: u.id, code: u.code, name: u.name })) },
    });
    return added;
  });
}
