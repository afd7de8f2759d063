import { campaignKeys, fetchLinkableIndicators, type LinkedIndicator, type TaskStatus } from './api';
import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { useI18n, type Key } from '../../i18n';

export const TASK_STATUSES: readonly TaskStatus[] = ['todo', 'in_progress', 'done', 'cancelled'];

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

/** Indicators the commune may link (null when the indicators module does not answer). */
export function useCommuneIndicators(communeId: string | undefined) {
  return useQuery({
    queryKey: campaignKeys.indicators(communeId),
    enabled: communeId !== undefined,
    queryFn: () => fetchLinkableIndicators(communeId as string),
  });
}

export const indicatorLabel = (i: LinkedIndicator) => `${i.code} – ${i.name} (${i.unitLabel})`;
