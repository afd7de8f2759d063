import { describe, expect, it } from 'vitest';
import { achievedLabel, elapsedShare, figure, FIGURE_WORDS_VI, figureText, metText, percentText } from './figure';

describe('the figure of a result against its target', () => {
  it('gives the exact percent, uncapped, with its rounding and the phrase', () => {
    expect(figure({ aggregation: 'count', unitLabel: 'đơn vị máu', actual: 54, target: 44 })).toEqual({
      percent: (54 * 100) / 44,
      rounded: '123',
      met: true,
      status: 'met',
      text: '54/44 đơn vị máu, đạt 123%',
    });
    expect(figure({ aggregation: 'sum', unitLabel: 'đồng', actual: 72_925_000, target: 45_300_000 }).text).toBe(
      '72.925.000 đồng, đạt 161%',
    );
    expect(
      figure({ aggregation: 'count', unitLabel: 'ca', actual: 2950, target: 2799 }, { decimals: 2 }),
    ).toMatchObject({
      rounded: '105,39',
      text: '2.950/2.799 ca, đạt 105,39%',
    });
    // 105.375 exactly: half-up on integers, never 105,37 from a binary float.
    expect(
      figure({ aggregation: 'count', unitLabel: 'x', actual: 84_300, target: 80_000 }, { decimals: 2 }).rounded,
    ).toBe('105,38');
  });

  it('reads a ratio as the ratio itself, judged against the aimed percentage', () => {
    expect(figure({ aggregation: 'ratio', unitLabel: 'ca', actual: 9, denominator: 17 })).toMatchObject({
      percent: (9 * 100) / 17,
      rounded: '53',
      met: null,
      status: null,
      text: '9/17 ca, đạt 53%',
    });
    const aimed = { aggregation: 'ratio' as const, unitLabel: 'người', denominator: 5400, target: 90 };
    expect(figure({ ...aimed, actual: 4950 })).toMatchObject({ met: true, status: 'met', rounded: '92' });
    // A rate is judged whole at any time of the period.
    expect(figure({ ...aimed, actual: 4800 }, { expected: 0.1 })).toMatchObject({ met: false, status: 'late' });
    expect(figure({ aggregation: 'ratio', unitLabel: 'ca', actual: 0, denominator: 0 })).toMatchObject({
      percent: null,
      rounded: null,
      text: '0/0 ca',
    });
  });

  it('has no percent without a target, and says when the target is 0', () => {
    expect(figure({ aggregation: 'count', unitLabel: 'hộ', actual: 43 })).toEqual({
      percent: null,
      rounded: null,
      met: null,
      status: null,
      text: '43 hộ',
    });
    expect(figure({ aggregation: 'count', unitLabel: 'người', actual: 132, target: 0 })).toMatchObject({
      percent: null,
      met: true,
      text: '132 người (chỉ tiêu 0)',
    });
  });

  it('is on track while the share achieved keeps up with the share of the period gone', () => {
    const half = { aggregation: 'count' as const, unitLabel: 'hộ', actual: 50, target: 100 };
    expect(figure(half, { expected: 0.4 }).status).toBe('on_track');
    expect(figure(half, { expected: 0.5 }).status).toBe('on_track');
    expect(figure(half, { expected: 0.6 }).status).toBe('late');
    expect(figure(half).status).toBe('late');
  });

  it('measures the share of a period gone by a day, clamped', () => {
    const h1 = { from: '2023-01-01', to: '2023-06-30' };
    expect(elapsedShare(h1, '2022-12-31')).toBe(0);
    expect(elapsedShare(h1, '2023-01-01')).toBeCloseTo(1 / 181);
    expect(elapsedShare(h1, '2023-06-30')).toBe(1);
    expect(elapsedShare(h1, '2024-01-01')).toBe(1);
  });

  it('writes "đạt N%" and bare percentages in one way', () => {
    expect(achievedLabel('123')).toBe('đạt 123%');
    expect(percentText(9, 17)).toBe('53%');
    expect(percentText(2700, 2200, 2)).toBe('122,73%');
    expect(percentText(1, 0)).toBeNull();
  });
});

describe('the phrase in other words', () => {
  const en = { achieved: 'achieved {p}', targetZero: 'target 0' };
  it('reads as the Vietnamese one with the words swapped', () => {
    expect(figureText({ aggregation: 'count', unitLabel: 'đơn vị máu', actual: 54, target: 44 }, en)).toBe(
      '54/44 đơn vị máu, achieved 123%',
    );
    expect(figureText({ aggregation: 'ratio', unitLabel: 'ca', actual: 9, denominator: 17, target: 50 }, en)).toBe(
      '9/17 ca, achieved 53%',
    );
    expect(figureText({ aggregation: 'sum', unitLabel: 'đồng', actual: 5, target: 0 }, en)).toBe('5 đồng (target 0)');
    expect(figureText({ aggregation: 'sum', unitLabel: 'đồng', actual: 72_925_000, target: 45_000_000 }, en, 2)).toBe(
      '72.925.000 đồng, achieved 162,06%',
    );
  });
  it('gives the Vietnamese phrase in the Vietnamese words', () => {
    const f = { aggregation: 'count' as const, unitLabel: 'đơn vị máu', actual: 54, target: 44 };
    expect(figureText(f, FIGURE_WORDS_VI)).toBe(figure(f).text);
    expect(metText(5, 8, 'thôn')).toBe('5/8 thôn đạt chỉ tiêu');
    expect(metText(5, 8, 'villages', '{count} of {of} {what} met the target')).toBe('5 of 8 villages met the target');
  });
});
