import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Result, Select, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { unitDisplayName } from '../../../../lib/units';
import { compareVi, matchesVi } from '../../../../lib/vi-text';
import { api, type Me } from '../../../lib/api';
import { exportXlsx, type XlsxColumn } from '../../../lib/export-xlsx';
import { useI18n } from '../../../i18n';
import {
  figurePercentText,
  fileStamp,
  fmt,
  isMoneyLabel,
  ScopeFilterBar,
  STANDING_BG,
  standingOf,
  usePeriodParams,
  useScope,
} from '../shared';
import { hasRole, isAdminUser } from '../../../lib/roles';
import type { Overview, Cell, OverviewRow, OverviewIndicator } from '../api';
import { BusyButton } from '../../../lib/file-buttons';

/** Sort key of a cell: its percentage; cells without a target sort below every number. */
const sortKey = (c: Cell | undefined) => (c?.percent === undefined || c.percent === null ? -1 : c.percent);

/** "Tổng hợp toàn tỉnh": communes × indicators, for an upper unit. */
/** A commune that has a target or a result in the period. */
const hasFigures = (r: OverviewRow) => r.cells.some((c) => c.target !== undefined || c.actual !== 0);

export function OverviewPage({ me }: { me: Me }) {
  const { t } = useI18n();
  // No flag says who may read the province overview (the server answers 403 to others): a role reading.
  const allowed = isAdminUser(me) || hasRole(me, 'upper');
  const scope = useScope(me);
  const tops = (u: { level: string }) => u.level === 'province' || u.level === 'district';
  const firstTop = scope.units.find((u) => u.id === scope.ownUnitId && tops(u))?.id ?? scope.units.find(tops)?.id;
  const { period, ready, setPeriod, unitParam, setUnit } = usePeriodParams(firstTop);
  const unitId = unitParam ?? firstTop;
  const unit = scope.units.find((u) => u.id === unitId);
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<string[]>([]);

  const overview = useQuery({
    queryKey: ['progress-overview', unitId, period.from, period.to],
    enabled: allowed && Boolean(unitId) && ready,
    queryFn: () => api<Overview>('GET', `/progress/overview?unitId=${unitId}&from=${period.from}&to=${period.to}`),
  });
  const indicators = useMemo(
    () => (overview.data?.indicators ?? []).filter((i) => picked.length === 0 || picked.includes(i.id)),
    [overview.data, picked],
  );
  const rows = useMemo(
    () =>
      (overview.data?.rows ?? [])
        .filter((r) => matchesVi(`${r.kind} ${r.name}`, query))
        // Of 124 communes a few have figures yet: those first, so they are not buried among the empty ones.
        .sort((a, b) => Number(hasFigures(b)) - Number(hasFigures(a)) || compareVi(a.name, b.name)),
    [overview.data, query],
  );

  if (!allowed) return <Result status="403" title={t('notAllowed')} />;

  const cellOf = (r: OverviewRow, id: string) => r.cells.find((c) => c.indicatorId === id);
  // Cells carry no target period, so the viewed period stands in for it when judging "behind".
  const standing = (ind: OverviewIndicator, c: Cell | undefined) =>
    c ? standingOf({ aggregation: ind.aggregation, ...c }, period, period.to) : 'none';

  const columns: TableColumnsType<OverviewRow> = [
    {
      title: t('commune'),
      key: 'name',
      fixed: 'left',
      width: 150,
      sorter: (a, b) => compareVi(a.name, b.name),
      render: (_, r) => unitDisplayName(r),
    },
    ...indicators.map((ind) => {
      const judged = rows.map((r) => cellOf(r, ind.id)).filter((c) => c?.target !== undefined);
      const met = judged.filter((c) => c?.met).length;
      return {
        title: (
          <Tooltip title={`${ind.code} · ${ind.unitLabel}`}>
            <div style={{ minWidth: 110 }}>
              {ind.name}
              {judged.length > 0 && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 11, fontWeight: 400 }}>
                    {fmt(t('overviewMetCount'), { n: met, of: judged.length })}
                  </Typography.Text>
                </div>
              )}
            </div>
          </Tooltip>
        ),
        key: ind.id,
        align: 'right' as const,
        sorter: (a: OverviewRow, b: OverviewRow) => sortKey(cellOf(a, ind.id)) - sortKey(cellOf(b, ind.id)),
        onCell: (r: OverviewRow) => ({ style: { background: STANDING_BG[standing(ind, cellOf(r, ind.id))] } }),
        render: (_: unknown, r: OverviewRow) => {
          const c = cellOf(r, ind.id);
          if (!c) return '—';
          const ratio = ind.aggregation === 'ratio';
          const pair = ratio
            ? `${formatInteger(c.actual)}/${formatInteger(c.denominator ?? 0)}${
                c.target !== undefined ? ` · ${fmt(t('progressAim'), { n: formatInteger(c.target) })}` : ''
              }`
            : `${formatInteger(c.actual)}${c.target !== undefined ? `/${formatInteger(c.target)}` : ''}`;
          const hasPct = ratio || c.target !== undefined;
          return (
            <div data-testid="overview-cell">
              <Typography.Text strong>
                {hasPct ? figurePercentText({ aggregation: ind.aggregation, ...c }) : t('overviewNoTarget')}
              </Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {pair}
                </Typography.Text>
              </div>
            </div>
          );
        },
      };
    }),
  ];

  const exportColumns: XlsxColumn<OverviewRow>[] = [
    { header: t('commune'), value: (r) => unitDisplayName(r), width: 24 },
    ...indicators.flatMap((ind): XlsxColumn<OverviewRow>[] => {
      const money = isMoneyLabel(ind.unitLabel);
      const ratio = ind.aggregation === 'ratio';
      return [
        {
          header: `${ind.code} – ${t('progressActualCol')}`,
          value: (r) => cellOf(r, ind.id)?.actual,
          format: money ? 'money' : 'integer',
          width: 20,
        },
        ...(ratio
          ? [
              {
                header: `${ind.code} – ${t('progressDenominator')}`,
                value: (r: OverviewRow) => cellOf(r, ind.id)?.denominator,
                format: 'integer' as const,
              },
            ]
          : []),
        {
          header: `${ind.code} – ${ratio ? t('progressAimCol') : t('progressTargetCol')}`,
          value: (r) => cellOf(r, ind.id)?.target,
          format: money ? 'money' : 'integer',
          width: 20,
        },
        {
          header: `${ind.code} – %`,
          value: (r) => {
            const c = cellOf(r, ind.id);
            return ratio
              ? (c?.denominator ?? 0) > 0
                ? ((c?.actual ?? 0) * 100) / (c?.denominator ?? 1)
                : null
              : c?.percent;
          },
          format: 'percent',
        },
      ];
    }),
  ];

  return (
    <Card
      size="small"
      title={t('overviewTitle')}
      extra={
        <BusyButton
          disabled={!overview.data}
          onClick={() =>
            exportXlsx(
              fileStamp(`tong-hop_${unit ? unitDisplayName(unit) : ''}`, period),
              t('overviewTitle'),
              exportColumns,
              rows,
            )
          }
        >
          {t('tgExport')}
        </BusyButton>
      }
    >
      <ScopeFilterBar
        units={scope.units}
        unitFilter={tops}
        unitId={unitId}
        onUnit={setUnit}
        period={period}
        onPeriod={setPeriod}
        searchPlaceholder={`${t('overviewFilterCommune')} — ${t('searchHint')}`}
        onSearch={setQuery}
        style={{ marginBottom: 12 }}
      >
        <Select
          mode="multiple"
          allowClear
          style={{ width: '100%' }}
          placeholder={t('overviewFilterIndicators')}
          aria-label={t('overviewFilterIndicators')}
          value={picked}
          onChange={setPicked}
          showSearch={{ filterOption: (input, o) => matchesVi(String(o?.label ?? ''), input) }}
          options={(overview.data?.indicators ?? []).map((i) => ({ value: i.id, label: i.name }))}
        />
      </ScopeFilterBar>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">
          {formatDateVi(period.from)} – {formatDateVi(period.to)}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('overviewLegend')}
        </Typography.Text>
      </Space>
      {overview.isError && (
        <Alert
          type="error"
          showIcon
          title={overview.error instanceof Error ? overview.error.message : t('errorGeneric')}
        />
      )}
      {overview.data && overview.data.rows.length === 0 ? (
        <Empty description={t('overviewNoCommunes')} />
      ) : (
        <Table<OverviewRow>
          data-testid="overview-table"
          size="small"
          bordered
          rowKey="unitId"
          loading={overview.isLoading || !ready}
          dataSource={rows}
          columns={columns}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: true }}
        />
      )}
    </Card>
  );
}
