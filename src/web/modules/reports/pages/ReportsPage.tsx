import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Tabs, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { formatDateVi } from '../../../../lib/dates';
import type { Me } from '../../../lib/api';
import { useI18n, type Key } from '../../../i18n';
import { useNewParam, useOpenParam } from '../../../lib/url-params';
import { CreateReport } from '../components/CreateReport';
import { Rollup } from '../components/Rollup';
import { ReportView } from '../components/ReportView';
import { fetchReports, reportKeys } from '../api';

/** "Báo cáo": the committee's review reports — list, create, preview and edit, issue, submit; the province roll-up. */
export function ReportsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const [open, setOpen] = useOpenParam();
  const [creating, setCreating] = useNewParam();
  const list = useQuery({
    queryKey: reportKeys.list,
    queryFn: fetchReports,
  });
  // GET /reports carries no list-level flag for creating a report or reading the province roll-up: role readings.
  const canCreate = me.permissions.admin || me.roles.some((r) => r.role === 'standing' || r.role === 'upper');
  const isUpper = me.permissions.admin || me.roles.some((r) => r.role === 'upper');

  if (open) return <ReportView id={open} onBack={() => setOpen(null)} />;

  const reports = (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        {canCreate && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('rpNew')}
          </Button>
        )}
      </Flex>
      <ResponsiveTable
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('rpEmpty') }}
        scroll={{ x: true }}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('rpTitle'),
            dataIndex: 'title',
            width: 240,
            onCell: () => ({ style: { minWidth: 220 } }),
            render: (v: string, r) => <Typography.Link onClick={() => setOpen(r.id)}>{v}</Typography.Link>,
          },
          { title: t('rpUnit'), dataIndex: 'unitName', render: (v: string, r) => `${r.unitKind} ${v}` },
          {
            title: t('rpPeriod'),
            dataIndex: 'from',
            render: (_: string, r) => `${formatDateVi(r.from)} – ${formatDateVi(r.to)}`,
          },
          { title: t('rpNumber'), dataIndex: 'number', render: (v: string | null) => v ?? '—' },
          {
            title: t('rpStatus'),
            dataIndex: 'status',
            render: (v: string, r) => (
              <Flex gap={4} wrap>
                <Tag color={v === 'issued' ? 'green' : 'default'}>{t(v === 'issued' ? 'rpIssued' : 'rpDraft')}</Tag>
                {r.submittedAt && <Tag color="blue">{t('rpSubmitted')}</Tag>}
              </Flex>
            ),
          },
          { title: t('rpType'), dataIndex: 'type', render: (v: string) => t(`rpType_${v}` as Key) },
        ]}
      />
      {creating && <CreateReport onClose={() => setCreating(false)} onCreated={(id) => setOpen(id)} />}
    </>
  );
  return (
    <Card title={t('rpList')}>
      {isUpper ? (
        <Tabs
          items={[
            { key: 'list', label: t('rpList'), children: reports },
            { key: 'rollup', label: t('rpRollup'), children: <Rollup onOpen={setOpen} /> },
          ]}
        />
      ) : (
        reports
      )}
    </Card>
  );
}
