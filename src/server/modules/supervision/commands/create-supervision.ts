import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { supervisions, type Supervision } from '../schema';

export type SupervisionDetails = Pick<
  Supervision,
  'kind' | 'subject' | 'target' | 'content' | 'team' | 'startDate' | 'endDate'
>;

/** A new supervision plan (status planned), audited in the same transaction. */
export async function createSupervision(
  db: Db,
  meta: RequestMeta,
  commune: { id: string; path: string },
  input: SupervisionDetails,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(supervisions)
      .values({ communeId: commune.id, unitPath: commune.path, ...input, createdBy: meta.actorId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'supervision.create',
      entity: 'supervision',
      entityId: row.id,
      communeId: commune.id,
      scopePath: commune.path,
      after: row,
    });
    return row;
  });
}
