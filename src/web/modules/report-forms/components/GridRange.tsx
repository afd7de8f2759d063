import { Select } from 'antd';
import { type PeriodKind, periodLabel, previousPeriod } from '../../../../lib/report-periods';
import { useI18n } from '../../../i18n';

/** How far back the pickers offer periods (the server shows at most 60 at once). */
const OFFERED = 120;

type Props = {
  kind: PeriodKind;
  current: string;
  from: string;
  to: string;
  onChange: (range: { from: string; to: string }) => void;
};

/** The grid's range: from one period to another, the newest first in each list, labelled as the grid labels them. */
export function GridRange({ kind, current, from, to, onChange }: Props) {
  const { t } = useI18n();
  const options: { value: string; label: string }[] = [];
  for (let p = current, i = 0; i < OFFERED; i++, p = previousPeriod(kind, p))
    options.push({ value: p, label: periodLabel(kind, p) });
  // Not virtual: every period is in the list, so a test (or a screen reader) finds the one it wants.
  const common = { showSearch: { optionFilterProp: 'label' }, options, virtual: false, style: { width: 210 } } as const;
  return (
    <>
      <Select
        {...common}
        data-testid="rf-range-from"
        aria-label={t('rfRangeFrom')}
        prefix={`${t('rfRangeFrom')}:`}
        value={from}
        onChange={(v: string) => onChange({ from: v, to })}
      />
      <Select
        {...common}
        data-testid="rf-range-to"
        aria-label={t('rfRangeTo')}
        prefix={`${t('rfRangeTo')}:`}
        value={to}
        onChange={(v: string) => onChange({ from, to: v })}
      />
    </>
  );
}
