import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Grid,
  InputNumber,
  Row,
  Select,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useState } from 'react';
import { todayVn } from '../../../../lib/dates';
import { formatDateVi } from '../../../../lib/dates';
import { compareVi } from '../../../../lib/vi-text';
import type { Me } from '../../../lib/api';
import { useUrlParams } from '../../../lib/url-params';
import { useI18n, type Key } from '../../../i18n';
import { formatInteger } from '../../../../lib/numbers';
import { DocumentsCard } from '../components/DocumentsCard';
import { RecommendationsCard } from '../components/RecommendationsCard';
import { SupervisionDetailCard } from '../components/SupervisionDetailCard';
import { SupervisionFormModal } from '../components/SupervisionFormModal';
import {
  KINDS,
  STATUSES,
  useSummary,
  useSupervision,
  useSupervisions,
  type Kind,
  type Status,
  type Supervision,
} from '../api';
import { kindKey, statusColor, statusKey } from '../shared';
import { useUnits } from '../../units/api';
import { isStandingFor } from '../../../lib/roles';

/**
 * "Giám sát, phản biện xã hội": plans, status steps, findings, recommendations and their follow-up, KH/BC documents,
 * figures.
 */
export function SupervisionPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const units = useUnits().data ?? [];
  const [params, set] = useUrlParams();
  const kind = (KINDS as readonly string[]).includes(params.get('kind') ?? '')
    ? (params.get('kind') as Kind)
    : undefined;
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as Status)
    : undefined;
  const list = useSupervisions({ kind, status });
  const items = list.data ?? [];
  const selectedId = params.get('id') ?? undefined;
  const detail = useSupervision(selectedId);
  const [form, setForm] = useState<{ editing?: Supervision; n: number } | null>(null);
  const screens = Grid.useBreakpoint();
  // The summary's year: chosen, else the open supervision's, else the newest one's, else this year.
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? Number((detail.data?.startDate ?? items[0]?.startDate ?? todayVn()).slice(0, 4));

  const communes = units.filter((u) => u.level === 'commune').sort((a, b) => compareVi(a.name, b.name));
  // Where a supervision may be planned: GET /supervisions carries no list-level flag, so a role reading.
  const manageable = communes.filter((c) => isStandingFor(me, units, c.id));
  const [summaryCommune, setSummaryCommune] = useState<string | undefined>(undefined);
  const communeId = summaryCommune ?? detail.data?.communeId ?? communes[0]?.id;
  const summary = useSummary(communeId, year);

  const header = (
    <Card size="small" styles={{ body: { padding: 12 } }}>
      <Flex wrap gap={8} align="center">
        <Typography.Title level={4} style={{ margin: 0, marginRight: 8 }}>
          {t('svTitle')}
        </Typography.Title>
        <Select
          allowClear
          placeholder={t('svAllKinds')}
          style={{ flex: '1 1 150px', maxWidth: 200 }}
          value={kind}
          onChange={(v?: Kind) => set({ kind: v ?? null })}
          options={KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
        />
        <Select
          allowClear
          placeholder={t('svAllStatuses')}
          style={{ flex: '1 1 150px', maxWidth: 200 }}
          value={status}
          onChange={(v?: Status) => set({ status: v ?? null })}
          options={STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
        />
        {manageable.length > 0 && (
          <Button
            type="primary"
            style={{ marginInlineStart: 'auto' }}
            onClick={() => setForm((f) => ({ n: (f?.n ?? 0) + 1 }))}
          >
            {t('svNew')}
          </Button>
        )}
      </Flex>
    </Card>
  );

  const s = summary.data;
  const summaryCard = communeId && (
    <Card
      size="small"
      title={t('svSummary')}
      extra={
        <Flex gap={6} align="center" wrap>
          {communes.length > 1 && (
            <Select
              size="small"
              style={{ width: 150 }}
              value={communeId}
              onChange={(v: string) => setSummaryCommune(v)}
              options={communes.map((c) => ({ value: c.id, label: c.name }))}
            />
          )}
          <InputNumber
            size="small"
            aria-label={t('svSummaryYear')}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            style={{ width: 80 }}
          />
        </Flex>
      }
    >
      <Row gutter={[12, 12]}>
        {[
          ['svHeldSupervision', s?.supervision.held],
          ['svHeldCriticism', s?.socialCriticism.held],
          ['svRecIssued', s?.recommendations.issued],
          ['svRecAnswered', s?.recommendations.answered],
          ['svRecOverdue', s?.recommendations.overdue],
        ].map(([key, value]) => (
          <Col key={key as string} xs={12} sm={8} md={4}>
            <Statistic
              title={t(key as Parameters<typeof t>[0])}
              value={(value as number | undefined) ?? 0}
              valueStyle={key === 'svRecOverdue' && value ? { color: '#cf1322' } : undefined}
            />
          </Col>
        ))}
      </Row>
      {s && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} copyable>
          {figuresSentence(s, t)}
        </Typography.Paragraph>
      )}
    </Card>
  );

  const table = (
    <Card size="small" styles={{ body: { padding: 0 } }}>
      {items.length === 0 && !list.isLoading ? (
        <Empty style={{ padding: 24 }} description={t('svEmpty')} />
      ) : (
        <ResponsiveTable<Supervision>
          size="small"
          rowKey="id"
          dataSource={items}
          loading={list.isLoading}
          pagination={items.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 520 }}
          rowClassName={(r) => (r.id === selectedId ? 'ant-table-row-selected' : '')}
          onRow={(r) => ({ onClick: () => set({ id: r.id }), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('svSubject'),
              dataIndex: 'subject',
              render: (v: string, r) => (
                <>
                  <div>{v}</div>
                  <Tag style={{ marginTop: 4 }}>{t(kindKey(r.kind))}</Tag>
                  {r.planDoc && <Tag>{r.planDoc.number}</Tag>}
                </>
              ),
            },
            {
              title: t('svPeriod'),
              key: 'period',
              width: 110,
              render: (_: unknown, r) =>
                r.startDate === r.endDate
                  ? formatDateVi(r.startDate)
                  : `${formatDateVi(r.startDate)} – ${formatDateVi(r.endDate)}`,
            },
            {
              title: t('svStatus'),
              dataIndex: 'status',
              width: 120,
              render: (v: Status) => <Tag color={statusColor[v]}>{t(statusKey(v))}</Tag>,
            },
            {
              title: t('svRecCount'),
              key: 'recs',
              width: 90,
              align: 'right',
              render: (_: unknown, r) => (
                <>
                  {r.recommendations.answered}/{r.recommendations.total}
                  {r.recommendations.overdue > 0 && (
                    <Tag color="red" style={{ marginLeft: 4, marginRight: 0 }}>
                      {r.recommendations.overdue}
                    </Tag>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
    </Card>
  );

  const d = detail.data;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {header}
      {summaryCard}
      <Row gutter={[12, 12]}>
        {/* On a phone the open supervision replaces the list; "← Danh sách" brings it back. */}
        {(!d || screens.lg) && (
          <Col xs={24} lg={d ? 10 : 24}>
            {table}
          </Col>
        )}
        {d && (
          <Col xs={24} lg={14}>
            <Space orientation="vertical" size={12} style={{ width: '100%' }}>
              <Button size="small" onClick={() => set({ id: null })}>
                ← {t('svBack')}
              </Button>
              <SupervisionDetailCard
                key={`${d.id}-${d.findings ?? ''}`}
                s={d}
                onEdit={() => setForm((f) => ({ editing: d, n: (f?.n ?? 0) + 1 }))}
              />
              <RecommendationsCard s={d} />
              <DocumentsCard s={d} />
            </Space>
          </Col>
        )}
      </Row>
      {form && (
        <SupervisionFormModal
          key={form.n}
          open
          communes={manageable}
          editing={form.editing}
          onClose={() => setForm(null)}
          onSaved={(x) => {
            setForm(null);
            set({ id: x.id });
          }}
        />
      )}
    </Space>
  );
}

/**
 * "Tổ chức 1 cuộc giám sát, 0 hội nghị phản biện xã hội; nêu 2 kiến nghị, đã được trả lời 1." in the
 * user's language, from the figures (the API's `text` is the Vietnamese sentence the reports quote).
 */
function figuresSentence(
  s: {
    supervision: { held: number };
    socialCriticism: { held: number };
    recommendations: { issued: number; answered: number; overdue: number };
  },
  t: (k: Key) => string,
): string {
  const n = formatInteger;
  const r = s.recommendations;
  const fill = (k: Key, v: Record<string, number>) =>
    t(k).replace(/\{(\w+)\}/g, (m, name: string) => (name in v ? n(v[name] ?? 0) : m));
  const held = fill('svSentenceHeld', { sv: s.supervision.held, pb: s.socialCriticism.held });
  if (r.issued === 0) return `${held}.`;
  const recs = fill('svSentenceRecs', { issued: r.issued, answered: r.answered });
  return `${held}${recs}${r.overdue ? fill('svSentenceOverdue', { overdue: r.overdue }) : ''}.`;
}
