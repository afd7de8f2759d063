import type { Actor } from '../../core/actor';
import { canManageCampaigns, ledOrganizationIds, taskUpdateDenial } from './policy';
import type { LinkedIndicator, TaskListRow, TaskRow } from './queries';
import type { Campaign } from './schema';

type CommuneRef = { id: string; path: string };

/** What the caller may do with a campaign: edit it, add a task (managers, or an organisation head for their own). */
export const campaignCan = (actor: Actor, commune: CommuneRef) => {
  const manage = canManageCampaigns(actor, commune);
  return { edit: manage, addTask: manage || ledOrganizationIds(actor, commune.id).length > 0 };
};

/** What the caller may do with a task: change every field, or only its progress (status and evidence). */
export const taskCan = (actor: Actor, commune: CommuneRef, t: TaskRow) => ({
  edit: taskUpdateDenial(actor, commune, t, ['title', 'deadline']) === null,
  updateStatus: taskUpdateDenial(actor, commune, t, ['status', 'evidence']) === null,
});

export function presentCampaign(c: Campaign) {
  return {
    id: c.id,
    communeId: c.communeId,
    name: c.name,
    description: c.description,
    from: c.periodFrom,
    to: c.periodTo,
    createdAt: c.createdAt.toISOString(),
  };
}

export function presentTask(t: TaskRow) {
  return {
    id: t.id,
    campaignId: t.campaignId,
    communeId: t.communeId,
    title: t.title,
    ownerOrganizationId: t.ownerOrganizationId,
    ownerOrganizationName: t.ownerOrganizationName,
    deadline: t.deadline,
    status: t.status,
    selfAssigned: t.selfAssigned,
    evidence: t.evidence,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** A task as the caller sees it, with what the caller may do with it. */
export const presentTaskFor = (actor: Actor, commune: CommuneRef, t: TaskRow) => ({
  ...presentTask(t),
  can: taskCan(actor, commune, t),
});

export function presentTaskListRow(actor: Actor, t: TaskListRow) {
  return { ...presentTaskFor(actor, { id: t.communeId, path: t.communePath }, t), campaignName: t.campaignName };
}

export function presentCampaignDetail(
  actor: Actor,
  commune: CommuneRef,
  c: Campaign,
  detail: { indicators: LinkedIndicator[]; tasks: TaskRow[] },
) {
  return {
    ...presentCampaign(c),
    can: campaignCan(actor, commune),
    indicators: detail.indicators,
    tasks: detail.tasks.map((t) => presentTaskFor(actor, commune, t)),
  };
}

/** What the audit log keeps of a campaign: its fields and the linked indicators. */
export function auditCampaign(c: Campaign, indicatorIds: string[]) {
  return { ...presentCampaign(c), indicatorIds };
}
