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
  or,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import { compareVi } from '../../../lib/vi-text';
import type { Actor } from '../../core/actor';
import { isAdmin, memberCommuneIds, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inIds, inSubtrees } from '../../db/scope-sql';
import { indicators } from '../targets/schema';
import { organizations, units } from '../units/schema';
import { campaignIndicators, campaigns, campaignTasks, type Campaign, type CampaignTask } from './schema';

export type TaskRow = CampaignTask & { ownerOrganizationName: string | null };
export type TaskListRow = TaskRow & { campaignName: string };
export type LinkedIndicator = { id: string; code: string; name: string; unitLabel: string };
export type DueFilter = 'overdue' | 'soon';

/** The SQL form of canReadCommune, for a row whose commune is joined as `units`. */
function readableCommune(actor: Actor, communeId: AnyColumn): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  return or(inSubtrees(units.path, readRoots(actor)), inIds(communeId, memberCommuneIds(actor)));
}

export async function listCampaigns(db: Queryable, actor: Actor, communeId?: string): Promise<Campaign[]> {
  const rows = await db
    .select({ campaign: campaigns })
    .from(campaigns)
    .innerJoin(units, eq(units.id, campaigns.communeId))
    .where(and(readableCommune(actor, campaigns.communeId), communeId ? eq(campaigns.communeId, communeId) : undefined))
    .orderBy(desc(campaigns.periodFrom));
  // Newest period first; within one start date, Vietnamese name order.
  return rows
    .map((r) => r.campaign)
    .sort((a, b) => b.periodFrom.localeCompare(a.periodFrom) || compareVi(a.name, b.name));
}

/** Any campaign by id with its commune's path, regardless of scope: callers decide with policy. */
export async function findCampaign(db: Queryable, id: string) {
  const [row] = await db
    .select({ campaign: campaigns, communePath: units.path })
    .from(campaigns)
    .innerJoin(units, eq(units.id, campaigns.communeId))
    .where(eq(campaigns.id, id))
    .limit(1);
  return row ?? null;
}

/** Indicators by id, with the owner path that decides which communes may link them. */
export async function findIndicators(db: Queryable, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: indicators.id, ownerPath: indicators.ownerPath })
    .from(indicators)
    .where(inArray(indicators.id, ids));
}

export async function linkedIndicators(db: Queryable, campaignId: string): Promise<LinkedIndicator[]> {
  const rows = await db
    .select({ id: indicators.id, code: indicators.code, name: indicators.name, unitLabel: indicators.unitLabel })
    .from(campaignIndicators)
    .innerJoin(indicators, eq(indicators.id, campaignIndicators.indicatorId))
    .where(eq(campaignIndicators.campaignId, campaignId));
  return rows.sort((a, b) => compareVi(a.code, b.code));
}

const taskColumns = { ...getTableColumns(campaignTasks), ownerOrganizationName: organizations.name };

/** Tasks in deadline order, those without a deadline last. */
const taskOrder = [sql`${campaignTasks.deadline} asc nulls last`, asc(campaignTasks.createdAt)];

export async function tasksOfCampaign(db: Queryable, campaignId: string): Promise<TaskRow[]> {
  return db
    .select(taskColumns)
    .from(campaignTasks)
    .leftJoin(organizations, eq(organizations.id, campaignTasks.ownerOrganizationId))
    .where(eq(campaignTasks.campaignId, campaignId))
    .orderBy(...taskOrder);
}

/** Any task by id with its commune's path, regardless of scope. */
export async function findTask(db: Queryable, id: string) {
  const [row] = await db
    .select({ task: taskColumns, communePath: units.path })
    .from(campaignTasks)
    .innerJoin(units, eq(units.id, campaignTasks.communeId))
    .leftJoin(organizations, eq(organizations.id, campaignTasks.ownerOrganizationId))
    .where(eq(campaignTasks.id, id))
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
    .select({ ...taskColumns, campaignName: campaigns.name })
    .from(campaignTasks)
    .innerJoin(units, eq(units.id, campaignTasks.communeId))
    .innerJoin(campaigns, eq(campaigns.id, campaignTasks.campaignId))
    .leftJoin(organizations, eq(organizations.id, campaignTasks.ownerOrganizationId))
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

/* ---------- Added for meetings (helper vD): a conclusion shows the task it became ---------- */

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
      ownerOrganizationName: organizations.name,
    })
    .from(campaignTasks)
    .innerJoin(campaigns, eq(campaigns.id, campaignTasks.campaignId))
    .leftJoin(organizations, eq(organizations.id, campaignTasks.ownerOrganizationId))
    .where(inArray(campaignTasks.id, wanted));
  return new Map(rows.map(({ id, ...t }) => [id, t]));
}
