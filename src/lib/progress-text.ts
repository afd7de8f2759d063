import { formatInteger, roundedPercent } from './numbers';

export type ProgressFigure = {
  aggregation: 'sum' | 'count' | 'ratio';
  unitLabel: string;
  actual: number;
  /** Ratio indicators: the summed denominator. */
  denominator?: number | null;
  /** The target value (for ratio: the aimed percentage), when there is one. */
  target?: number | null;
};

const isMoney = (label: string) => label.trim().toLowerCase() === 'đồng';

/**
 * The Vietnamese phrase for a result against a target:
 * "54/44 đơn vị máu, đạt 123%", "72.925.000 đồng, đạt 161%", ratio "9/17 ca, đạt 53%".
 */
export function progressText(f: ProgressFigure, decimals: 0 | 2 = 0): string {
  const actual = formatInteger(f.actual);
  if (f.aggregation === 'ratio') {
    const den = f.denominator ?? 0;
    const pct = roundedPercent(f.actual, den, decimals);
    return `${actual}/${formatInteger(den)} ${f.unitLabel}${pct === null ? '' : `, đạt ${pct}%`}`;
  }
  if (f.target === undefined || f.target === null) return `${actual} ${f.unitLabel}`;
  const pct = roundedPercent(f.actual, f.target, decimals);
  if (pct === null) return `${actual} ${f.unitLabel} (chỉ tiêu 0)`;
  if (isMoney(f.unitLabel)) return `${actual} ${f.unitLabel}, đạt ${pct}%`;
  return `${actual}/${formatInteger(f.target)} ${f.unitLabel}, đạt ${pct}%`;
}

/** "5/8 thôn đạt chỉ tiêu". */
export function metText(count: number, of: number, label: string): string {
  return `${count}/${of} ${label} đạt chỉ tiêu`;
}

/** Did the result meet the target? Ratio targets are aimed percentages. */
export function isMet(f: ProgressFigure): boolean | null {
  if (f.target === undefined || f.target === null) return null;
  if (f.aggregation === 'ratio') {
    const den = f.denominator ?? 0;
    return den > 0 && f.actual * 100 >= f.target * den;
  }
  return f.actual >= f.target;
}
