import type { Actor } from '../../core/actor';
import { canReadCommune, isAdmin, isWithin, manageRoots } from '../../core/scope';
import type { CampaignTask } from './schema';

type CommuneRef = { id: string; path: string };

/** Campaigns are reading matter for everyone working in the commune and for the levels above it. */
export const canReadCampaigns = (actor: Actor, commune: CommuneRef): boolean => canReadCommune(actor, commune);

/** Running a campaign (and assigning its tasks) is the standing committee's job, or the level above's. */
export function canManageCampaigns(actor: Actor, commune: CommuneRef): boolean {
  return isAdmin(actor) || manageRoots(actor).some((m) => isWithin(commune.path, m.root));
}

/** Organisations of this commune the actor heads. */
export function ledOrganizationIds(actor: Actor, communeId: string): string[] {
  return actor.grants
    .filter((g) => g.role === 'org_lead' && g.communeId === communeId && g.organizationId)
    .map((g) => g.organizationId as string);
}

/** An indicator is usable by a commune when it is owned by that commune or one of its ancestors. */
export const isIndicatorVisibleTo = (commune: CommuneRef, indicator: { ownerPath: string }): boolean =>
  isWithin(commune.path, indicator.ownerPath);

export type TaskAssignment =
  | { kind: 'assign'; ownerOrganizationId: string | null; selfAssigned: false }
  | { kind: 'self'; ownerOrganizationId: string; selfAssigned: true }
  | { kind: 'denied'; fields?: Record<string, string> };

/**
 * Who may create a task, for which organisation. Managers assign to any organisation of the
 * commune (checked by the caller); an organisation head only takes a task on for their own
 * organisation ("tự nhận đảm nhiệm").
 */
export function taskAssignment(
  actor: Actor,
  commune: CommuneRef,
  requestedOrgId: string | null | undefined,
): TaskAssignment {
  if (canManageCampaigns(actor, commune))
    return { kind: 'assign', ownerOrganizationId: requestedOrgId ?? null, selfAssigned: false };
  const own = ledOrganizationIds(actor, commune.id);
  const first = own[0];
  if (!first) return { kind: 'denied' };
  if (requestedOrgId == null) return { kind: 'self', ownerOrganizationId: first, selfAssigned: true };
  if (own.includes(requestedOrgId)) return { kind: 'self', ownerOrganizationId: requestedOrgId, selfAssigned: true };
  return { kind: 'denied', fields: { ownerOrganizationId: 'Bạn chỉ được nhận nhiệm vụ cho tổ chức của mình.' } };
}

export const orgLeadTaskFields = ['status', 'evidence'] as const;

/**
 * What the actor may change on a task: everything (managers), only progress (the head of the
 * owning organisation), or nothing. Returns the offending fields when the change is not allowed.
 */
export function taskUpdateDenial(
  actor: Actor,
  commune: CommuneRef,
  task: Pick<CampaignTask, 'ownerOrganizationId'>,
  changedFields: string[],
): Record<string, string> | null {
  if (canManageCampaigns(actor, commune)) return null;
  const owns =
    task.ownerOrganizationId !== null && ledOrganizationIds(actor, commune.id).includes(task.ownerOrganizationId);
  if (!owns) return {};
  const extra = changedFields.filter((f) => !(orgLeadTaskFields as readonly string[]).includes(f));
  if (extra.length === 0) return null;
  return Object.fromEntries(extra.map((f) => [f, 'Tổ chức chỉ được cập nhật trạng thái và kết quả thực hiện.']));
}
