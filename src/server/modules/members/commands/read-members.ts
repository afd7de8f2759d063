import type { Actor, RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { listMemberships, type MembershipFilter } from '../queries';

/**
 * A member list leaves the server only with its read logged (personal data, as the household list): who, when,
 * which organisation, village and status, how many rows. A name typed into the search is not written: it is a
 * person's name, and an erasure could not reach it in the log.
 */
export async function readMemberList(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  filter: MembershipFilter,
  where: { communeId: string | null; scopePath: string | null },
  action: 'member.list' | 'member.export' = 'member.list',
) {
  const result = await listMemberships(db, actor, filter);
  const { q, ...shown } = filter;
  await recordAudit(db, meta, {
    action,
    entity: 'membership',
    entityId: null,
    communeId: where.communeId,
    scopePath: where.scopePath,
    after: { filter: { ...shown, searched: Boolean(q?.trim()) }, rows: result.rows.length, total: result.total },
  });
  return result;
}
