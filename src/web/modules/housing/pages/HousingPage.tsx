import { Button, Card, Flex, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useUrlParams } from '../../../lib/url-params';
import { useI18n } from '../../../i18n';
import { useUnits } from '../../units/api';
import { type HousingCase, KINDS, kindKey, STAGES, stageColor, stageKey, useHousingList } from '../api';
import { CaseModal } from '../components/CaseModal';

const PAGE_SIZE = 20;

/** "Nhà Đại đoàn kết": every house of the programme with its stage, filtered by stage and kind, and the progress. */
export function HousingPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, set] = useUrlParams();
  const units = useUnits();
  const communes = (units.data ?? []).filter((u) => u.level === 'commune');
  const [creating, setCreating] = useState(false);
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query = new URLSearchParams();
  for (const k of ['stage', 'kind', 'q'] as const) {
    const v = params.get(k);
    if (v) query.set(k, v);
  }
  // One commune in sight (its staff, a village head): the list is that commune's, and says whether one may add.
  const communeIds = [...new Set((units.data ?? []).flatMap((u) => (u.communeId ? [u.communeId] : [])))];
  if (communeIds.length === 1 && communeIds[0]) query.set('communeId', communeIds[0]);
  query.set('limit', String(PAGE_SIZE));
  query.set('offset', String((page - 1) * PAGE_SIZE));
  const list = useHousingList(query);
  const data = list.data;
  const all = Object.values(data?.byStage ?? {}).reduce((a, b) => a + b, 0);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Flex wrap gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0, marginRight: 8 }}>
            {t('hsNav')}
          </Typography.Title>
          <Select
            data-testid="housing-stage-filter"
            style={{ width: 170 }}
            value={params.get('stage') ?? ''}
            onChange={(v: string) => set({ stage: v || null, page: null })}
            options={[
              { value: '', label: t('hsAllStages') },
              ...STAGES.map((s) => ({ value: s, label: t(stageKey(s)) })),
            ]}
          />
          <Select
            data-testid="housing-kind-filter"
            style={{ width: 150 }}
            value={params.get('kind') ?? ''}
            onChange={(v: string) => set({ kind: v || null, page: null })}
            options={[{ value: '', label: t('hsAllKinds') }, ...KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))]}
          />
          <Input.Search
            allowClear
            style={{ flex: '1 1 200px', maxWidth: 320 }}
            placeholder={t('hsSearch')}
            defaultValue={params.get('q') ?? ''}
            onSearch={(v) => set({ q: v.trim() || null, page: null })}
          />
          {data?.can.propose && (
            <Button type="primary" style={{ marginInlineStart: 'auto' }} onClick={() => setCreating(true)}>
              {t('hsNew')}
            </Button>
          )}
        </Flex>
        <Flex wrap gap={6} align="center" style={{ marginTop: 10 }} data-testid="housing-progress">
          <Typography.Text strong>{t('hsProgress')}:</Typography.Text>
          <Tag>
            {t('hsTotal')} {formatInteger(all)}
          </Tag>
          {STAGES.map((s) => (
            <Tag key={s} color={stageColor[s]}>
              {t(stageKey(s))} {formatInteger(data?.byStage[s] ?? 0)}
            </Tag>
          ))}
          <Typography.Text type="secondary">
            · {t('hsKindNewBuild')} {formatInteger(data?.byKind.new_build ?? 0)}, {t('hsKindRepair').toLowerCase()}{' '}
            {formatInteger(data?.byKind.repair ?? 0)}
          </Typography.Text>
        </Flex>
      </Card>
      <Card size="small">
        <ResponsiveTable<HousingCase>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('hsEmpty') }}
          scroll={{ x: 760 }}
          onRow={(c) => ({ onClick: () => navigate(`/housing/${c.id}`), style: { cursor: 'pointer' } })}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            onChange: (p) => set({ page: p > 1 ? String(p) : null }),
          }}
          columns={[
            { title: t('hsHead'), dataIndex: 'headName', card: 'title' },
            { title: t('hsVillage'), dataIndex: 'villageName', width: 120 },
            { title: t('hsKind'), dataIndex: 'kind', width: 100, render: (k: HousingCase['kind']) => t(kindKey(k)) },
            {
              title: t('hsStage'),
              dataIndex: 'stage',
              width: 130,
              render: (s: HousingCase['stage']) => <Tag color={stageColor[s]}>{t(stageKey(s))}</Tag>,
            },
            {
              title: t('hsRequired'),
              dataIndex: 'requiredAmount',
              align: 'right',
              width: 130,
              render: (v: number | null) => (v === null ? '' : formatInteger(v)),
            },
            {
              title: t('hsFunded'),
              dataIndex: 'funded',
              align: 'right',
              width: 130,
              render: (v: number) => formatInteger(v),
            },
            {
              title: t('hsSurveyedOn'),
              dataIndex: 'surveyedOn',
              width: 110,
              render: (d: string) => formatDateVi(d),
            },
          ]}
        />
      </Card>
      {creating && (
        <CaseModal
          communeId={communeIds[0] ?? communes[0]?.id ?? ''}
          villages={(units.data ?? []).filter((u) => u.level === 'village')}
          onClose={() => setCreating(false)}
          onSaved={(c) => navigate(`/housing/${c.id}`)}
        />
      )}
    </Space>
  );
}
