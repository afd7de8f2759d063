import { describe, expect, it } from 'vitest';
import { parsePastedAmounts } from './paste-amounts';

describe('amounts pasted from a spreadsheet column', () => {
  it('reads Vietnamese and English thousands, blank and text cells in place, the last cell of a row', () => {
    expect(parsePastedAmounts('30.000.000\r\n20,000,000\n\nabc\n15000000 đ\n')).toEqual([
      30_000_000,
      20_000_000,
      null,
      null,
      15_000_000,
    ]);
    expect(parsePastedAmounts('Xã Hồng Sơn\t5.000.000\nXã Hai\t0')).toEqual([5_000_000, null]);
  });
});
