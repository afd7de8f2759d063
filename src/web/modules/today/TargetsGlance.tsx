import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Progress, Skeleton, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { todayVn } from '../../../lib/dates';
import { figure } from '../../../lib/figure';
import { formatInteger } from '../../../lib/numbers';
import { api } from '../../lib/api';
import { useI18n } from '../../i18n';
import type { ProgressItem, ProgressResponse } from '../targets/api';
import { barPercent, fmt, presetPeriod, STANDING_COLOR, standingOf } from '../targets/shared';

type Line = {
  key: string;
  item: ProgressItem;
  target: ProgressItem['targets'][number];
  score: { met: boolean; share: number };
};

/**
 * How far a target is from done, lowest first: the achieved share of the target (a rate against its aim); every
 * target met comes after every target not met.
 */
function scoreOf(item: ProgressItem, target: Line['target']): { met: boolean; share: number } {
  const f = figure({ ...item, unitLabel: item.unitLabel, target: target.value });
  const pct = f.percent ?? 0;
  return { met: f.met === true, share: item.aggregation === 'ratio' ? pct / Math.max(target.value, 1) : pct / 100 };
}

/** "54/44 đơn vị máu", "9/17 ca": the figures only; the percentage is drawn beside them. */
const valueText = (item: ProgressItem, target: number) =>
  item.aggregation === 'ratio'
    ? `${formatInteger(item.actual)}/${formatInteger(item.denominator ?? 0)} ${item.unitLabel}`
    : `${formatInteger(item.actual)}/${formatInteger(target)} ${item.unitLabel}`;

/**
 * The unit's targets of the latest year that has any, the furthest behind first, with the count met: the one glance
 * of "đạt N% kế hoạch" a standing committee or a village head needs before opening the progress board.
 */
export function TargetsGlance({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const latest = useQuery({
    queryKey: ['progress', 'latest-year', unitId],
    queryFn: () => api<{ year: number | null }>('GET', `/progress/latest-year?unitId=${unitId}`),
    staleTime: 60_000,
  });
  const year = latest.data?.year ?? null;
  const period = presetPeriod('year', year ?? Number(todayVn().slice(0, 4)));
  const progress = useQuery({
    queryKey: ['progress', unitId, period.from, period.to, 0],
    enabled: year !== null,
    queryFn: () =>
      api<ProgressResponse>('GET', `/progress?unitId=${unitId}&from=${period.from}&to=${period.to}&decimals=0`),
  });
  const lines: Line[] = (progress.data?.items ?? []).flatMap((item) =>
    item.targets.map((target) => ({
      key: `${item.code}-${target.targetId}`,
      item,
      target,
      score: scoreOf(item, target),
    })),
  );
  const met = lines.filter((l) => l.score.met).length;
  const worst = [...lines]
    .sort((a, b) => Number(a.score.met) - Number(b.score.met) || a.score.share - b.score.share)
    .slice(0, 5);
  const open = `/progress?unit=${unitId}&from=${period.from}&to=${period.to}`;

  const title = <h2 className="card-heading">{fmt(t('tdTargets'), { year: year ?? '' })}</h2>;
  if (latest.isLoading || progress.isLoading)
    return (
      <Card size="small" title={title}>
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  if (year === null || lines.length === 0)
    return (
      <Card size="small" title={<h2 className="card-heading">{t('targets')}</h2>}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tdTargetsNone')}>
          <Link to="/progress">{t('tdTargetsOpen')}</Link>
        </Empty>
      </Card>
    );
  return (
    <Card size="small" title={title} extra={<Link to={open}>{t('tdTargetsOpen')}</Link>} data-testid="targets-glance">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {fmt(t('tdTargetsSummary'), { met, total: lines.length })}
      </Typography.Paragraph>
      {worst.map(({ key, item, target }) => {
        const fig = {
          aggregation: item.aggregation,
          actual: item.actual,
          denominator: item.denominator,
          target: target.value,
        };
        const standing = standingOf({ ...fig, met: target.met }, target, period.to);
        const pct = figure({ ...fig, unitLabel: item.unitLabel }).rounded;
        return (
          <div key={key} style={{ marginBottom: 10 }}>
            <Flex justify="space-between" gap={8}>
              <Typography.Text ellipsis={{ tooltip: item.name }} style={{ minWidth: 0 }}>
                {item.name}
              </Typography.Text>
              <Typography.Text strong>{pct === null ? '—' : `${pct}%`}</Typography.Text>
            </Flex>
            <Progress
              percent={barPercent(fig)}
              showInfo={false}
              strokeColor={STANDING_COLOR[standing]}
              size="small"
              aria-label={item.name}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {valueText(item, target.value)}
            </Typography.Text>
          </div>
        );
      })}
    </Card>
  );
}
