import type { Queryable } from '../../db/client';

/**
 * Indicators fed by another module: instead of manual entries, the figure comes from that module's
 * own records (a fund drive's receipts, a relief programme's households, a count of meetings).
 * A module registers a source once at start; the progress query asks it per unit subtree and period.
 */
export type SourceFigure = { value: number; denominator?: number };

export type IndicatorSource = {
  key: string;
  /** Vietnamese label shown when choosing the source. */
  label: string;
  /** Parameters the indicator must carry (e.g. ['driveId']). */
  params: string[];
  compute(
    db: Queryable,
    q: { params: Record<string, string>; unitPath: string; from: string; to: string },
  ): Promise<SourceFigure>;
};

const registry = new Map<string, IndicatorSource>();

export function registerIndicatorSource(source: IndicatorSource): void {
  registry.set(source.key, source);
}

export function indicatorSource(key: string): IndicatorSource | undefined {
  return registry.get(key);
}

export function listIndicatorSources(): IndicatorSource[] {
  return [...registry.values()];
}

/** For tests: forget a source registered by the test. */
export function unregisterIndicatorSource(key: string): void {
  registry.delete(key);
}
