import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';

export type NumberKind = 'PT' | 'PC';

/**
 * The next number of a fund's receipts (PT) or payouts (PC) in a year, inside the caller's
 * transaction: the upsert takes the counter row's lock, so concurrent writers queue, and a rolled-back
 * transaction gives its number back — numbers stay gapless.
 */
export async function nextNumber(
  tx: Queryable,
  communeId: string,
  fundId: string,
  year: number,
  kind: NumberKind,
): Promise<{ seq: number; label: string }> {
  const res = await tx.execute<{ last: number }>(sql`
    insert into document_counters (commune_id, fund_id, year, kind, last)
    values (${communeId}, ${fundId}, ${year}, ${kind}, 1)
    on conflict (commune_id, fund_id, year, kind) do update set last = document_counters.last + 1
    returning last`);
  const seq = Number((res as unknown as { rows: { last: number }[] }).rows[0]?.last);
  return { seq, label: `${kind}-${year}-${String(seq).padStart(4, '0')}` };
}
