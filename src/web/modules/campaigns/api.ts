import { compareVi } from '../../../lib/vi-text';
import { api, ApiError, type ApiItem, type ApiResponse, type ApiSchema } from '../../lib/api';

/* ---------- Shapes (generated from the OpenAPI document) ---------- */

export type TaskStatus = ApiSchema<'CampaignTask'>['status'];
export type Campaign = ApiItem<'/api/v1/campaigns', 'get'>;
export type Task = ApiSchema<'CampaignTask'>;
export type CampaignDetail = ApiResponse<'/api/v1/campaigns/{id}', 'get'>;
export type LinkedIndicator = CampaignDetail['indicators'][number];
export type TaskListItem = ApiItem<'/api/v1/tasks', 'get'>;
type IndicatorOption = LinkedIndicator & { active?: boolean };

/* ---------- Query keys: invalidate a prefix (e.g. campaignKeys.details) after a write ---------- */

export const campaignKeys = {
  lists: ['campaigns'] as const,
  list: (communeId: string | undefined) => ['campaigns', communeId ?? 'none'] as const,
  details: ['campaign'] as const,
  detail: (id: string | null | undefined) => ['campaign', id ?? 'none'] as const,
  dueTasks: ['campaignTasks'] as const,
  due: (communeId: string, due: 'overdue' | 'soon') => ['campaignTasks', communeId, due] as const,
  indicators: (communeId: string | undefined) => ['indicators', communeId ?? 'none'] as const,
};

/* ---------- Fetchers ---------- */

export const fetchCampaigns = (communeId: string) =>
  api<{ items: Campaign[] }>('GET', `/campaigns?communeId=${communeId}`).then((r) => r.items);
export const fetchCampaign = (id: string) => api<CampaignDetail>('GET', `/campaigns/${id}`);
export const fetchDueTasks = (communeId: string, due: 'overdue' | 'soon') =>
  api<{ items: TaskListItem[] }>('GET', `/tasks?communeId=${communeId}&due=${due}`).then((r) => r.items);

/** Indicators the commune may link; null when the indicators module does not answer (not built or not allowed). */
export async function fetchLinkableIndicators(communeId: string): Promise<IndicatorOption[] | null> {
  try {
    const r = await api<{ items: IndicatorOption[] }>('GET', `/indicators?unitId=${communeId}`);
    return r.items.sort((a, b) => compareVi(a.code, b.code));
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return null;
    throw e;
  }
}

export const createCampaign = (body: unknown) => api<CampaignDetail>('POST', '/campaigns', body);
export const updateCampaign = (id: string, body: unknown) => api<CampaignDetail>('PATCH', `/campaigns/${id}`, body);
export const createTask = (campaignId: string, body: unknown) => api('POST', `/campaigns/${campaignId}/tasks`, body);
export const updateTask = (id: string, body: unknown) => api('PATCH', `/tasks/${id}`, body);
