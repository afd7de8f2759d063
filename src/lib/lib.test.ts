import { describe, expect, it } from 'vitest';
import { formatDateTimeVi, formatDateVi, todayVn } from './dates';
import { maskPersonalNumbers } from './public-text';
import { compareVi, foldVietnamese, matchesVi } from './vi-text';

describe('Vietnamese text', () => {
  it('folds diacritics and đ for search', () => {
    expect(foldVietnamese('Hồng Sơn')).toBe('hong son');
    expect(foldVietnamese('Đoàn Thanh niên')).toBe('doan thanh nien');
    expect(foldVietnamese('  Thôn   Ấp  ')).toBe('thon ap');
    // NFD input (as some keyboards send) folds the same as NFC.
    expect(foldVietnamese('Hồng Sơn'.normalize('NFD'))).toBe('hong son');
  });

  it('matches ignoring case and diacritics', () => {
    expect(matchesVi('Xã Hồng Sơn', 'hong son')).toBe(true);
    expect(matchesVi('Thôn Đông', 'dong')).toBe(true);
    expect(matchesVi('Thôn Đoài', 'dong')).toBe(false);
    expect(matchesVi('anything', '')).toBe(true);
  });

  it('sorts in Vietnamese order', () => {
    const names = ['Thôn Đông', 'Thôn Bắc', 'Thôn Ấp', 'Thôn An', 'Thôn Dưới'];
    expect([...names].sort(compareVi)).toEqual(['Thôn An', 'Thôn Ấp', 'Thôn Bắc', 'Thôn Dưới', 'Thôn Đông']);
  });
});

describe('dates', () => {
  it('formats instants in Vietnam time and calendar dates without shifting', () => {
    expect(formatDateTimeVi('2023-07-06T03:05:00Z')).toBe('06/07/2023 10:05');
    expect(formatDateTimeVi('2023-07-06T18:30:00Z')).toBe('07/07/2023 01:30');
    expect(formatDateVi('2023-07-06')).toBe('06/07/2023');
    expect(todayVn(new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-27');
  });
});

describe('unit names', async () => {
  const { unitDisplayName } = await import('./units');
  it('prefixes the kind unless the name already starts with it', () => {
    expect(unitDisplayName({ kind: 'xã', name: 'Hồng Sơn' })).toBe('xã Hồng Sơn');
    expect(unitDisplayName({ kind: 'thôn', name: 'Thôn Đông' })).toBe('Thôn Đông');
    expect(unitDisplayName({ kind: 'tổ dân phố', name: 'Tổ dân phố 3' })).toBe('Tổ dân phố 3');
    expect(unitDisplayName({ kind: 'thôn', name: 'Thôn' })).toBe('thôn Thôn');
  });
});

describe('maskPersonalNumbers (public disclosure keeps no phone or account number)', () => {
  it('masks account numbers as banks print them and phones entirely; keeps amounts and years', () => {
    expect(maskPersonalNumbers('NGUYEN VAN A chuyen tien tu TK 0501000016789 ung ho VNN2026')).toBe(
      'NGUYEN VAN A chuyen tien tu TK 0501000016xxx ung ho VNN2026',
    );
    expect(maskPersonalNumbers('LH 0912 345 678 hoặc +84912345678, 0912.345.678')).toBe(
      'LH xxxxxxxxxx hoặc xxxxxxxxxx, xxxxxxxxxx',
    );
    expect(maskPersonalNumbers('Ủng hộ 500000 đồng năm 2023, phiếu PT-2023-0001')).toBe(
      'Ủng hộ 500000 đồng năm 2023, phiếu PT-2023-0001',
    );
  });
});
