import { inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { disbursements, funds } from './schema';

const CHUNK = 5000; // ids per query: well under PostgreSQL's 65,535 bind parameters

async function byIds<T extends { id: string }>(ids: string[], load: (chunk: string[]) => Promise<T[]>) {
  const out = new Map<string, T>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK)
    for (const r of await load(unique.slice(i, i + CHUNK))) out.set(r.id, r);
  return out;
}

/** Fund names by id (relief shows which fund paid a gift). */
export async function fundNamesByIds(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const rows = await byIds(ids, (chunk) =>
    db.select({ id: funds.id, name: funds.name }).from(funds).where(inArray(funds.id, chunk)),
  );
  return new Map([...rows].map(([id, r]) => [id, r.name]));
}

/** Payout numbers ("PC 03/2023") by disbursement id (relief shows the phiếu chi of a gift paid from a fund). */
export async function payoutNumbersByIds(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const rows = await byIds(ids, (chunk) =>
    db
      .select({ id: disbursements.id, payoutNo: disbursements.payoutNo })
      .from(disbursements)
      .where(inArray(disbursements.id, chunk)),
  );
  return new Map([...rows].map(([id, r]) => [id, r.payoutNo]));
}
