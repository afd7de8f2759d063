import { describe, expect, it } from 'vitest';
import { exactPercent, formatInteger, formatMoney, parseTyped, roundedPercent } from './numbers';
import { isMet, metText, progressText } from './figure';

describe('numbers', () => {
  it('writes integers with dot thousands', () => {
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(999)).toBe('999');
    expect(formatInteger(1000)).toBe('1.000');
    expect(formatInteger(72925000)).toBe('72.925.000');
    expect(formatInteger(-1500000)).toBe('-1.500.000');
    expect(formatInteger(9007199254740993n)).toBe('9.007.199.254.740.993');
    expect(formatMoney(72925000)).toBe('72.925.000 đồng');
  });

  it('percent is exact; text rounds half-up to whole numbers by default', () => {
    expect(exactPercent(54, 44)).toBeCloseTo(122.7272727, 6);
    expect(roundedPercent(54, 44)).toBe('123');
    expect(roundedPercent(9, 17)).toBe('53'); // 52.94
    expect(roundedPercent(1, 8)).toBe('13'); // 12.5 rounds up
    expect(roundedPercent(3, 8)).toBe('38'); // 37.5 rounds up
    expect(roundedPercent(1, 200)).toBe('1'); // 0.5 rounds up
    expect(roundedPercent(1, 201)).toBe('0');
  });

  it('two decimals with a comma when asked, half-up on the exact value', () => {
    expect(roundedPercent(10538, 10000, 2)).toBe('105,38');
    expect(roundedPercent(843, 800, 2)).toBe('105,38'); // 105.375 exactly: half-up
    expect(roundedPercent(2950, 2881, 2)).toBe('102,40');
    expect(roundedPercent(1, 3, 2)).toBe('33,33');
  });

  it('shows over 100% as it is, and never divides by zero', () => {
    expect(roundedPercent(72925000, 45294000)).toBe('161');
    expect(roundedPercent(2950, 1800)).toBe('164');
    expect(roundedPercent(5, 0)).toBeNull();
    expect(exactPercent(5, 0)).toBeNull();
    expect(roundedPercent(1234, 10)).toBe('12.340');
  });
});

describe('progress text', () => {
  it('reads like the seed article', () => {
    expect(progressText({ aggregation: 'count', unitLabel: 'đơn vị máu', actual: 54, target: 44 })).toBe(
      '54/44 đơn vị máu, đạt 123%',
    );
    expect(progressText({ aggregation: 'sum', unitLabel: 'đồng', actual: 72925000, target: 45294000 })).toBe(
      '72.925.000 đồng, đạt 161%',
    );
    expect(progressText({ aggregation: 'ratio', unitLabel: 'ca', actual: 9, denominator: 17 })).toBe(
      '9/17 ca, đạt 53%',
    );
    expect(progressText({ aggregation: 'count', unitLabel: 'đơn vị máu', actual: 2950, target: 2881 }, 2)).toBe(
      '2.950/2.881 đơn vị máu, đạt 102,40%',
    );
  });

  it('without a target, or with a target of 0, gives the figure and no division', () => {
    expect(progressText({ aggregation: 'count', unitLabel: 'người', actual: 132 })).toBe('132 người');
    expect(progressText({ aggregation: 'count', unitLabel: 'người', actual: 132, target: 0 })).toBe(
      '132 người (chỉ tiêu 0)',
    );
    expect(progressText({ aggregation: 'ratio', unitLabel: 'ca', actual: 0, denominator: 0 })).toBe('0/0 ca');
  });

  it('counts sub-units meeting their targets', () => {
    expect(metText(5, 8, 'thôn')).toBe('5/8 thôn đạt chỉ tiêu');
  });

  it('decides met, with ratio targets as aimed percentages', () => {
    expect(isMet({ aggregation: 'count', unitLabel: 'x', actual: 44, target: 44 })).toBe(true);
    expect(isMet({ aggregation: 'count', unitLabel: 'x', actual: 43, target: 44 })).toBe(false);
    expect(isMet({ aggregation: 'count', unitLabel: 'x', actual: 43 })).toBeNull();
    expect(isMet({ aggregation: 'ratio', unitLabel: 'người', actual: 4950, denominator: 5400, target: 90 })).toBe(true); // 91.7%
    expect(isMet({ aggregation: 'ratio', unitLabel: 'người', actual: 4800, denominator: 5400, target: 90 })).toBe(
      false,
    ); // 88.9%
    expect(isMet({ aggregation: 'ratio', unitLabel: 'người', actual: 0, denominator: 0, target: 90 })).toBe(false);
  });
});

describe('reading integers typed by people', async () => {
  const { parseInteger } = await import('./numbers');
  it('accepts dot thousands, spaces, a trailing đồng, and plain numbers', () => {
    expect(parseInteger('72.925.000')).toBe(72925000);
    expect(parseInteger('72 925 000 đồng')).toBe(72925000);
    expect(parseInteger('1000')).toBe(1000);
    expect(parseInteger(44)).toBe(44);
  });
  it('refuses decimals, text and malformed groups', () => {
    expect(parseInteger('72,5')).toBeNull();
    expect(parseInteger(4.5)).toBeNull();
    expect(parseInteger('abc')).toBeNull();
    expect(parseInteger('1.00')).toBeNull();
    expect(parseInteger('')).toBeNull();
    expect(parseInteger(null)).toBeNull();
  });
});

describe('parseTyped', () => {
  it('reads dot thousands, keeps a typed minus and leaves an empty field empty', () => {
    expect(parseTyped('72.925.000')).toBe(72925000);
    expect(parseTyped('-3')).toBe(-3);
    expect(parseTyped(' −1.500')).toBe(-1500);
    expect(parseTyped('')).toBeUndefined();
    expect(parseTyped('abc')).toBeUndefined();
  });
});
