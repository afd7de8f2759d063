import dayjs, { type Dayjs } from 'dayjs';
import { today, toIso } from '../../../lib/dates';
import { type Shown, thisYear, useLatestYear } from '../../../lib/latest-year';
import { useUrlParams } from '../../../lib/url-params';
import { fundKeys } from '../api';

export type Period = [Dayjs, Dayjs];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A whole year; this year runs to today, as the book's own default. */
export const yearPeriod = (y: number): Period =>
  y === thisYear() ? [dayjs(`${y}-01-01`), today()] : [dayjs(`${y}-01-01`), dayjs(`${y}-12-31`)];

/**
 * The period of the fund book or the reconciliation, kept in the address (?from=&to=) beside the fund and tab. Without
 * one, the latest year with money in the book (`year`) or on the bank side (`bankYear`), else this year: a fund whose
 * movements are all in earlier years does not open on an empty book. `offer` is that year when the period shown does
 * not reach it, for the empty state's link.
 */
export function useFundPeriod(fundId: string, field: 'year' | 'bankYear') {
  const [params, set] = useUrlParams();
  const fromQ = params.get('from') ?? '';
  const toQ = params.get('to') ?? '';
  const chosen = ISO.test(fromQ) && ISO.test(toQ) && fromQ <= toQ && dayjs(fromQ).isValid() && dayjs(toQ).isValid();
  const { latest, pending } = useLatestYear(fundKeys.latestYear(fundId), `/funds/${fundId}/latest-year`, field);
  const period: Period = chosen ? [dayjs(fromQ), dayjs(toQ)] : yearPeriod(latest ?? thisYear());
  const from = toIso(period[0]);
  const to = toIso(period[1]);
  const setPeriod = (p: Period) => set({ from: toIso(p[0]), to: toIso(p[1]) });
  const offer = typeof latest === 'number' && !(from <= `${latest}-12-31` && to >= `${latest}-01-01`) ? latest : null;
  const y = Number(from.slice(0, 4));
  const wholeYear = from === `${y}-01-01` && (to === `${y}-12-31` || (y === thisYear() && to === toIso(today())));
  const shown: Shown = wholeYear ? { year: y } : { from, to };
  return {
    period,
    from,
    to,
    setPeriod,
    pending: !chosen && pending,
    offer,
    shown,
    goYear: (year: number) => setPeriod(yearPeriod(year)),
  };
}
