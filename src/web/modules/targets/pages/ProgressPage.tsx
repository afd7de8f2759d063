import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Flex, Row, Space, Spin, Switch, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { unitDisplayName } from '../../../../lib/units';
import { matchesVi } from '../../../../lib/vi-text';
import { api, type Me } from '../../../lib/api';
import { exportXlsx } from '../../../lib/export-xlsx';
import { useFigureText } from '../../../lib/figure-text';
import { useI18n } from '../../../i18n';
import { ProgressCard, STANDING_TAG } from '../components/ProgressCard';
import {
  assignerName,
  fileStamp,
  fmt,
  ScopeFilterBar,
  standingOf,
  usePeriodParams,
  useScope,
  type Standing,
} from '../shared';
import type { ProgressItem, ProgressResponse, ProgressTarget } from '../api';
import { BusyButton } from '../../../lib/file-buttons';

type SummaryRow = { item: ProgressItem; target: ProgressTarget | null };

/** "Bảng theo dõi": every indicator of a unit against each of its targets, in a period. */
export function ProgressPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const phrase = useFigureText();
  const scope = useScope(me);
  const { period, ready, setPeriod, unitParam, setUnit } = usePeriodParams(scope.ownUnitId);
  const unitId = unitParam ?? scope.ownUnitId;
  const unit = scope.units.find((u) => u.id === unitId);
  const [decimals, setDecimals] = useState<0 | 2>(0);
  const [query, setQuery] = useState('');
  const [onlyTargeted, setOnlyTargeted] = useState(false);

  const progress = useQuery({
    queryKey: ['progress', unitId, period.from, period.to, decimals],
    enabled: Boolean(unitId) && ready,
    queryFn: () =>
      api<ProgressResponse>(
        'GET',
        `/progress?unitId=${unitId}&from=${period.from}&to=${period.to}&decimals=${decimals}`,
      ),
  });
  const items = useMemo(
    () =>
      (progress.data?.items ?? [])
        .filter((i) => matchesVi(`${i.code} ${i.name}`, query) && (!onlyTargeted || i.targets.length > 0))
        // Indicators with a target first (the server's code order kept within each group).
        .sort((a, b) => Number(b.targets.length > 0) - Number(a.targets.length > 0)),
    [progress.data, query, onlyTargeted],
  );
  const counts = useMemo(() => {
    const c: Record<Standing, number> = { met: 0, behind: 0, onTrack: 0, none: 0 };
    for (const i of progress.data?.items ?? []) {
      for (const tg of i.targets)
        c[
          standingOf(
            { aggregation: i.aggregation, actual: i.actual, denominator: i.denominator, target: tg.value, met: tg.met },
            tg,
            period.to,
          )
        ]++;
    }
    return c;
  }, [progress.data, period.to]);
  const unitName = unit ? unitDisplayName(unit) : '';

  const exportSummary = () => {
    const rows: SummaryRow[] = (progress.data?.items ?? []).flatMap((item) =>
      item.targets.length ? item.targets.map((target): SummaryRow => ({ item, target })) : [{ item, target: null }],
    );
    return exportXlsx(
      fileStamp(`bang-theo-doi_${unitName}`, period),
      t('progressTitle'),
      [
        { header: t('indicatorCode'), value: (r) => r.item.code },
        { header: t('indicatorName'), value: (r) => r.item.name, width: 40 },
        { header: t('indicatorUnitLabel'), value: (r) => r.item.unitLabel },
        { header: t('progressActualCol'), value: (r) => r.item.actual, format: 'integer', width: 16 },
        { header: t('progressDenominator'), value: (r) => r.item.denominator ?? null, format: 'integer' },
        { header: t('progressTargetCol'), value: (r) => r.target?.value ?? null, format: 'integer', width: 16 },
        { header: t('progressPercentCol'), value: (r) => r.target?.percent ?? null, format: 'percent' },
        {
          header: t('progressResult'),
          value: (r) =>
            phrase.figure(
              {
                aggregation: r.item.aggregation,
                unitLabel: r.item.unitLabel,
                actual: r.item.actual,
                denominator: r.item.denominator,
                target: r.target?.value,
              },
              decimals,
            ),
          width: 40,
        },
        {
          header: t('progressAssignedBy'),
          value: (r) => (r.target ? assignerName(r.target.assignedBy) : ''),
          width: 30,
        },
        { header: t('progressTargetFrom'), value: (r) => (r.target ? formatDateVi(r.target.from) : '') },
        { header: t('progressTargetTo'), value: (r) => (r.target ? formatDateVi(r.target.to) : '') },
        {
          header: t('progressMetByUnits'),
          value: (r) => (r.item.met ? phrase.met(r.item.met, r.item.met.level) : ''),
          width: 24,
        },
        {
          header: t('progressMetByOrgs'),
          value: (r) => (r.item.organizationsMet ? phrase.met(r.item.organizationsMet, 'organization') : ''),
          width: 24,
        },
      ],
      rows,
    );
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('progressTitle')}
        extra={
          <BusyButton onClick={exportSummary} disabled={!progress.data}>
            {t('tgExport')}
          </BusyButton>
        }
      >
        <ScopeFilterBar
          units={scope.units}
          unitId={unitId}
          onUnit={setUnit}
          period={period}
          onPeriod={setPeriod}
          searchPlaceholder={`${t('search')} — ${t('searchHint')}`}
          onSearch={setQuery}
          align="middle"
        >
          <Space wrap>
            <span>
              <Switch
                size="small"
                checked={onlyTargeted}
                onChange={setOnlyTargeted}
                aria-label={t('progressOnlyTargeted')}
              />{' '}
              {t('progressOnlyTargeted')}
            </span>
            <span>
              <Switch
                size="small"
                checked={decimals === 2}
                onChange={(v) => setDecimals(v ? 2 : 0)}
                aria-label={t('progressTwoDecimals')}
              />{' '}
              {t('progressTwoDecimals')}
            </span>
          </Space>
        </ScopeFilterBar>
        <Flex wrap gap={4} style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">
            {unitName} · {formatDateVi(period.from)} – {formatDateVi(period.to)}
          </Typography.Text>
          {(['met', 'onTrack', 'behind'] as const).map((s) => (
            <Tag key={s} color={STANDING_TAG[s].color}>
              {t(STANDING_TAG[s].key)}: {counts[s]}
            </Tag>
          ))}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('progressLegend')}
        </Typography.Text>
      </Card>
      {progress.isError && (
        <Alert
          type="error"
          showIcon
          title={progress.error instanceof Error ? progress.error.message : t('errorGeneric')}
        />
      )}
      {(progress.isLoading || scope.loading || !ready) && <Spin />}
      {progress.data && items.length === 0 && (
        <Card>
          <Empty
            description={progress.data.items.length === 0 ? t('progressNoIndicators') : t('progressNothingMatches')}
          />
        </Card>
      )}
      <Row gutter={[12, 12]}>
        {items.map((item) => (
          <Col xs={24} xl={12} key={item.indicatorId}>
            <ProgressCard item={item} view={period} decimals={decimals} unitName={unitName} />
          </Col>
        ))}
      </Row>
      {progress.data && items.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {fmt(t('progressShown'), { n: items.length, of: progress.data.items.length })}
        </Typography.Text>
      )}
    </Space>
  );
}
