import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { compareVi } from '../../../lib/vi-text';
import { api, ApiError } from '../../lib/api';
import { useI18n, type Key } from '../../i18n';

export const TASK_STATUSES = ['todo', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export type Campaign = {
  id: string;
  communeId: string;
  name: string;
  description: string;
  from: string;
  to: string;
  createdAt: string;
  /** What the caller may do, once the campaigns presenter carries it. */
  can?: { manage?: boolean };
};
export type Task = {
  id: string;
  campaignId: string;
  communeId: string;
  title: string;
  ownerOrganizationId: string | null;
  ownerOrganizationName: string | null;
  deadline: string | null;
  status: TaskStatus;
  selfAssigned: boolean;
  evidence: string;
  createdAt: string;
  updatedAt: string;
};
export type LinkedIndicator = { id: string; code: string; name: string; unitLabel: string };
export type CampaignDetail = Campaign & { indicators: LinkedIndicator[]; tasks: Task[] };
export type TaskListItem = Task & { campaignName: string };

const STATUS_COLOR: Record<TaskStatus, string> = {
  todo: 'gold',
  in_progress: 'blue',
  done: 'green',
  cancelled: 'default',
};
export const statusKey = (s: TaskStatus): Key => `campaignStatus_${s}`;

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOR[status]}>{t(statusKey(status))}</Tag>;
}

/** What the signed-in user may do in one commune; the server checks again, this only hides buttons. */

type IndicatorOption = LinkedIndicator & { active?: boolean };

/** Indicators the commune may link; null when the indicators module does not answer (not built or not allowed). */
export function useCommuneIndicators(communeId: string | undefined) {
  return useQuery({
    queryKey: ['indicators', communeId ?? 'none'],
    enabled: communeId !== undefined,
    queryFn: async (): Promise<IndicatorOption[] | null> => {
      try {
        const r = await api<{ items: IndicatorOption[] }>('GET', `/indicators?unitId=${communeId}`);
        return r.items.sort((a, b) => compareVi(a.code, b.code));
      } catch (e) {
        if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return null;
        throw e;
      }
    },
  });
}

export const indicatorLabel = (i: LinkedIndicator) => `${i.code} – ${i.name} (${i.unitLabel})`;
