import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Row, Select, Space } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { unitDisplayName } from '../../../../lib/units';
import { compareVi } from '../../../../lib/vi-text';
import type { Me } from '../../../lib/api';
import { CampaignDetailCard } from '../components/CampaignDetailCard';
import { CampaignDueLists } from '../components/CampaignDueLists';
import { CampaignFormModal } from '../components/CampaignFormModal';
import { useI18n } from '../../../i18n';
import { useOpenParam } from '../../../lib/url-params';
import { useUnits, useCommuneOrganizations } from '../../units/api';
import { ledOrganizations, mayCreateCampaignIn } from '../permissions';
import { type Campaign, campaignKeys, fetchCampaigns, fetchCampaign } from '../api';

export function CampaignsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const units = useUnits();
  const communes = (units.data ?? []).filter((u) => u.level === 'commune').sort((a, b) => compareVi(a.name, b.name));
  const [communeId, setCommuneId] = useState<string | undefined>(undefined);
  const current = communeId ?? communes[0]?.id;
  const [selectedId, setSelectedId] = useOpenParam();
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);

  const orgs = useCommuneOrganizations(current);
  const canCreate = mayCreateCampaignIn(me, units.data ?? [], current);
  const campaigns = useQuery({
    queryKey: campaignKeys.list(current),
    enabled: current !== undefined,
    queryFn: () => fetchCampaigns(current as string),
  });
  const selected = useQuery({
    queryKey: campaignKeys.detail(selectedId),
    enabled: selectedId !== null,
    queryFn: () => fetchCampaign(selectedId as string),
  });
  const detail = selected.data && selected.data.communeId === current ? selected.data : null;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Card
          title={t('campaignsTitle')}
          extra={
            <Space wrap>
              {communes.length > 1 && (
                <Select
                  style={{ minWidth: 180 }}
                  value={current}
                  onChange={(id: string) => {
                    setCommuneId(id);
                    setSelectedId(null);
                  }}
                  options={communes.map((c) => ({ value: c.id, label: unitDisplayName(c) }))}
                />
              )}
              {canCreate && (
                <Button type="primary" onClick={() => setEditing('new')}>
                  {t('campaignNew')}
                </Button>
              )}
            </Space>
          }
        >
          <ResponsiveTable
            rowKey="id"
            size="small"
            loading={campaigns.isLoading}
            dataSource={campaigns.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: true }}
            locale={{ emptyText: <Empty description={t('campaignEmpty')} /> }}
            rowClassName={(c: Campaign) => (c.id === selectedId ? 'ant-table-row-selected' : '')}
            onRow={(c: Campaign) => ({ onClick: () => setSelectedId(c.id), style: { cursor: 'pointer' } })}
            columns={[
              { title: t('campaignName'), dataIndex: 'name' },
              {
                title: t('campaignPeriod'),
                key: 'period',
                render: (_: unknown, c: Campaign) => `${formatDateVi(c.from)} – ${formatDateVi(c.to)}`,
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        {current && <CampaignDueLists communeId={current} />}
      </Col>
      <Col xs={24}>
        {detail ? (
          <CampaignDetailCard
            campaign={detail}
            organizations={orgs.data ?? []}
            ledOrganizations={ledOrganizations(me, orgs.data ?? [])}
            onEdit={() => setEditing('edit')}
          />
        ) : (
          <Card loading={selected.isLoading && selectedId !== null}>
            <Empty description={t('campaignSelectHint')} />
          </Card>
        )}
      </Col>
      {current && (
        <CampaignFormModal
          open={editing !== null}
          communeId={current}
          campaign={editing === 'edit' ? detail : null}
          onClose={() => setEditing(null)}
          onSaved={(c) => {
            setSelectedId(c.id);
            setEditing(null);
          }}
        />
      )}
    </Row>
  );
}
