import { Button, Card, Flex, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatDateVi } from '../../../../lib/dates';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useUrlParams } from '../../../lib/url-params';
import { useI18n } from '../../../i18n';
import { fmt } from '../../targets/shared';
import { useUnits } from '../../units/api';
import { type Festival, useFestivals } from '../api';
import { PlanModal } from '../components/PlanModal';

/** "Ngày hội Đại đoàn kết": each village's festival of a year, its date, place and how many were commended. */
export function FestivalsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, set] = useUrlParams();
  const units = useUnits();
  const [creating, setCreating] = useState(false);
  const year = params.get('year') ?? '';
  const list = useFestivals(year ? `year=${year}` : '');
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  // A village head plans only their village: the villages listed are those the user reads.
  const villages = (units.data ?? []).filter((u) => u.level === 'village');
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Flex wrap gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0, marginRight: 8 }}>
            {t('fvNav')}
          </Typography.Title>
          <Select
            data-testid="festival-year"
            style={{ width: 120 }}
            value={year}
            onChange={(v: string) => set({ year: v || null })}
            options={[{ value: '', label: t('fvYear') }, ...years.map((y) => ({ value: y, label: y }))]}
          />
          {list.data?.can.plan && (
            <Button type="primary" style={{ marginInlineStart: 'auto' }} onClick={() => setCreating(true)}>
              {t('fvNew')}
            </Button>
          )}
        </Flex>
      </Card>
      <Card size="small">
        <ResponsiveTable<Festival>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('fvEmpty') }}
          onRow={(f) => ({ onClick: () => navigate(`/festivals/${f.id}`), style: { cursor: 'pointer' } })}
          pagination={false}
          columns={[
            { title: t('fvVillage'), dataIndex: 'villageName', card: 'title' },
            { title: t('fvYear'), dataIndex: 'year', width: 80 },
            { title: t('fvDate'), dataIndex: 'date', width: 120, render: (d: string) => formatDateVi(d) },
            { title: t('fvPlace'), dataIndex: 'place' },
            {
              title: t('fvCommended'),
              key: 'commended',
              width: 160,
              render: (_: unknown, f: Festival) => fmt(t('fvCommendedCount'), f.commended),
            },
            {
              title: t('fvReportColumn'),
              dataIndex: 'reportNumber',
              width: 130,
              // The register number once the report read at the ceremony was issued; a draft says so.
              render: (n: string | null) =>
                n ? (
                  <Tag color="green">{n}</Tag>
                ) : (
                  <Typography.Text type="secondary">{t('fvReportDraft')}</Typography.Text>
                ),
            },
          ]}
        />
      </Card>
      {creating && (
        <PlanModal
          villages={villages}
          onClose={() => setCreating(false)}
          onSaved={(f) => navigate(`/festivals/${f.id}`)}
        />
      )}
    </Space>
  );
}
