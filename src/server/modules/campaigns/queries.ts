import { addDays } from '../../../lib/dates';
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  lt,
  lte,
  notInArray,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import { compareVi } from '../../../lib/vi-text';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { readableCommuneSql } from '../../db/scope-sql';
import { indicatorsByIds } from '../targets/figures';
import { organizationRefs, unitRefs } from '../units/refs';
import { campaignIndicators, campaigns, campaignTasks, type Campaign, type CampaignTask } from './schema';

export type TaskRow = CampaignTask & { ownerOrganizationName: string | null };
export type TaskListRow = TaskRow & { campaignName: string; communePath: string };
export type LinkedIndicator = { id: string; code: string; name: string; unitLabel: string };
export type DueFilter = 'overdue' | 'soon';

/** The SQL form of canReadCampaigns, for a row whose commune is joined as `unitRefs`. */
export const readableCommune = (actor: Actor, communeId: AnyColumn): SQL | undefined =>
  readableCommuneSql(actor, unitRefs.path, communeId);

export async function listCampaigns(db: Queryable, actor: Actor, communeId?: string): Promise<Campaign[]> {
  const rows = await db
    .select({ campaign: campaigns })
    .from(campaigns)
    .innerJoin(unitRefs, eq(unitRefs.id, campaigns.communeId))
    .where(and(readableCommune(actor, campaigns.communeId), communeId ? eq(campaigns.communeId, communeId) : undefined))
    .orderBy(desc(campaigns.periodFrom));
  // Newest period first; within one start date, Vietnamese name order.
  return rows
    .map((r) => r.campaign)
    .sort((a, b) => b.periodFrom.localeCompare(a.periodFrom) || compareVi(a.name, b.name));
}

/** A campaign by id with its commune's path, within `scope` when given (lookup.ts passes the caller's). */
export async function findCampaign(db: Queryable, id: string, scope?: SQL) {
  const [row] = await db
    .select({ campaign: campaigns, communePath: unitRefs.path })
    .from(campaigns)
    .innerJoin(unitRefs, eq(unitRefs.id, campaigns.communeId))
    .where(and(eq(campaigns.id, id), scope))
    .limit(1);
  return row ?? null;
}

/** Indicators by id, with the owner path that decides which communes may link them (the targets module owns them). */
export async function findIndicators(db: Queryable, ids: string[]) {
  return indicatorsByIds(db, ids);
}

export async function linkedIndicators(db: Queryable, campaignId: string): Promise<LinkedIndicator[]> {
  const links = await db
    .select({ id: campaignIndicators.indicatorId })
    .from(campaignIndicators)
    .where(eq(campaignIndicators.campaignId, campaignId));
  const rows = await indicatorsByIds(
    db,
    links.map((l) => l.id),
  );
  return rows
    .map((i) => ({ id: i.id, code: i.code, name: i.name, unitLabel: i.unitLabel }))
    .sort((a, b) => compareVi(a.code, b.code));
}

/** What a campaign's page shows besides the campaign: its linked indicators and its tasks. */
export async function campaignDetail(db: Queryable, campaignId: string) {
  return { indicators: await linkedIndicators(db, campaignId), tasks: await tasksOfCampaign(db, campaignId) };
}

const taskColumns = { ...getTableColumns(campaignTasks), ownerOrganizationName: organizationRefs.name };

/** Tasks in deadline order, those without a deadline last. */
const taskOrder = [sql`${campaignTasks.deadline} asc nulls last`, asc(campaignTasks.createdAt)];

export async function tasksOfCampaign(db: Queryable, campaignId: string): Promise<TaskRow[]> {
  return db
    .select(taskColumns)
    .from(campaignTasks)
    .leftJoin(organizationRefs, eq(organizationRefs.id, campaignTasks.ownerOrganizationId))
    .where(eq(campaignTasks.campaignId, campaignId))
    .orderBy(...taskOrder);
}

/** A task by id with its commune's path, within `scope` when given (lookup.ts passes the caller's). */
export async function findTask(db: Queryable, id: string, scope?: SQL) {
  const [row] = await db
    .select({ task: taskColumns, communePath: unitRefs.path })
    .from(campaignTasks)
    .innerJoin(unitRefs, eq(unitRefs.id, campaignTasks.communeId))
    .leftJoin(organizationRefs, eq(organizationRefs.id, campaignTasks.ownerOrganizationId))
    .where(and(eq(campaignTasks.id, id), scope))
    .limit(1);
  return row ?? null;
}

export const SOON_DAYS = 3;

function dueCondition(due: DueFilter | undefined, today: string): SQL | undefined {
  if (!due) return undefined;
  const open = notInArray(campaignTasks.status, ['done', 'cancelled']);
  if (due === 'overdue') return and(open, lt(campaignTasks.deadline, today));
  return and(open, gte(campaignTasks.deadline, today), lte(campaignTasks.deadline, addDays(today, SOON_DAYS)));
}

export type TaskFilter = { communeId?: string; organizationId?: string; due?: DueFilter; today: string };

export async function listTasks(db: Queryable, actor: Actor, f: TaskFilter): Promise<TaskListRow[]> {
  return db
    .select({ ...taskColumns, campaignName: campaigns.name, communePath: unitRefs.path })
    .from(campaignTasks)
    .innerJoin(unitRefs, eq(unitRefs.id, campaignTasks.communeId))
    .innerJoin(campaigns, eq(campaigns.id, campaignTasks.campaignId))
    .leftJoin(organizationRefs, eq(organizationRefs.id, campaignTasks.ownerOrganizationId))
    .where(
      and(
        readableCommune(actor, campaignTasks.communeId),
        f.communeId ? eq(campaignTasks.communeId, f.communeId) : undefined,
        f.organizationId ? eq(campaignTasks.ownerOrganizationId, f.organizationId) : undefined,
        dueCondition(f.due, f.today),
      ),
    )
    .orderBy(...taskOrder);
}

export type TaskSummary = {
  title: string;
  status: CampaignTask['status'];
  deadline: string | null;
  campaignId: string;
  campaignName: string;
  ownerOrganizationId: string | null;
  ownerOrganizationName: string | null;
};

/** Tasks among these ids with their campaign's and owner organisation's names (id → summary). */
export async function taskSummaries(db: Queryable, ids: (string | null)[]): Promise<Map<string, TaskSummary>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      id: campaignTasks.id,
      title: campaignTasks.title,
      status: campaignTasks.status,
      deadline: campaignTasks.deadline,
      campaignId: campaignTasks.campaignId,
      campaignName: campaigns.name,
      ownerOrganizationId: campaignTasks.ownerOrganizationId,
      ownerOrganizationName: organizationRefs.name,
    })
    .from(campaignTasks)
    .innerJoin(campaigns, eq(campaigns.id, campaignTasks.campaignId))
    .leftJoin(organizationRefs, eq(organizationRefs.id, campaignTasks.ownerOrganizationId))
    .where(inArray(campaignTasks.id, wanted));
  return new Map(rows.map(({ id, ...t }) => [id, t]));
}
