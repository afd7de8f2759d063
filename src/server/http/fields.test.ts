import { describe, expect, it } from 'vitest';
import { calendarDate, hasForbiddenChars, money, text, uuid } from './fields';

const message = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe('shared fields', () => {
  it('uuid', () => {
    expect(uuid('xã').safeParse('5b1e3c0a-8f3e-4b6a-9a51-1f0c2d3e4f50').success).toBe(true);
    expect(message(uuid('xã').safeParse('x'))).toBe('Mã xã không hợp lệ.');
  });

  it('calendar dates: real days in 1900–2999', () => {
    const d = calendarDate('Ngày họp');
    expect(d.safeParse('2024-02-29').success).toBe(true);
    expect(message(d.safeParse('2023-02-29'))).toBe('Ngày họp phải là ngày có thật, dạng YYYY-MM-DD.');
    expect(d.safeParse('abc').error?.issues).toHaveLength(1);
    expect(message(d.safeParse('0202-01-01'))).toBe('Ngày họp: năm từ 1900 đến 2999.');
    expect(message(calendarDate('Từ ngày', 'Sai ngày.').safeParse('x'))).toBe('Sai ngày.');
  });

  it('money: a non-negative safe integer of đồng', () => {
    const m = money('Số tiền');
    expect(m.safeParse(1_000_000).success).toBe(true);
    expect(message(m.safeParse(-1))).toBe('Số tiền không được âm.');
    expect(message(m.safeParse(1.5))).toBe('Số tiền phải là số nguyên, không có phần lẻ.');
    expect(message(m.safeParse(10 ** 14))).toBe('Số tiền vượt quá 10.000 tỷ đồng.');
    expect(message(m.safeParse('1'))).toBe('Số tiền phải là một số nguyên (đồng).');
  });

  it('text: trimmed, refuses NUL and lone surrogates, keeps emoji', () => {
    const t = text('họ tên', 10);
    expect(t.parse('  An  ')).toBe('An');
    expect(t.parse('An 😀')).toBe('An 😀');
    expect(message(t.safeParse('   '))).toBe('Nhập họ tên.');
    expect(message(t.safeParse('A\u0000n'))).toBe('họ tên chứa ký tự không hợp lệ.');
    expect(message(t.safeParse('A\uD800n'))).toBe('họ tên chứa ký tự không hợp lệ.');
    expect(hasForbiddenChars('\uDC00')).toBe(true);
    expect(message(t.safeParse('a'.repeat(11)))).toBe('họ tên tối đa 10 ký tự.');
  });
});
