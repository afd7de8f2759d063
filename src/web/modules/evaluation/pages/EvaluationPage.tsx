import { Card, Flex, Select, Tabs, Typography } from 'antd';
import { todayVn } from '../../../../lib/dates';
import { useMe } from '../../../lib/auth';
import { useUrlParams } from '../../../lib/url-params';
import { useI18n } from '../../../i18n';
import { useUnits } from '../../units/api';
import { CriteriaSets } from '../components/CriteriaSets';
import { Scoring } from '../components/Scoring';
import { VillageMeeting } from '../components/VillageMeeting';

/**
 * The yearly evaluation: the village meeting (households and their results, the minutes, the commune's confirmation),
 * the scoring of villages and communes along its approval chain, and the province's criteria sets.
 */
export function EvaluationPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, set] = useUrlParams();
  const units = useUnits();
  const thisYear = Number(todayVn().slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const all = units.data ?? [];
  const villages = all.filter((u) => u.level === 'village');
  // The province a provincial user defines sets for: the one province among its units.
  const provinceId = all.find((u) => u.level === 'province')?.id;
  const defines = Boolean(me.data?.permissions.admin || me.data?.roles.some((r) => r.role === 'upper'));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 4 + i);

  return (
    <Flex vertical gap={12}>
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Flex wrap gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0, marginRight: 8 }}>
            {t('evTitle')}
          </Typography.Title>
          <Select
            data-testid="evaluation-year"
            aria-label={t('evYear')}
            style={{ width: 100 }}
            value={year}
            onChange={(v: number) => set({ year: String(v) })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
          />
        </Flex>
      </Card>
      <Tabs
        activeKey={params.get('tab') ?? 'meeting'}
        onChange={(k) => set({ tab: k === 'meeting' ? null : k })}
        items={[
          {
            key: 'meeting',
            label: t('evTabMeeting'),
            children: <VillageMeeting year={year} villages={villages} />,
          },
          { key: 'scoring', label: t('evTabScoring'), children: <Scoring year={year} units={all} /> },
          {
            key: 'criteria',
            label: t('evTabCriteria'),
            children: <CriteriaSets provinceId={provinceId} year={year} defines={defines} />,
          },
        ]}
      />
    </Flex>
  );
}
