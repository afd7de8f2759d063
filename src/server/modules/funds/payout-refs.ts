import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { disbursements } from './schema';

/**
 * A payout (phiếu chi) as another module links to it — housing names the payout that paid a house's fund share.
 * Whoever asks: the caller checks that the payout's commune and fund are the ones it expects.
 */
export async function payoutRefById(db: Queryable, id: string) {
  const [row] = await db
    .select({
      id: disbursements.id,
      communeId: disbursements.communeId,
      fundId: disbursements.fundId,
      payoutNo: disbursements.payoutNo,
      amount: disbursements.amount,
      date: disbursements.date,
      voidedAt: disbursements.voidedAt,
    })
    .from(disbursements)
    .where(eq(disbursements.id, id))
    .limit(1);
  return row ?? null;
}
