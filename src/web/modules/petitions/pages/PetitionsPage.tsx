import { Button, Card, Col, Empty, Flex, Input, Row, Select, Space, Statistic, Switch, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { compareVi } from '../../../../lib/vi-text';
import type { Me } from '../../../lib/api';
import { useI18n } from '../../../i18n';
import { useNewParam, useOpenParam } from '../../../lib/url-params';
import { IssueDocumentButton } from '../../register/components/IssueDocumentButton';
import { PetitionDrawer } from '../components/PetitionDrawer';
import { PetitionFormModal } from '../components/PetitionFormModal';
import {
  AGENCIES,
  FIELDS,
  PAGE_SIZE,
  STATUSES,
  synthesisUrl,
  useOptions,
  usePetitions,
  useSummary,
  type Filters,
  type Petition,
  type Status,
} from '../api';
import { agencyKey, fieldKey, STATUS_COLORS, statusKey } from '../shared';
import { useUnits } from '../../units/api';

const THIS_YEAR = new Date().getFullYear();

/** "Kiến nghị cử tri": the list with filters, the counts, recording, the lifecycle in a drawer, the synthesis .docx. */
export function PetitionsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  void me;
  const units = useUnits().data ?? [];
  // A village head sees only their village: its commune is the village's communeId.
  const communeIds = [
    ...new Set(
      units
        .filter((u) => u.level === 'commune' || u.level === 'village')
        .map((u) => (u.level === 'commune' ? u.id : u.communeId))
        .filter((x): x is string => !!x),
    ),
  ];
  const nameOf = (id: string) =>
    units.find((u) => u.id === id)?.name ?? units.find((u) => u.communeId === id)?.name ?? id;
  const communes = communeIds.map((id) => ({ id, name: nameOf(id) })).sort((a, b) => compareVi(a.name, b.name));
  const [picked, setPicked] = useState<string | undefined>();
  const communeId = picked ?? communes[0]?.id;
  const [year, setYear] = useState<number | 'all'>('all');
  // "All" still needs a start: the server's default period is the current year.
  const period = year === 'all' ? { from: '2000-01-01' } : { from: `${year}-01-01`, to: `${year}-12-31` };
  const [filters, setFilters] = useState<Filters>({ page: 1 });
  const [search, setSearch] = useState('');
  const [session, setSession] = useState('');
  const [creating, setCreating] = useNewParam();
  const [openId, setOpenId] = useOpenParam();
  const list = usePetitions(communeId, filters);
  const summary = useSummary(communeId, period);
  const options = useOptions(communeId);
  const set = (f: Partial<Filters>) => setFilters((cur) => ({ ...cur, ...f, page: f.page ?? 1 }));
  const s = summary.data;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Flex wrap gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0, marginRight: 8 }}>
            {t('ptNav')}
          </Typography.Title>
          {communes.length > 1 && (
            <Select
              aria-label={t('commune')}
              style={{ minWidth: 180 }}
              value={communeId}
              onChange={(v: string) => setPicked(v)}
              options={communes.map((c) => ({ value: c.id, label: c.name }))}
            />
          )}
          <Select<number | 'all'>
            aria-label={t('ptPeriod')}
            style={{ width: 120 }}
            value={year}
            onChange={setYear}
            options={[
              { value: 'all' as const, label: t('ptAllTime') },
              ...Array.from({ length: 6 }, (_, i) => ({
                value: THIS_YEAR - i,
                label: `${t('ptYear')} ${THIS_YEAR - i}`,
              })),
            ]}
          />
          {options.data?.canCreate && (
            <Button type="primary" onClick={() => setCreating(true)} style={{ marginInlineStart: 'auto' }}>
              {t('ptNew')}
            </Button>
          )}
        </Flex>
        {s && (
          <Row gutter={[8, 8]} style={{ marginTop: 12 }}>
            {(
              [
                ['ptReceived', s.received, undefined],
                ['ptAnswered', s.answered, '#389e0d'],
                ['ptPending', s.received - s.answered, undefined],
                ['ptOverdue', s.overdue, s.overdue ? '#cf1322' : undefined],
              ] as const
            ).map(([k, v, color]) => (
              <Col key={k} xs={12} sm={6}>
                <Card size="small">
                  <Statistic title={t(k)} value={formatInteger(v)} styles={{ content: color ? { color } : {} }} />
                </Card>
              </Col>
            ))}
          </Row>
        )}
        {s && s.received > 0 && (
          <Flex wrap gap={4} style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">{t('ptByField')}:</Typography.Text>
            {s.byField.map((f) => (
              <Tag key={f.field}>
                {t(fieldKey(f.field))}: {f.answered}/{f.received}
              </Tag>
            ))}
            <Typography.Text type="secondary">{t('ptByAgency')}:</Typography.Text>
            {s.byAgency.map((a) => (
              <Tag key={a.agency}>
                {t(agencyKey(a.agency))}: {a.answered}/{a.received}
              </Tag>
            ))}
          </Flex>
        )}
        {communeId && (
          <Flex wrap gap={8} align="center" style={{ marginTop: 8 }}>
            <Typography.Text>{t('ptSynthesis')}:</Typography.Text>
            <Input
              aria-label={t('ptSession')}
              style={{ flex: '1 1 200px', maxWidth: 280 }}
              placeholder={t('ptSession')}
              value={session}
              onChange={(e) => setSession(e.target.value)}
              maxLength={100}
            />
            <Button
              href={synthesisUrl(communeId, period, session.trim() || undefined)}
              data-testid="petition-synthesis"
            >
              {t('ptDownload')} .docx
            </Button>
            {options.data?.canManage && (
              <IssueDocumentButton
                path="/petitions/synthesis"
                body={{ communeId, ...period, session: session.trim() || undefined }}
              />
            )}
            <Button type="link" href="/tra-cuu-kien-nghi" target="_blank" rel="noopener">
              {t('ptPortalLink')}
            </Button>
          </Flex>
        )}
      </Card>

      <Card size="small">
        <Flex wrap gap={8} style={{ marginBottom: 8 }}>
          <Input.Search
            allowClear
            style={{ flex: '1 1 220px' }}
            placeholder={t('ptSearch')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => set({ q: v.trim() || undefined })}
          />
          <Select<Status | ''>
            aria-label={t('ptStatus')}
            style={{ flex: '1 1 140px' }}
            value={filters.status ?? ''}
            onChange={(v) => set({ status: v || undefined })}
            options={[
              { value: '' as const, label: `${t('ptStatus')}: ${t('ptAll')}` },
              ...STATUSES.map((x) => ({ value: x, label: t(statusKey(x)) })),
            ]}
          />
          <Select
            aria-label={t('ptField')}
            style={{ flex: '1 1 160px' }}
            value={filters.field ?? ''}
            onChange={(v: string) => set({ field: v || undefined })}
            options={[
              { value: '', label: `${t('ptField')}: ${t('ptAll')}` },
              ...FIELDS.map((x) => ({ value: x, label: t(fieldKey(x)) })),
            ]}
          />
          <Select
            aria-label={t('ptAgency')}
            style={{ flex: '1 1 160px' }}
            value={filters.agency ?? ''}
            onChange={(v: string) => set({ agency: v || undefined })}
            options={[
              { value: '', label: `${t('ptAgency')}: ${t('ptAll')}` },
              ...AGENCIES.map((x) => ({ value: x, label: t(agencyKey(x)) })),
            ]}
          />
          {(options.data?.villages.length ?? 0) > 1 && (
            <Select
              aria-label={t('ptVillage')}
              style={{ flex: '1 1 140px' }}
              value={filters.villageId ?? ''}
              onChange={(v: string) => set({ villageId: v || undefined })}
              options={[
                { value: '', label: `${t('ptVillage')}: ${t('ptAll')}` },
                ...(options.data?.villages ?? []).map((v) => ({ value: v.id, label: v.name })),
              ]}
            />
          )}
          <Space>
            <Switch
              checked={filters.overdue ?? false}
              onChange={(v) => set({ overdue: v || undefined })}
              aria-label={t('ptOnlyOverdue')}
            />
            {t('ptOnlyOverdue')}
          </Space>
        </Flex>
        <ResponsiveTable<Petition>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('ptEmpty')} /> }}
          scroll={{ x: 720 }}
          // A row opens by keyboard too (Tab, Enter): it was mouse-only, and the table's sideways scroll on a phone
          // had nothing to focus.
          onRow={(p) => ({
            onClick: () => setOpenId(p.id),
            onKeyDown: (e) => {
              if (e.key === 'Enter') setOpenId(p.id);
            },
            tabIndex: 0,
            style: { cursor: 'pointer' },
          })}
          pagination={{
            current: filters.page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => set({ page }),
            size: 'small',
          }}
          columns={[
            {
              title: t('ptCode'),
              dataIndex: 'code',
              width: 100,
              render: (c: string) => <Typography.Text code>{c}</Typography.Text>,
            },
            { title: t('ptReceivedAt'), dataIndex: 'receivedAt', width: 100, render: (d: string) => formatDateVi(d) },
            { title: t('ptContent'), dataIndex: 'content', ellipsis: true, card: 'title' },
            { title: t('ptField'), dataIndex: 'field', width: 150, render: (f: string) => t(fieldKey(f)) },
            { title: t('ptVillage'), dataIndex: 'villageName', width: 110, render: (v: string | null) => v ?? '—' },
            {
              title: t('ptStatus'),
              key: 'status',
              width: 150,
              render: (_: unknown, p) => (
                <Space size={2} wrap>
                  <Tag color={STATUS_COLORS[p.status]}>{t(statusKey(p.status))}</Tag>
                  {p.overdue && <Tag color="red">{t('ptOverdue')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('ptDueDate'),
              dataIndex: 'dueDate',
              width: 100,
              render: (d: string | null) => (d ? formatDateVi(d) : ''),
            },
          ]}
        />
      </Card>
      {creating && communeId && options.data && (
        <PetitionFormModal
          communeId={communeId}
          options={options.data}
          onClose={() => setCreating(false)}
          onSaved={(p) => {
            setCreating(false);
            setOpenId(p.id);
          }}
        />
      )}
      <PetitionDrawer id={openId} options={options.data} onClose={() => setOpenId(null)} />
    </Space>
  );
}
