import { describe, expect, it } from 'vitest';
import { AMOUNT_IN_WORDS_MAX, amountInWords } from './amount-in-words';

describe('amountInWords', () => {
  const table: Array<[number, string]> = [
    [0, 'Không đồng'],
    [1, 'Một đồng'],
    [4, 'Bốn đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [20, 'Hai mươi đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi bốn đồng'], // "bốn", not "tư": see the comment in amount-in-words.ts
    [25, 'Hai mươi lăm đồng'],
    [100, 'Một trăm đồng'],
    [101, 'Một trăm linh một đồng'],
    [104, 'Một trăm linh bốn đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [111, 'Một trăm mười một đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [121, 'Một trăm hai mươi mốt đồng'],
    [1_000, 'Một nghìn đồng'],
    [1_005, 'Một nghìn không trăm linh năm đồng'],
    [1_015, 'Một nghìn không trăm mười lăm đồng'],
    [10_005, 'Mười nghìn không trăm linh năm đồng'],
    [15_000, 'Mười lăm nghìn đồng'],
    [100_000, 'Một trăm nghìn đồng'],
    [1_000_005, 'Một triệu không trăm linh năm đồng'],
    [1_050_000, 'Một triệu không trăm năm mươi nghìn đồng'],
    [10_000_000, 'Mười triệu đồng'],
    [21_500_000, 'Hai mươi mốt triệu năm trăm nghìn đồng'],
    [45_300_000, 'Bốn mươi lăm triệu ba trăm nghìn đồng'],
    [72_925_000, 'Bảy mươi hai triệu chín trăm hai mươi lăm nghìn đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [1_000_000_001, 'Một tỷ không trăm linh một đồng'],
    [1_000_050_000, 'Một tỷ không trăm năm mươi nghìn đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
    [2_000_500_000_000, 'Hai nghìn tỷ năm trăm triệu đồng'],
    [2_005_000_000_000, 'Hai nghìn không trăm linh năm tỷ đồng'],
    [AMOUNT_IN_WORDS_MAX, 'Một triệu tỷ đồng'],
    [
      999_999_999_999_999,
      'Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ ' +
        'chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng',
    ],
  ];

  it.each(table)('%i → %s', (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });

  it('accepts bigint', () => {
    expect(amountInWords(72_925_000n)).toBe('Bảy mươi hai triệu chín trăm hai mươi lăm nghìn đồng');
    expect(amountInWords(0n)).toBe('Không đồng');
    expect(amountInWords(10n ** 15n)).toBe('Một triệu tỷ đồng');
  });

  it('treats -0 as 0', () => {
    expect(amountInWords(-0)).toBe('Không đồng');
  });

  it.each([-1, -1_000, 1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, AMOUNT_IN_WORDS_MAX + 1, 1e16])(
    'rejects %s with RangeError',
    (n) => {
      expect(() => amountInWords(n)).toThrow(RangeError);
    },
  );

  it('rejects out-of-range bigint with RangeError', () => {
    expect(() => amountInWords(-1n)).toThrow(RangeError);
    expect(() => amountInWords(10n ** 15n + 1n)).toThrow(RangeError);
  });
});
