import { formatDateVi, todayVn } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { invalid } from '../../core/errors';
import {
  dueDateOf,
  isPeriod,
  nextPeriod,
  PERIOD_EXAMPLES,
  periodLabel,
  periodOf,
  periodsBetween,
  previousPeriod,
} from '../../../lib/report-periods';
import { canRemind } from './policy';
import { dayOf } from './present';
import { fillersOf, shownStates, shownSubmissions, visibleFillers } from './queries';
import type { PeriodKind, ReportForm, ReportSubmission } from './schema';

export type CellState = 'on_time' | 'late' | 'returned' | 'missing' | 'draft' | 'open';

/** Pure: a grid cell from the version shown (null: nothing the viewer may see) and the period's due date. */
export function cellState(
  s: Pick<ReportSubmission, 'status' | 'firstSubmittedAt'> | null,
  due: string,
  today: string,
): CellState {
  if (s?.status === 'returned') return 'returned';
  if (s && s.status !== 'draft') return (dayOf(s.firstSubmittedAt) ?? today) > due ? 'late' : 'on_time';
  if (today <= due) return s ? 'draft' : 'open';
  return 'missing';
}

/** One period across the units the actor reads: the contract's status per unit, and whether it is late. */
export async function completenessOf(db: Queryable, actor: Actor, form: ReportForm, period: string) {
  const fillers = visibleFillers(actor, await fillersOf(db, form));
  const shown = await shownSubmissions(db, actor, form.id, fillers, { in: [period] });
  const byFiller = new Map(shown.map((s) => [s.fillerId, s]));
  const due = dueDateOf(form.periodKind, period, form.dueDays);
  const today = todayVn();
  return {
    period,
    dueDate: due,
    items: fillers.map((f) => {
      const s = byFiller.get(f.id) ?? null;
      const state = cellState(s, due, today);
      return {
        unitId: f.id,
        unitName: f.name,
        unitKind: f.kind,
        status: s ? s.status : ('missing' as const),
        submissionId: s?.id ?? null,
        submittedAt: s?.submittedAt?.toISOString() ?? null,
        late: state === 'late' || state === 'missing',
      };
    }),
  };
}

/** The most periods a grid or an export across periods shows (five years of months, a year of weeks). */
export const MAX_PERIODS = 60;

/**
 * The periods a grid (or an export across periods) shows: from `from` to `to` inclusive, each defaulting so that 12
 * periods show (up to the current one when neither is given). A period of the wrong form, a reversed range or one
 * longer than MAX_PERIODS is a 422 naming the parameter.
 */
export function periodRangeOf(kind: PeriodKind, q: { from?: string; to?: string }, today = todayVn()): string[] {
  const example = `ví dụ ${PERIOD_EXAMPLES[kind]}`;
  if (q.from && !isPeriod(kind, q.from)) throw invalid({ from: `Kỳ đầu không đúng dạng (${example}).` });
  if (q.to && !isPeriod(kind, q.to)) throw invalid({ to: `Kỳ cuối không đúng dạng (${example}).` });
  const step = (p: string, n: number, move: (k: PeriodKind, p: string) => string) => {
    let out = p;
    for (let i = 0; i < n; i++) out = move(kind, out);
    return out;
  };
  const to = q.to ?? (q.from ? step(q.from, 11, nextPeriod) : periodOf(kind, today));
  const from = q.from ?? step(to, 11, previousPeriod);
  if (from > to) throw invalid({ to: 'Kỳ cuối phải từ kỳ đầu trở về sau.' });
  const periods = periodsBetween(kind, from, to, MAX_PERIODS + 1);
  if (periods.length > MAX_PERIODS)
    throw invalid({ from: `Chọn tối đa ${MAX_PERIODS} kỳ (từ ${from} đến ${to} là quá nhiều).` });
  return periods;
}

/** The grid of units × periods (periodRangeOf: the last 12 up to the current one by default). */
export async function gridOf(db: Queryable, actor: Actor, form: ReportForm, q: { from?: string; to?: string }) {
  const kind = form.periodKind;
  const periods = periodRangeOf(kind, q);
  const from = periods[0] ?? '';
  const to = periods.at(-1) ?? '';
  const fillers = visibleFillers(actor, await fillersOf(db, form));
  const shown = await shownStates(db, actor, form.id, fillers, { from, to });
  const at = new Map(shown.map((s) => [`${s.fillerId}|${s.period}`, s]));
  const today = todayVn();
  const dues = periods.map((p) => dueDateOf(kind, p, form.dueDays));
  const totals = { on_time: 0, late: 0, returned: 0, missing: 0 };
  const cells = fillers.map((f) =>
    periods.map((p, i) => {
      const state = cellState(at.get(`${f.id}|${p}`) ?? null, dues[i] as string, today);
      if (state in totals) totals[state as keyof typeof totals]++;
      return state;
    }),
  );
  return {
    periods: periods.map((p, i) => ({ period: p, label: periodLabel(kind, p), dueDate: dues[i] as string })),
    units: fillers.map((f) => ({ unitId: f.id, name: f.name, kind: f.kind })),
    cells,
    totals,
    can: { remind: fillers.some((f) => canRemind(actor, f)) },
  };
}

/**
 * The message to paste into the Zalo group: who has not reported the period (or reported late, or was returned and
 * has not sent it again), with the due date. Plain text, one unit a line.
 */
export function lateText(
  form: ReportForm,
  period: string,
  items: { unitName: string; status: string; late: boolean }[],
): { text: string; late: number } {
  const due = dueDateOf(form.periodKind, period, form.dueDays);
  const missing = items.filter((i) => i.status === 'missing' || i.status === 'draft');
  const returned = items.filter((i) => i.status === 'returned');
  const lines = [`Báo cáo "${form.title}" ${periodLabel(form.periodKind, period)} — hạn nộp ${formatDateVi(due)}.`];
  if (missing.length === 0 && returned.length === 0) {
    lines.push('Tất cả các đơn vị đã nộp báo cáo. Cảm ơn các đồng chí!');
  } else {
    if (missing.length > 0) {
      lines.push(`Chưa nộp (${missing.length}):`);
      for (const [n, i] of missing.entries()) lines.push(`${n + 1}. ${i.unitName}`);
    }
    if (returned.length > 0) {
      lines.push(`Đã trả lại, chờ nộp lại (${returned.length}):`);
      for (const [n, i] of returned.entries()) lines.push(`${n + 1}. ${i.unitName}`);
    }
    lines.push(
      todayVn() > due
        ? 'Đề nghị các đơn vị khẩn trương hoàn thành và gửi báo cáo trên mattran.'
        : `Đề nghị các đơn vị gửi báo cáo trên mattran trước ngày ${formatDateVi(due)}.`,
    );
  }
  return { text: lines.join('\n'), late: missing.length + returned.length };
}
