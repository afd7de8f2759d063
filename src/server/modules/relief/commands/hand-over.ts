import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { reliefSupports, type ReliefSupport } from '../schema';

/** Marks a gift handed over (date, by whom); marking again corrects it, with before/after audited. */
export async function handOver(db: Db, meta: RequestMeta, support: ReliefSupport, input: { date: string; by: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(reliefSupports)
      .set({ handedOverAt: input.date, handedOverBy: input.by })
      .where(eq(reliefSupports.id, support.id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'relief_support.hand_over',
      entity: 'relief_support',
      entityId: row.id,
      communeId: row.communeId,
      scopePath: row.unitPath,
      before: { handedOverAt: support.handedOverAt, handedOverBy: support.handedOverBy },
      after: { handedOverAt: row.handedOverAt, handedOverBy: row.handedOverBy },
    });
    return row;
  });
}
