import { addDays } from './dates';

/** How often a routine report is due (report forms: the server's `period_kind`, the staff app's period pickers). */
export type PeriodKind = 'week' | 'month' | 'quarter' | 'half_year' | 'year';

/**
 * Reporting periods as strings that sort in time within one kind: week '2026-W05' (ISO week, Monday first), month
 * '2026-03', quarter '2026-Q1', half-year '2026-H1', year '2026'. Pure calendar arithmetic, no timezone.
 */
const PATTERNS: Record<PeriodKind, RegExp> = {
  week: /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  half_year: /^(\d{4})-H([12])$/,
  year: /^(\d{4})$/,
};

export const PERIOD_EXAMPLES: Record<PeriodKind, string> = {
  week: '2026-W05',
  month: '2026-03',
  quarter: '2026-Q1',
  half_year: '2026-H1',
  year: '2026',
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Monday of ISO week 1 of a year. */
function isoWeekOneMonday(year: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dow = (jan4.getUTCDay() + 6) % 7; // Monday 0
  return addDays(iso(year, 1, 4), -dow);
}

function weeksIn(year: number): number {
  const start = isoWeekOneMonday(year);
  const next = isoWeekOneMonday(year + 1);
  return Math.round((Date.parse(next) - Date.parse(start)) / 604_800_000);
}

export function isPeriod(kind: PeriodKind, p: string): boolean {
  const m = PATTERNS[kind].exec(p);
  if (!m) return false;
  return kind !== 'week' || Number(m[2]) <= weeksIn(Number(m[1]));
}

/** The first and last calendar day of a period (assumed valid). */
export function periodRange(kind: PeriodKind, p: string): { from: string; to: string } {
  const m = PATTERNS[kind].exec(p);
  if (!m) throw new Error(`not a ${kind} period: ${p}`);
  const y = Number(m[1]);
  const n = Number(m[2] ?? 1);
  switch (kind) {
    case 'week': {
      const from = addDays(isoWeekOneMonday(y), (n - 1) * 7);
      return { from, to: addDays(from, 6) };
    }
    case 'month':
      return { from: iso(y, n, 1), to: iso(y, n, lastDay(y, n)) };
    case 'quarter':
      return { from: iso(y, n * 3 - 2, 1), to: iso(y, n * 3, lastDay(y, n * 3)) };
    case 'half_year':
      return { from: iso(y, n * 6 - 5, 1), to: iso(y, n * 6, lastDay(y, n * 6)) };
    case 'year':
      return { from: iso(y, 1, 1), to: iso(y, 12, 31) };
  }
}

/** The period a calendar date falls in. */
export function periodOf(kind: PeriodKind, date: string): string {
  const y = Number(date.slice(0, 4));
  const mo = Number(date.slice(5, 7));
  switch (kind) {
    case 'week': {
      let year = y + 1;
      while (isoWeekOneMonday(year) > date) year--;
      const days = Math.round((Date.parse(date) - Date.parse(isoWeekOneMonday(year))) / 86_400_000);
      return `${year}-W${pad(Math.floor(days / 7) + 1)}`;
    }
    case 'month':
      return `${y}-${pad(mo)}`;
    case 'quarter':
      return `${y}-Q${Math.ceil(mo / 3)}`;
    case 'half_year':
      return `${y}-H${mo <= 6 ? 1 : 2}`;
    case 'year':
      return String(y);
  }
}

export const nextPeriod = (kind: PeriodKind, p: string) => periodOf(kind, addDays(periodRange(kind, p).to, 1));
export const previousPeriod = (kind: PeriodKind, p: string) => periodOf(kind, addDays(periodRange(kind, p).from, -1));

/** The periods from `from` to `to` inclusive, at most `max`. */
export function periodsBetween(kind: PeriodKind, from: string, to: string, max = 120): string[] {
  const out: string[] = [];
  for (let p = from; p <= to && out.length < max; p = nextPeriod(kind, p)) out.push(p);
  return out;
}

/** The last day a submission of the period is on time. */
export const dueDateOf = (kind: PeriodKind, p: string, dueDays: number) => addDays(periodRange(kind, p).to, dueDays);

/** A period is open for reports from its first day. */
export const isOpen = (kind: PeriodKind, p: string, today: string) => periodRange(kind, p).from <= today;

/** How the period reads in Vietnamese: "tuần 05/2026", "tháng 03/2026", "quý I/2026", "6 tháng đầu năm 2026". */
export function periodLabel(kind: PeriodKind, p: string): string {
  const m = PATTERNS[kind].exec(p);
  if (!m) return p;
  const y = m[1];
  switch (kind) {
    case 'week':
      return `tuần ${m[2]}/${y}`;
    case 'month':
      return `tháng ${m[2]}/${y}`;
    case 'quarter':
      return `quý ${['I', 'II', 'III', 'IV'][Number(m[2]) - 1]}/${y}`;
    case 'half_year':
      return m[2] === '1' ? `6 tháng đầu năm ${y}` : `6 tháng cuối năm ${y}`;
    case 'year':
      return `năm ${y}`;
  }
}

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  week: 'hằng tuần',
  month: 'hằng tháng',
  quarter: 'hằng quý',
  half_year: '6 tháng',
  year: 'hằng năm',
};
