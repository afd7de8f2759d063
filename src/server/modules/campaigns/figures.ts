import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { inSubtree } from '../../db/scope-sql';
import { unitRefs } from '../units/refs';
import { campaignTasks, campaigns } from './schema';

const num = (v: unknown) => Number(v ?? 0);

/** Campaigns running in [from, to] in the subtree at `unitPath`, with their tasks counted (cancelled ones left out). */
export async function campaignFiguresOf(db: Queryable, unitPath: string, from: string, to: string) {
  const rows = await db
    .select({
      name: campaigns.name,
      tasks: sql<number>`count(${campaignTasks.id}) filter (where ${campaignTasks.status} <> 'cancelled')::int`,
      done: sql<number>`count(${campaignTasks.id}) filter (where ${campaignTasks.status} = 'done')::int`,
      selfAssigned: sql<number>`count(${campaignTasks.id})
        filter (where ${campaignTasks.selfAssigned} and ${campaignTasks.status} <> 'cancelled')::int`,
    })
    .from(campaigns)
    .innerJoin(unitRefs, eq(unitRefs.id, campaigns.communeId))
    .leftJoin(campaignTasks, eq(campaignTasks.campaignId, campaigns.id))
    .where(and(inSubtree(unitRefs.path, unitPath), lte(campaigns.periodFrom, to), gte(campaigns.periodTo, from)))
    .groupBy(campaigns.id)
    .orderBy(asc(campaigns.periodFrom), asc(campaigns.name));
  return rows.map((c) => ({ name: c.name, tasks: num(c.tasks), done: num(c.done), selfAssigned: num(c.selfAssigned) }));
}
