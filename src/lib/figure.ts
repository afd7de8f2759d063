/**
 * A result against its target, the one way the server, the reports and the staff app judge it:
 * the percentage (exact, never capped), whether the target is met, whether the work is on track,
 * and the Vietnamese phrase ("54/44 đơn vị máu, đạt 123%"). Pure; every "đạt N%" comes from here.
 */
import { exactPercent, formatInteger, roundedPercent } from './numbers';

export type Aggregation = 'sum' | 'count' | 'ratio';

export type FigureInput = {
  aggregation: Aggregation;
  unitLabel: string;
  actual: number;
  /** Ratio indicators: the summed denominator (the result is actual/denominator). */
  denominator?: number | null;
  /** The target value (for ratio: the aimed percentage), when there is one. */
  target?: number | null;
};

/** Met; not met but at or ahead of the share of the period already gone; behind it. */
export type FigureStatus = 'met' | 'on_track' | 'late';

export type Figure = {
  /**
   * Exact percent, not capped: for ratio indicators the ratio itself (actual/denominator × 100),
   * judged against the aimed percentage by `met`; otherwise actual/target × 100. Null without a base.
   */
  percent: number | null;
  /** `percent` rounded half-up the Vietnamese way: '123', '105,38'. Null without a base. */
  rounded: string | null;
  /** Null without a target. */
  met: boolean | null;
  /** Null without a target. */
  status: FigureStatus | null;
  /** "54/44 đơn vị máu, đạt 123%", "72.925.000 đồng, đạt 161%", "9/17 ca, đạt 53%", "43 hộ". */
  text: string;
};

export type FigureOptions = {
  /** Decimals of `rounded` and `text`: 0 ('123') or 2 ('122,73'). */
  decimals?: 0 | 2;
  /**
   * The share of the target expected by now (0…1, see `elapsedShare`); 1, the default, judges a
   * finished period, where anything short of the target is late.
   */
  expected?: number;
};

const isMoney = (label: string) => label.trim().toLowerCase() === 'đồng';
const hasTarget = (f: FigureInput): f is FigureInput & { target: number } =>
  f.target !== undefined && f.target !== null;

/** '123' → '123%'. */
export const percentLabel = (rounded: string) => `${rounded}%`;

/** '123' → 'đạt 123%', in the words of FIGURE_WORDS_VI below. */
export const achievedLabel = (rounded: string) => achievedIn(FIGURE_WORDS_VI, rounded);

/** '123%' / '122,73%' of numerator over denominator, never capped; null when the base is 0. */
export function percentText(numerator: number, denominator: number, decimals: 0 | 2 = 0): string | null {
  const p = roundedPercent(numerator, denominator, decimals);
  return p === null ? null : percentLabel(p);
}

/** Did the result meet the target? Ratio targets are aimed percentages. Null without a target. */
export function isMet(f: FigureInput): boolean | null {
  if (!hasTarget(f)) return null;
  if (f.aggregation === 'ratio') {
    const den = f.denominator ?? 0;
    return den > 0 && f.actual * 100 >= f.target * den;
  }
  return f.actual >= f.target;
}

function statusOf(f: FigureInput, met: boolean | null, expected: number): FigureStatus | null {
  if (met === null || !hasTarget(f)) return null;
  if (met) return 'met';
  // A ratio is a rate, not a running total: its whole aim is expected at any time.
  if (f.aggregation === 'ratio') return 'late';
  const achieved = f.target > 0 ? f.actual / f.target : 1;
  return achieved < expected ? 'late' : 'on_track';
}

/**
 * The words of a figure's phrase: the Vietnamese ones by default (the API, the reports); the staff
 * app passes its dictionary's, so English mode reads "54/44 đơn vị máu, achieved 123%".
 */
export type FigureWords = {
  /** Around the rounded percentage, e.g. 'đạt {p}' → 'đạt 123%'. */
  achieved: string;
  /** A target of 0, which no percentage can be taken of. */
  targetZero: string;
};

export const FIGURE_WORDS_VI: FigureWords = { achieved: 'đạt {p}', targetZero: 'chỉ tiêu 0' };

const achievedIn = (words: FigureWords, rounded: string) => words.achieved.replace('{p}', percentLabel(rounded));

function textOf(f: FigureInput, rounded: string | null, words: FigureWords = FIGURE_WORDS_VI): string {
  const actual = formatInteger(f.actual);
  if (f.aggregation === 'ratio') {
    const den = formatInteger(f.denominator ?? 0);
    return `${actual}/${den} ${f.unitLabel}${rounded === null ? '' : `, ${achievedIn(words, rounded)}`}`;
  }
  if (!hasTarget(f)) return `${actual} ${f.unitLabel}`;
  if (rounded === null) return `${actual} ${f.unitLabel} (${words.targetZero})`;
  if (isMoney(f.unitLabel)) return `${actual} ${f.unitLabel}, ${achievedIn(words, rounded)}`;
  return `${actual}/${formatInteger(f.target)} ${f.unitLabel}, ${achievedIn(words, rounded)}`;
}

const baseOf = (f: FigureInput) => (f.aggregation === 'ratio' ? (f.denominator ?? 0) : hasTarget(f) ? f.target : null);

/** `Figure.percent` alone, for tables of thousands of cells that show no sentence (the province overview). */
export function percentOf(f: FigureInput): number | null {
  const base = baseOf(f);
  return base === null ? null : exactPercent(f.actual, base);
}

/** The figure of a result against its target (see `Figure`). */
export function figure(f: FigureInput, opts: FigureOptions = {}): Figure {
  const decimals = opts.decimals ?? 0;
  const base = baseOf(f);
  const percent = percentOf(f);
  const rounded = base === null ? null : roundedPercent(f.actual, base, decimals);
  const met = isMet(f);
  return { percent, rounded, met, status: statusOf(f, met, opts.expected ?? 1), text: textOf(f, rounded) };
}

const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/**
 * The share of a target expected by `asOf` if the work were spread evenly over its period: whole
 * calendar days from the period's first day through `asOf`, over the days of the period, clamped
 * to 0…1; a finished period expects all of it.
 */
export function elapsedShare(period: { from: string; to: string }, asOf: string): number {
  const total = dayNumber(period.to) - dayNumber(period.from) + 1;
  if (total <= 0) return 1;
  const elapsed = dayNumber(asOf) - dayNumber(period.from) + 1;
  return Math.min(1, Math.max(0, elapsed / total));
}

/**
 * The Vietnamese phrase for a result against a target:
 * "54/44 đơn vị máu, đạt 123%", "72.925.000 đồng, đạt 161%", ratio "9/17 ca, đạt 53%".
 */
export function progressText(f: FigureInput, decimals: 0 | 2 = 0): string {
  return figure(f, { decimals }).text;
}

/** The phrase of a figure in other words than Vietnamese (the staff app's English): see `FigureWords`. */
export function figureText(f: FigureInput, words: FigureWords, decimals: 0 | 2 = 0): string {
  const base = baseOf(f);
  return textOf(f, base === null ? null : roundedPercent(f.actual, base, decimals), words);
}

/** How many sub-units met their targets, in a template's words: '{count}/{of} {what} đạt chỉ tiêu'. */
export const MET_TEMPLATE_VI = '{count}/{of} {what} đạt chỉ tiêu';

/** "5/8 thôn đạt chỉ tiêu". */
export function metText(count: number, of: number, label: string, template = MET_TEMPLATE_VI): string {
  return template.replace('{count}', String(count)).replace('{of}', String(of)).replace('{what}', label);
}
