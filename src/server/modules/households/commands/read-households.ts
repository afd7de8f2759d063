import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';

/**
 * Reads of personal data are logged (DOMAIN.md rule 6): who (the meta), when (the row's time),
 * what (the filter, how many households). Written before the data leaves the server.
 */
export async function logHouseholdRead(
  db: Db,
  meta: RequestMeta,
  entry: {
    action: 'household.list' | 'household.export' | 'household.personal_data';
    entity: string;
    entityId?: string | null;
    communeId?: string | null;
    scopePath?: string | null;
    after: unknown;
  },
) {
  await recordAudit(db, meta, { ...entry, entityId: entry.entityId ?? null });
}
