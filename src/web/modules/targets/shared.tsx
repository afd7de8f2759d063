import { useQuery } from '@tanstack/react-query';
import { DATE_FORMATS } from '../../lib/dates';
import { Col, DatePicker, Flex, Grid, Input, Radio, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { todayVn } from '../../../lib/dates';
import { elapsedShare, figure, percentLabel, percentText as percentOf, type FigureStatus } from '../../../lib/figure';
import { formatInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { compareVi } from '../../../lib/vi-text';
import { api, type Me, type Organization, type Unit } from '../../lib/api';
import { useI18n } from '../../i18n';
import { useAllOrganizations, useUnits } from '../units/api';
import type { AssignedBy, Aggregation, Indicator, IndicatorList } from './api';

export type Period = { from: string; to: string };

/* ---------- small helpers ---------- */

/** Fills "{name}" placeholders of a dictionary string. */
export function fmt(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export const isMoneyLabel = (label: string) => label.trim().toLowerCase() === 'đồng';

/** 72925000 + 'đồng' → '72.925.000 đồng'; 54 + 'đơn vị máu' → '54 đơn vị máu'. */
export const valueWithLabel = (n: number, label: string) => `${formatInteger(n)} ${label}`;

/** '123%' / '122,73%', never capped; '—' when there is no base. */
export function percentText(numerator: number, denominator: number, decimals: 0 | 2 = 0): string {
  return percentOf(numerator, denominator, decimals) ?? '—';
}

/** Who assigned a target, as a person reads it. */
export const assignerName = (a: AssignedBy) => ('body' in a ? a.body : a.name);

/** The achieved percentage of a figure against its target, as text (ratio: the ratio itself, compared with the aim). */
export function figurePercentText(
  f: { aggregation: Aggregation; actual: number; denominator?: number; target?: number },
  decimals: 0 | 2 = 0,
): string {
  const { rounded } = figure({ ...f, unitLabel: '' }, { decimals });
  return rounded === null ? '—' : percentLabel(rounded);
}

/* ---------- on track or behind ---------- */

/**
 * "Expected share" of a target: the elapsed fraction of the target's period (lib/figure.ts), as of
 * today in Vietnam, or the last day being viewed when that is earlier; a finished period expects 100%.
 */
export function expectedShare(period: Period, viewTo: string, today = todayVn()): number {
  return elapsedShare(period, viewTo < today ? viewTo : today);
}

export type Standing = 'met' | 'behind' | 'onTrack' | 'none';
export const STANDING_COLOR: Record<Standing, string> = {
  met: '#52c41a',
  behind: '#f5222d',
  onTrack: '#faad14',
  none: '#bfbfbf',
};
export const STANDING_BG: Record<Standing, string | undefined> = {
  met: '#f6ffed',
  behind: '#fff1f0',
  onTrack: '#fffbe6',
  none: undefined,
};

const STANDING_OF: Record<FigureStatus, Standing> = { met: 'met', on_track: 'onTrack', late: 'behind' };

/**
 * met → green; otherwise compare the share achieved with the expected share: below it → behind (red),
 * else on track (gold). Ratio indicators are rates, not running totals: an unmet ratio is behind.
 * The judgement is the figure's (lib/figure.ts), the one the server uses.
 */
export function standingOf(
  f: { aggregation: Aggregation; actual: number; denominator?: number; target?: number; met?: boolean },
  period: Period,
  viewTo: string,
): Standing {
  const { status } = figure({ ...f, unitLabel: '' }, { expected: expectedShare(period, viewTo) });
  return status === null ? 'none' : STANDING_OF[status];
}

/** The percentage a progress bar is drawn at (capped at 100 for the bar only). */
export function barPercent(f: {
  aggregation: Aggregation;
  actual: number;
  denominator?: number;
  target?: number;
}): number {
  if (f.target === undefined) return 0;
  // No base: an empty ratio draws nothing, a target of 0 is reached.
  const raw = figure({ ...f, unitLabel: '' }).percent ?? (f.aggregation === 'ratio' ? 0 : 100);
  return Math.max(0, Math.min(100, raw));
}

/* ---------- periods ---------- */

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export type PresetKind = 'h1' | 'year' | 'custom';

export function presetPeriod(kind: 'h1' | 'year', year: number): Period {
  return kind === 'h1'
    ? { from: `${year}-01-01`, to: `${year}-06-30` }
    : { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function detectPreset(p: Period): { kind: PresetKind; year: number } {
  const year = Number(p.from.slice(0, 4));
  const h1 = presetPeriod('h1', year);
  const y = presetPeriod('year', year);
  if (p.from === h1.from && p.to === h1.to) return { kind: 'h1', year };
  if (p.from === y.from && p.to === y.to) return { kind: 'year', year };
  return { kind: 'custom', year };
}

/**
 * The viewed period and unit, kept in the address (?unit=&from=&to=) so a view can be shared or bookmarked. Default:
 * the whole of the latest year with targets (this year when there are none); `ready` once that year is known.
 */
export function usePeriodParams(defaultUnitId?: string) {
  const [params, setParams] = useSearchParams();
  const fromQ = params.get('from') ?? '';
  const toQ = params.get('to') ?? '';
  const chosen = DATE_RE.test(fromQ) && DATE_RE.test(toQ) && fromQ <= toQ;
  const unitParam = params.get('unit') ?? undefined;
  // Without a period in the address, the latest year with targets (not an empty current year of zeros).
  const unitId = unitParam ?? defaultUnitId;
  const latest = useQuery({
    queryKey: ['progress', 'latest-year', unitId],
    enabled: !chosen && unitId !== undefined,
    queryFn: () => api<{ year: number | null }>('GET', `/progress/latest-year?unitId=${unitId}`),
    staleTime: 60_000,
  });
  const year = latest.data?.year ?? Number(todayVn().slice(0, 4));
  const period: Period = chosen ? { from: fromQ, to: toQ } : presetPeriod('year', year);
  // Until the latest year is known the period is a guess: a page waits rather than fetch and show a year of zeros.
  const ready = chosen || unitId === undefined || latest.isSuccess || latest.isError;
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  return {
    period,
    ready,
    setPeriod: (p: Period) => update({ from: p.from, to: p.to }),
    unitParam,
    setUnit: (id: string) => update({ unit: id }),
  };
}

/** Presets "6 tháng đầu năm" / "Cả năm" of a chosen year, or any range (DD/MM/YYYY). */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const { t } = useI18n();
  const { kind, year } = detectPreset(value);
  const screens = Grid.useBreakpoint();
  return (
    <Flex wrap gap={8} align="center">
      <Radio.Group
        size={screens.sm ? 'middle' : 'small'}
        optionType="button"
        value={kind}
        onChange={(e) => {
          const k = e.target.value as PresetKind;
          if (k !== 'custom') onChange(presetPeriod(k, year));
        }}
        options={[
          { value: 'h1', label: t('periodH1') },
          { value: 'year', label: t('periodYear') },
          { value: 'custom', label: t('periodCustom') },
        ]}
      />
      <DatePicker
        picker="year"
        allowClear={false}
        aria-label={t('periodYearPick')}
        value={dayjs(`${year}-01-01`)}
        onChange={(d) => {
          if (!d) return;
          const shift = d.year() - year;
          if (kind === 'custom')
            onChange({
              from: dayjs(value.from).add(shift, 'year').format('YYYY-MM-DD'),
              to: dayjs(value.to).add(shift, 'year').format('YYYY-MM-DD'),
            });
          else onChange(presetPeriod(kind, d.year()));
        }}
        style={{ width: 100 }}
      />
      <DatePicker.RangePicker
        format={DATE_FORMATS}
        allowClear={false}
        aria-label={t('dateRange')}
        value={[dayjs(value.from), dayjs(value.to)]}
        onChange={(r) => {
          const [a, b] = r ?? [];
          if (a && b) onChange({ from: a.format('YYYY-MM-DD'), to: b.format('YYYY-MM-DD') });
        }}
        style={{ width: 260, maxWidth: '100%' }}
      />
    </Flex>
  );
}

/* ---------- who the user is ---------- */

/** The user's own unit: the first role bound to a unit; an organisation head's commune; else the top unit they read. */
export function ownUnitId(me: Me, units: Unit[], orgs: Organization[]): string | undefined {
  const withUnit = me.roles.find((r) => r.unitId && units.some((u) => u.id === r.unitId));
  if (withUnit?.unitId) return withUnit.unitId;
  const orgRole = me.roles.find((r) => r.organizationId);
  const org = orgRole ? orgs.find((o) => o.id === orgRole.organizationId) : undefined;
  if (org) return org.communeId;
  const ids = new Set(units.map((u) => u.id));
  return units.find((u) => !u.parentId || !ids.has(u.parentId))?.id;
}

/** Units the user reads, in tree order (parents before children), for a Select. */
export function unitOptions(units: Unit[], filter: (u: Unit) => boolean = () => true) {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, Unit[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: { value: string; label: string }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => compareVi(a.name, b.name))) {
      if (filter(u)) out.push({ value: u.id, label: `${'\u00a0\u00a0'.repeat(depth)}${unitDisplayName(u)}` });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** All units under `rootId` (not itself), using parent links. */
export function descendantsOf(units: Unit[], rootId: string): Unit[] {
  const out: Unit[] = [];
  const queue = [rootId];
  while (queue.length) {
    const id = queue.shift() as string;
    for (const u of units) {
      if (u.parentId === id) {
        out.push(u);
        queue.push(u.id);
      }
    }
  }
  return out;
}

/** The unit and the user's units, resolved once for a page. */
export function useScope(me: Me) {
  const units = useUnits();
  const orgs = useAllOrganizations();
  const list = useMemo(() => units.data ?? [], [units.data]);
  const own = ownUnitId(me, list, orgs.data ?? []);
  return { units: list, loading: units.isLoading || orgs.isLoading, ownUnitId: own, orgs: orgs.data ?? [] };
}

export function UnitSelect({
  units,
  value,
  onChange,
  filter,
  style,
}: {
  units: Unit[];
  value?: string;
  onChange: (id: string) => void;
  filter?: (u: Unit) => boolean;
  style?: CSSProperties;
}) {
  const { t } = useI18n();
  const options = useMemo(() => unitOptions(units, filter), [units, filter]);
  return (
    <Select
      aria-label={t('unit')}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 200, ...style }}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={t('unit')}
    />
  );
}

/**
 * The filter grid of the overview and progress pages: unit and period on the first line, a text search and the
 * page's own filters (children) on the second.
 */
export function ScopeFilterBar(p: {
  units: Unit[];
  unitFilter?: (u: Unit) => boolean;
  unitId?: string;
  onUnit: (id: string) => void;
  period: Period;
  onPeriod: (p: Period) => void;
  searchPlaceholder: string;
  onSearch: (text: string) => void;
  align?: 'middle';
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <Row gutter={[8, 8]} align={p.align} style={p.style}>
      <Col xs={24} md={8} lg={6}>
        <UnitSelect
          units={p.units}
          filter={p.unitFilter}
          value={p.unitId}
          onChange={p.onUnit}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={24} md={16} lg={18}>
        <PeriodPicker value={p.period} onChange={p.onPeriod} />
      </Col>
      <Col xs={24} md={8} lg={6}>
        <Input.Search allowClear placeholder={p.searchPlaceholder} onChange={(e) => p.onSearch(e.target.value)} />
      </Col>
      <Col xs={24} md={16} lg={18}>
        {p.children}
      </Col>
    </Row>
  );
}

/* ---------- inputs and transport ---------- */

/** multipart POST (a file upload) through api(). */
export function postForm<T>(path: string, form: FormData): Promise<T> {
  return api<T>('POST', path, form);
}

/** Clipboard with a fallback for pages not served over HTTPS (navigator.clipboard is missing there). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through */
  }
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.position = 'fixed';
  ta.style.opacity = '0';
  document.body.appendChild(ta);
  ta.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  ta.remove();
  return ok;
}

/** Indicators a unit reports on (owned by it or an ancestor). */
const indicatorListQuery = (unitId: string | undefined) => ({
  queryKey: ['targets-indicators', unitId ?? 'none'],
  enabled: Boolean(unitId),
  queryFn: () => api<IndicatorList>('GET', `/indicators?unitId=${unitId}`),
});

export function useUnitIndicators(unitId: string | undefined) {
  return useQuery({ ...indicatorListQuery(unitId), select: (r: IndicatorList) => r.items });
}

/** The unit's indicators with what the caller may do there (`can`: define, assignTargets). */
export function useIndicatorList(unitId: string | undefined) {
  return useQuery(indicatorListQuery(unitId));
}

export const indicatorText = (i: Pick<Indicator, 'code' | 'name' | 'unitLabel'>) => `${i.name} (${i.unitLabel})`;

/** A file name safe on every OS, with the period: "bang-theo-doi_2026-01-01_2026-12-31". */
export const fileStamp = (base: string, p?: Period) => (p ? `${base}_${p.from}_${p.to}` : base);
