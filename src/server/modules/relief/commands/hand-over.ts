import { eq } from 'drizzle-orm';
import { forbidden } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findSupportVisibleTo } from '../lookup';
import { canHandOver } from '../policy';
import { reliefSupports } from '../schema';
import type { CommandContext } from '../../../core/command';

/** Marks a gift handed over (date, by whom); marking again corrects it, with before/after audited. */
export async function handOver({ db, actor, meta }: CommandContext, id: string, input: { date: string; by: string }) {
  const { support, commune } = await findSupportVisibleTo(db, actor, id);
  if (!canHandOver(actor, commune, support.unitPath)) throw forbidden();
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(reliefSupports)
      .set({ handedOverAt: input.date, handedOverBy: input.by })
      .where(eq(reliefSupports.id, support.id))
      .returning();
    if (!updated) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'relief_support.hand_over',
      entity: 'relief_support',
      entityId: updated.id,
      communeId: updated.communeId,
      scopePath: updated.unitPath,
      before: { handedOverAt: support.handedOverAt, handedOverBy: support.handedOverBy },
      after: { handedOverAt: updated.handedOverAt, handedOverBy: updated.handedOverBy },
    });
    return updated;
  });
  return { support: row, commune };
}
