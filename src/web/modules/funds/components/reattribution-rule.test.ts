import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fill } from './bank-text';
import { ANY, GENERAL, toRule } from './reattribution-rule';

describe('a re-attribution rule from the form', () => {
  it('leaves empty conditions out, so they match everything', () => {
    expect(toRule({ contains: '  ', dates: null, minAmount: null, current: ANY, targetDriveId: 'd2' })).toEqual({
      targetDriveId: 'd2',
    });
  });

  it('keeps the text trimmed, the dates as days, amounts of 0, and the current drive or the general fund', () => {
    const r = toRule({
      contains: ' lu lut ',
      dates: [dayjs('2026-10-02'), null],
      minAmount: 0,
      maxAmount: 500_000,
      current: 'd1',
      targetDriveId: 'd2',
    });
    expect(r).toEqual({
      contains: 'lu lut',
      from: '2026-10-02',
      minAmount: 0,
      maxAmount: 500_000,
      currentDriveId: 'd1',
      targetDriveId: 'd2',
    });
    expect(toRule({ current: GENERAL, targetDriveId: 'd2' }).currentDriveId).toBeNull();
  });
});

describe('a dictionary string with slots', () => {
  it('fills the slots it knows and keeps the others', () => {
    expect(fill('{rows} khoản · {amount} {x}', { rows: '5', amount: '515.000 đồng' })).toBe(
      '5 khoản · 515.000 đồng {x}',
    );
  });
});
