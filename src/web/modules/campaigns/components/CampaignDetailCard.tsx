import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useState } from 'react';
import { formatDateVi, todayVn } from '../../../../lib/dates';
import type { Organization } from '../../../lib/api';
import { exportXlsx } from '../../../lib/export-xlsx';
import { useI18n } from '../../../i18n';
import { indicatorLabel, statusKey, TaskStatusTag } from '../shared';
import { EditTaskModal, NewTaskModal } from './CampaignTaskModals';
import type { CampaignDetail, Task } from '../api';
import { BusyButton } from '../../../lib/file-buttons';

const isOpen = (task: Task) => task.status !== 'done' && task.status !== 'cancelled';

/** One campaign: its description, linked indicators and tasks, with the actions the server allows (`can`). */
export function CampaignDetailCard(props: {
  campaign: CampaignDetail;
  organizations: Organization[];
  /** The organisations the user leads, for taking a task on. */
  ledOrganizations: Organization[];
  onEdit: () => void;
}) {
  const { t } = useI18n();
  const { campaign } = props;
  const { can } = campaign;
  const [creating, setCreating] = useState<'assign' | 'self' | null>(null);
  const [editing, setEditing] = useState<Task | null>(null);
  const today = todayVn();
  const canUpdate = (task: Task) => task.can.edit || task.can.updateStatus;

  const exportTasks = () =>
    exportXlsx(
      `${t('campaignExportFile')} - ${campaign.name}`,
      t('campaignTasks'),
      [
        { header: t('campaignTaskTitle'), value: (r: Task) => r.title, width: 50 },
        {
          header: t('campaignTaskOwner'),
          value: (r) => r.ownerOrganizationName ?? t('campaignTaskNoOwner'),
          width: 30,
        },
        {
          header: t('campaignTaskDeadline'),
          value: (r) => (r.deadline ? formatDateVi(r.deadline) : ''),
          format: 'text',
        },
        { header: t('campaignTaskStatus'), value: (r) => t(statusKey(r.status)), width: 16 },
        { header: t('campaignTaskSelfAssigned'), value: (r) => (r.selfAssigned ? t('campaignYes') : t('campaignNo')) },
        { header: t('campaignTaskEvidence'), value: (r) => r.evidence, width: 60 },
      ],
      campaign.tasks,
    );

  return (
    <Card
      title={campaign.name}
      extra={
        can.edit && (
          <Button size="small" onClick={props.onEdit}>
            {t('edit')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {t('campaignPeriod')}: {formatDateVi(campaign.from)} – {formatDateVi(campaign.to)}
        </Typography.Text>
        {campaign.description && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {campaign.description}
          </Typography.Paragraph>
        )}
        <div>
          <Typography.Text strong>{t('campaignIndicators')}: </Typography.Text>
          {campaign.indicators.length ? (
            campaign.indicators.map((i) => <Tag key={i.id}>{indicatorLabel(i)}</Tag>)
          ) : (
            <Typography.Text type="secondary">{t('campaignNoIndicators')}</Typography.Text>
          )}
        </div>
        <Space wrap>
          {can.edit && (
            <Button type="primary" onClick={() => setCreating('assign')}>
              {t('campaignTaskAssign')}
            </Button>
          )}
          {!can.edit && can.addTask && props.ledOrganizations.length > 0 && (
            <Button type="primary" onClick={() => setCreating('self')}>
              {t('campaignTaskSelf')}
            </Button>
          )}
          <BusyButton onClick={exportTasks} disabled={campaign.tasks.length === 0}>
            {t('campaignExport')}
          </BusyButton>
        </Space>
        <ResponsiveTable
          rowKey="id"
          size="small"
          dataSource={campaign.tasks}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('campaignTaskEmpty')} /> }}
          columns={[
            {
              title: t('campaignTaskTitle'),
              dataIndex: 'title',
              render: (title: string, r: Task) => (
                <div style={{ minWidth: 180 }}>
                  {title} {r.selfAssigned && <Tag color="purple">{t('campaignTaskSelfAssigned')}</Tag>}
                </div>
              ),
            },
            {
              title: t('campaignTaskOwner'),
              dataIndex: 'ownerOrganizationName',
              render: (n: string | null) =>
                n ?? <Typography.Text type="secondary">{t('campaignTaskNoOwner')}</Typography.Text>,
            },
            {
              title: t('campaignTaskDeadline'),
              dataIndex: 'deadline',
              render: (d: string | null, r: Task) =>
                d ? (
                  <Typography.Text type={isOpen(r) && d < today ? 'danger' : undefined}>
                    {formatDateVi(d)}
                  </Typography.Text>
                ) : (
                  ''
                ),
            },
            {
              title: t('campaignTaskStatus'),
              dataIndex: 'status',
              render: (_: unknown, r: Task) => <TaskStatusTag status={r.status} />,
            },
            {
              title: t('campaignTaskEvidence'),
              dataIndex: 'evidence',
              render: (e: string) => (
                <Typography.Paragraph
                  ellipsis={{ rows: 2, expandable: true }}
                  style={{ marginBottom: 0, minWidth: 160 }}
                >
                  {e}
                </Typography.Paragraph>
              ),
            },
            {
              title: '',
              key: 'edit',
              card: 'actions',
              render: (_: unknown, r: Task) =>
                canUpdate(r) && (
                  <Button size="small" onClick={() => setEditing(r)}>
                    {t('campaignTaskUpdate')}
                  </Button>
                ),
            },
          ]}
        />
      </Space>
      <NewTaskModal
        open={creating !== null}
        campaignId={campaign.id}
        self={creating === 'self'}
        organizations={creating === 'self' ? props.ledOrganizations : props.organizations}
        onClose={() => setCreating(null)}
      />
      <EditTaskModal task={editing} full={editing?.can.edit ?? false} onClose={() => setEditing(null)} />
    </Card>
  );
}
