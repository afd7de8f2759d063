import { Card, Collapse, Flex, Progress, Space, Spin, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { lazy, Suspense } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { exportXlsx, type XlsxColumn } from '../../../lib/export-xlsx';
import { useFigureText } from '../../../lib/figure-text';
import { useI18n, type Key } from '../../../i18n';
import {
  assignerName,
  barPercent,
  expectedShare,
  figurePercentText,
  fileStamp,
  fmt,
  isMoneyLabel,
  STANDING_COLOR,
  standingOf,
  type Period,
  type Standing,
} from '../shared';
import type { Aggregation, ProgressItem, ProgressTarget } from '../api';
import { BusyButton } from '../../../lib/file-buttons';

const ProgressChart = lazy(() => import('./ProgressChart'));

export const STANDING_TAG: Record<Standing, { color: string; key: Key }> = {
  met: { color: 'green', key: 'progressMet' },
  behind: { color: 'red', key: 'progressBehind' },
  onTrack: { color: 'gold', key: 'progressOnTrack' },
  none: { color: 'default', key: 'progressNoTargetShort' },
};

export const aggregationKey = (a: Aggregation): Key =>
  a === 'sum' ? 'aggSum' : a === 'count' ? 'aggCount' : 'aggRatio';

function TargetLine({
  item,
  target,
  view,
  decimals,
}: {
  item: ProgressItem;
  target: ProgressTarget;
  view: Period;
  decimals: 0 | 2;
}) {
  const { t } = useI18n();
  const phrase = useFigureText();
  const fig = {
    aggregation: item.aggregation,
    actual: item.actual,
    denominator: item.denominator,
    target: target.value,
    met: target.met,
  };
  const standing = standingOf(fig, target, view.to);
  const expected = Math.round(expectedShare(target, view.to) * 100);
  const pct = figurePercentText(fig, decimals);
  const text = phrase.figure({ ...fig, unitLabel: item.unitLabel }, decimals);
  return (
    <div style={{ marginBottom: 12 }}>
      <Flex justify="space-between" wrap gap={4}>
        <Typography.Text strong data-testid="progress-text">
          {text}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('progressAssignedBy')}: {assignerName(target.assignedBy)}
        </Typography.Text>
      </Flex>
      <Progress
        percent={barPercent(fig)}
        status="normal"
        strokeColor={STANDING_COLOR[standing]}
        format={() => pct}
        aria-label={`${text} — ${pct}`}
      />
      <Space wrap size={4}>
        <Tag color={STANDING_TAG[standing].color}>{t(STANDING_TAG[standing].key)}</Tag>
        {item.aggregation === 'ratio' ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {fmt(t('progressAim'), { n: formatInteger(target.value) })}
          </Typography.Text>
        ) : (
          standing !== 'met' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {fmt(t('progressExpected'), { n: formatInteger(expected) })}
            </Typography.Text>
          )
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateVi(target.from)} – {formatDateVi(target.to)}
        </Typography.Text>
      </Space>
    </div>
  );
}

type BreakdownRow = {
  key: string;
  kind: 'unit' | 'org';
  name: string;
  actual: number;
  denominator?: number;
  target?: number;
  met?: boolean;
};

function Breakdown({
  item,
  decimals,
  view,
  unitName,
}: {
  item: ProgressItem;
  decimals: 0 | 2;
  view: Period;
  unitName: string;
}) {
  const { t } = useI18n();
  const ratio = item.aggregation === 'ratio';
  const money = isMoneyLabel(item.unitLabel);
  const rows: BreakdownRow[] = [
    ...item.children.map((c) => ({
      key: c.unitId,
      kind: 'unit' as const,
      name: c.name,
      actual: c.actual,
      denominator: c.denominator,
      target: c.target,
      met: c.met,
    })),
    ...item.organizations.map((o) => ({
      key: o.organizationId,
      kind: 'org' as const,
      name: o.name,
      actual: o.actual,
      denominator: o.denominator,
      target: o.target,
      met: o.met,
    })),
  ];
  const chartRows = (item.children.length ? rows.filter((r) => r.kind === 'unit') : rows).map((r) => ({
    name: r.name,
    actual: ratio ? ((r.denominator ?? 0) > 0 ? (r.actual * 100) / (r.denominator ?? 1) : 0) : r.actual,
    target: r.target ?? null,
  }));
  const actualCell = (r: BreakdownRow) =>
    ratio ? `${formatInteger(r.actual)}/${formatInteger(r.denominator ?? 0)}` : formatInteger(r.actual);
  const targetCell = (r: BreakdownRow) =>
    r.target === undefined ? '—' : ratio ? `${formatInteger(r.target)}%` : formatInteger(r.target);
  const pctNumber = (r: BreakdownRow) =>
    ratio
      ? (r.denominator ?? 0) > 0
        ? (r.actual * 100) / (r.denominator ?? 1)
        : null
      : r.target
        ? (r.actual * 100) / r.target
        : null;
  const statusOf = (r: BreakdownRow): Standing => standingOf({ aggregation: item.aggregation, ...r }, view, view.to);

  const columns: XlsxColumn<BreakdownRow>[] = [
    { header: t('name'), value: (r) => r.name, width: 28 },
    { header: t('progressKind'), value: (r) => (r.kind === 'unit' ? t('progressKindUnit') : t('organization')) },
    {
      header: `${t('progressActualCol')} (${item.unitLabel})`,
      value: (r) => r.actual,
      format: money ? 'money' : 'integer',
      width: 20,
    },
    ...(ratio
      ? [
          {
            header: t('progressDenominator'),
            value: (r: BreakdownRow) => r.denominator ?? 0,
            format: 'integer' as const,
          },
        ]
      : []),
    {
      header: ratio ? t('progressAimCol') : `${t('progressTargetCol')} (${item.unitLabel})`,
      value: (r) => r.target,
      format: money ? 'money' : 'integer',
      width: 20,
    },
    { header: t('progressPercentCol'), value: (r) => pctNumber(r), format: 'percent' },
    { header: t('progressMetCol'), value: (r) => (r.target === undefined ? '' : r.met ? t('tgYes') : t('tgNo')) },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {chartRows.length > 0 && chartRows.some((r) => r.actual > 0 || (r.target ?? 0) > 0) && (
        <Suspense fallback={<Spin />}>
          <ProgressChart
            rows={chartRows}
            actualLabel={ratio ? t('progressRatioCol') : t('progressActualCol')}
            targetLabel={ratio ? t('progressAimCol') : t('progressTargetCol')}
            suffix={ratio ? '%' : ''}
          />
        </Suspense>
      )}
      <Flex justify="flex-end">
        <BusyButton
          size="small"
          onClick={() => exportXlsx(fileStamp(`${item.code}_${unitName}`, view), item.code, columns, rows)}
        >
          {t('tgExport')}
        </BusyButton>
      </Flex>
      <ResponsiveTable<BreakdownRow>
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        columns={[
          {
            title: t('name'),
            dataIndex: 'name',
            render: (n: string, r) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                {n} {r.kind === 'org' && <Tag style={{ marginInlineEnd: 0 }}>{t('organization')}</Tag>}
              </span>
            ),
          },
          {
            title: ratio ? t('progressRatioPair') : `${t('progressActualCol')} (${item.unitLabel})`,
            key: 'actual',
            align: 'right',
            render: (_, r) => actualCell(r),
          },
          {
            title: ratio ? t('progressAimCol') : `${t('progressTargetCol')} (${item.unitLabel})`,
            key: 'target',
            align: 'right',
            render: (_, r) => targetCell(r),
          },
          {
            title: '%',
            key: 'pct',
            align: 'right',
            render: (_, r) =>
              ratio || r.target !== undefined
                ? figurePercentText({ aggregation: item.aggregation, ...r }, decimals)
                : '—',
          },
          {
            title: t('status'),
            key: 'status',
            render: (_, r) => {
              const s = statusOf(r);
              return s === 'none' ? '' : <Tag color={STANDING_TAG[s].color}>{t(STANDING_TAG[s].key)}</Tag>;
            },
          },
        ]}
      />
    </Space>
  );
}

/** One indicator of the dashboard: each target's "54/44 đơn vị máu, đạt 123%", a bar, and the breakdown by sub-unit. */
export function ProgressCard({
  item,
  view,
  decimals,
  unitName,
}: {
  item: ProgressItem;
  view: Period;
  decimals: 0 | 2;
  unitName: string;
}) {
  const { t } = useI18n();
  const phrase = useFigureText();
  const hasBreakdown = item.children.length > 0 || item.organizations.length > 0;
  return (
    <Card data-testid="progress-card" size="small" style={{ height: '100%' }}>
      <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 2 }}>
        {item.name}
      </Typography.Title>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {item.code} · {t(aggregationKey(item.aggregation))} · {item.unitLabel}
        {item.source !== 'manual' && ` · ${t('indicatorAuto')}`}
      </Typography.Text>
      <div style={{ margin: '8px 0' }}>
        {t('progressActual')}:{' '}
        <Typography.Text strong>
          {phrase.figure(
            {
              aggregation: item.aggregation,
              unitLabel: item.unitLabel,
              actual: item.actual,
              denominator: item.denominator,
            },
            decimals,
          )}
        </Typography.Text>
      </div>
      {item.targets.length === 0 ? (
        // A province's targets are its communes': "not assigned" above "1/1 xã đạt chỉ tiêu" read as nothing to do.
        <Typography.Paragraph type="secondary">
          {t(item.met || item.organizationsMet ? 'progressTargetsBelow' : 'progressNoTarget')}
        </Typography.Paragraph>
      ) : (
        item.targets.map((target) => (
          <TargetLine key={target.targetId} item={item} target={target} view={view} decimals={decimals} />
        ))
      )}
      {(item.met || item.organizationsMet) && (
        <Space wrap size={4} style={{ marginBottom: 4 }}>
          {item.met && (
            <Tag color={item.met.count === item.met.of ? 'green' : 'blue'} data-testid="progress-met">
              {phrase.met(item.met, item.met.level)}
            </Tag>
          )}
          {item.organizationsMet && (
            <Tag
              color={item.organizationsMet.count === item.organizationsMet.of ? 'green' : 'blue'}
              data-testid="progress-org-met"
            >
              {phrase.met(item.organizationsMet, 'organization')}
            </Tag>
          )}
        </Space>
      )}
      {hasBreakdown && (
        <Collapse
          size="small"
          ghost
          destroyOnHidden
          items={[
            {
              key: 'b',
              label: t('progressBreakdown'),
              children: <Breakdown item={item} decimals={decimals} view={view} unitName={unitName} />,
            },
          ]}
        />
      )}
    </Card>
  );
}
