import { and, eq } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, notFound } from '../../../core/errors';
import { recordAudit } from '../../audit/record-audit';
import { findFestivalVisibleTo } from '../lookup';
import { canManageFestival } from '../policy';
import { REPORT_ISSUED } from '../rules';
import { festivalCommendations } from '../schema';

/** Takes a household or person off the commended list (added by mistake). */
export async function removeCommendation({ db, actor, meta }: CommandContext, festivalId: string, id: string) {
  await db.transaction(async (tx) => {
    const { festival, commune, village } = await findFestivalVisibleTo(tx, actor, festivalId, true);
    if (!canManageFestival(actor, commune, village.path)) throw forbidden();
    if (festival.documentId) throw conflict('report_issued', REPORT_ISSUED);
    const [row] = await tx
      .delete(festivalCommendations)
      .where(and(eq(festivalCommendations.id, id), eq(festivalCommendations.festivalId, festival.id)))
      .returning();
    if (!row) throw notFound('Người được khen thưởng');
    await recordAudit(tx, meta, {
      action: 'festival_commendation.remove',
      entity: 'festival_commendation',
      entityId: row.id,
      communeId: festival.communeId,
      scopePath: festival.unitPath,
      before: { festivalId: festival.id, kind: row.kind, name: row.name, reason: row.reason },
    });
  });
}
