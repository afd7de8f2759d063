import type { LinkedIndicator, TaskListRow, TaskRow } from './queries';
import type { Campaign } from './schema';

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

export function presentTaskListRow(t: TaskListRow) {
  return { ...presentTask(t), campaignName: t.campaignName };
}

export function presentCampaignDetail(c: Campaign, indicators: LinkedIndicator[], tasks: TaskRow[]) {
  return { ...presentCampaign(c), indicators, tasks: tasks.map(presentTask) };
}

/** What the audit log keeps of a campaign: its fields and the linked indicators. */
export function auditCampaign(c: Campaign, indicatorIds: string[]) {
  return { ...presentCampaign(c), indicatorIds };
}
