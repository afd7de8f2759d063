import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { formatDateVi } from '../../../../lib/dates';
import { useI18n } from '../../../i18n';
import { TaskStatusTag } from '../shared';
import { campaignKeys, fetchDueTasks, type TaskListItem } from '../api';

function DueList({ communeId, due }: { communeId: string; due: 'overdue' | 'soon' }) {
  const { t } = useI18n();
  const tasks = useQuery({
    queryKey: campaignKeys.due(communeId, due),
    queryFn: () => fetchDueTasks(communeId, due),
  });
  return (
    <Card
      size="small"
      title={due === 'overdue' ? t('campaignOverdue') : t('campaignDueSoon')}
      style={{ marginBottom: 16 }}
    >
      <ResponsiveTable
        rowKey="id"
        size="small"
        showHeader={false}
        pagination={false}
        scroll={{ x: true }}
        loading={tasks.isLoading}
        dataSource={tasks.data ?? []}
        locale={{ emptyText: t('campaignNothingDue') }}
        columns={[
          {
            key: 'task',
            render: (_: unknown, task: TaskListItem) => (
              <>
                <div>{task.title}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {task.ownerOrganizationName ?? t('campaignTaskNoOwner')} · {task.campaignName}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'deadline',
            render: (_: unknown, task: TaskListItem) => (
              <>
                <Typography.Text type={due === 'overdue' ? 'danger' : 'warning'}>
                  {task.deadline ? formatDateVi(task.deadline) : ''}
                </Typography.Text>
                <div>
                  <TaskStatusTag status={task.status} />
                </div>
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** The two short lists a standing committee checks first: what is late, and what is due in the next days. */
export function CampaignDueLists({ communeId }: { communeId: string }) {
  return (
    <>
      <DueList communeId={communeId} due="overdue" />
      <DueList communeId={communeId} due="soon" />
    </>
  );
}
