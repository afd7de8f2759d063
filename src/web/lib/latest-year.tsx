import { type QueryKey, useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty } from 'antd';
import { useState } from 'react';
import { formatDateVi, todayVn } from '../../lib/dates';
import { useI18n } from '../i18n';
import { api } from './api';
import { useUrlParams } from './url-params';

/*
 * Issue 13.1: a period picker opens on the latest period that has data, or on an empty state that links to it. The
 * demo commune's figures (and a commune's first weeks with the app) sit in earlier years: a screen opening on an
 * empty current year makes a new user think the data is gone.
 */

export const thisYear = () => Number(todayVn().slice(0, 4));

type LatestYears = Record<string, number | null>;

/**
 * The latest year with data (not after this one) that the server names at `path` (a `.../latest-year` endpoint),
 * read from `field` (default `year`); null when there is none, undefined while unknown or when `path` is null.
 * `queryKey` sits under the module's own keys, so the module's invalidations after a write refresh it too.
 */
export function useLatestYear(queryKey: QueryKey, path: string | null, field = 'year') {
  const q = useQuery({
    queryKey,
    enabled: path !== null,
    queryFn: () => api<LatestYears>('GET', path ?? ''),
    staleTime: 60_000,
  });
  const latest: number | null | undefined = path === null || !q.data ? undefined : (q.data[field] ?? null);
  return { latest, pending: path !== null && q.isPending };
}

const yearIn = (v: string | null) => {
  const y = Number(v);
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : null;
};

/**
 * The year a screen shows: the one the user picked (kept in the address under `param` when given), else the latest
 * year with data, else this year. While the latest year is being asked, `pending` is true: the screen waits for it
 * rather than flashing an empty current year. `offer` is the year to link to when the shown year has nothing in it.
 */
export function useYearWithData(opts: { queryKey: QueryKey; path: string | null; param?: string }) {
  const [params, setParams] = useUrlParams();
  const [picked, setPicked] = useState<number | null>(null);
  const chosen = opts.param ? yearIn(params.get(opts.param)) : picked;
  const { latest, pending } = useLatestYear(opts.queryKey, opts.path);
  const year = chosen ?? latest ?? thisYear();
  const setYear = (y: number) => {
    if (opts.param) setParams({ [opts.param]: String(y) });
    else setPicked(y);
  };
  return {
    year,
    setYear,
    latest,
    pending: chosen === null && pending,
    offer: typeof latest === 'number' && latest !== year ? latest : null,
  };
}

/** "Năm 2026" or "Từ 01/01/2026 đến 14/12/2026". */
export type Shown = { year: number } | { from: string; to: string };

/**
 * The empty state of a picked period with nothing in it: says so and offers the latest year that has data
 * ("Năm 2026 chưa có số liệu. Xem năm 2023"). `alert` for a screen that still shows its (empty) table below.
 */
export function NoDataInPeriod(p: {
  shown: Shown;
  offer: number | null;
  onGo: (year: number) => void;
  alert?: boolean;
}) {
  const { t } = useI18n();
  const text =
    'year' in p.shown
      ? t('noDataInYear').replace('{y}', String(p.shown.year))
      : t('noDataInPeriod').replace('{from}', formatDateVi(p.shown.from)).replace('{to}', formatDateVi(p.shown.to));
  const offer = p.offer;
  const go =
    offer === null ? null : (
      <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => p.onGo(offer)}>
        {t('seeYear').replace('{y}', String(offer))}
      </Button>
    );
  if (p.alert) return <Alert type="info" showIcon data-testid="no-data-in-period" title={text} action={go} />;
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span data-testid="no-data-in-period">{text}</span>}>
      {go}
    </Empty>
  );
}
