import { describe, expect, it } from 'vitest';
import { articleTitle, duplicateRef, normalizeRef, splitArticles } from './split-articles';

describe('splitArticles', () => {
  it('splits on "Điều N." lines: heading from the line, body up to the next article', () => {
    const r = splitArticles(
      'Điều 1. Phạm vi điều chỉnh\nLuật này quy định về chế độ sở hữu đất đai.\nĐiều 2. Đối tượng áp dụng\n1. Cơ quan nhà nước.\n2. Người sử dụng đất.',
    );
    expect(r.articles).toEqual([
      { ref: 'Điều 1', heading: 'Phạm vi điều chỉnh', text: 'Luật này quy định về chế độ sở hữu đất đai.' },
      { ref: 'Điều 2', heading: 'Đối tượng áp dụng', text: '1. Cơ quan nhà nước.\n2. Người sử dụng đất.' },
    ]);
    expect(r.preamble).toEqual([]);
  });

  it('copes with odd spacing, tabs, no-break spaces, CRLF, a colon and capitals', () => {
    const r = splitArticles(
      '  Điều   3 .Giải thích từ ngữ  \r\n\tNội dung   ba\r\n\r\nĐIỀU 4: Nguyên tắc\r\nĐiều\u00a05.\r\nThân điều năm',
    );
    expect(r.articles.map((a) => [a.ref, a.heading, a.text])).toEqual([
      ['Điều 3', 'Giải thích từ ngữ', 'Nội dung ba'],
      ['Điều 4', 'Nguyên tắc', ''],
      ['Điều 5', null, 'Thân điều năm'],
    ]);
  });

  it('keeps "Điều 10." apart from "Điều 1." and in the draft order after "Điều 9."', () => {
    const text = Array.from({ length: 11 }, (_, i) => `Điều ${i + 1}. Tiêu đề ${i + 1}\nNội dung ${i + 1}`).join('\n');
    const r = splitArticles(text);
    expect(r.articles.map((a) => a.ref)).toEqual([
      'Điều 1',
      'Điều 2',
      'Điều 3',
      'Điều 4',
      'Điều 5',
      'Điều 6',
      'Điều 7',
      'Điều 8',
      'Điều 9',
      'Điều 10',
      'Điều 11',
    ]);
    expect(r.articles[9]).toEqual({ ref: 'Điều 10', heading: 'Tiêu đề 10', text: 'Nội dung 10' });
  });

  it('puts text before the first article in the preamble and keeps chapters out of article bodies', () => {
    const r = splitArticles(
      'QUỐC HỘI\nLUẬT ĐẤT ĐAI (DỰ THẢO)\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNội dung một.\nMục 2. QUYỀN CỦA NHÀ NƯỚC\nĐiều 2. Quyền\nNội dung hai.',
    );
    expect(r.preamble).toEqual([
      'QUỐC HỘI',
      'LUẬT ĐẤT ĐAI (DỰ THẢO)',
      'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
    ]);
    expect(r.outline).toEqual(['Chương I QUY ĐỊNH CHUNG', 'Mục 2. QUYỀN CỦA NHÀ NƯỚC']);
    expect(r.articles.map((a) => a.text)).toEqual(['Nội dung một.', 'Nội dung hai.']);
  });

  it('does not start an article on a body line that only mentions one ("Điều 5 của Luật này")', () => {
    const r = splitArticles(
      'Điều 6. Áp dụng\nĐiều 5 của Luật này không áp dụng cho đất quốc phòng.\nĐiều này có hiệu lực từ ngày ký.',
    );
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.text).toBe(
      'Điều 5 của Luật này không áp dụng cho đất quốc phòng.\nĐiều này có hiệu lực từ ngày ký.',
    );
  });

  it('finds no article in text without "Điều N." lines, and reports repeated references', () => {
    expect(splitArticles('Chỉ là một đoạn văn.\nKhông có điều nào.').articles).toEqual([]);
    expect(splitArticles('').articles).toEqual([]);
    const r = splitArticles('Điều 1. A\nx\nĐiều 2. B\ny\nĐiều 1. C\nz');
    expect(duplicateRef(r.articles)).toEqual({ ref: 'Điều 1', index: 2 });
    expect(duplicateRef(r.articles.slice(0, 2))).toBeNull();
  });

  it('reads decomposed (NFD) Vietnamese as typed on some systems', () => {
    const r = splitArticles('Điều 7. Quyền của người sử dụng đất'.normalize('NFD'));
    expect(r.articles[0]?.ref).toBe('Điều 7');
    expect(r.articles[0]?.heading).toBe('Quyền của người sử dụng đất');
  });
});

describe('normalizeRef / articleTitle', () => {
  it('makes references canonical', () => {
    expect(normalizeRef('Điều 5')).toBe('Điều 5');
    expect(normalizeRef('điều 05.')).toBe('Điều 5');
    expect(normalizeRef(' 12 ')).toBe('Điều 12');
    expect(normalizeRef('ĐIỀU 5A')).toBe('Điều 5a');
    expect(normalizeRef('Khoản 2')).toBeNull();
    expect(normalizeRef('')).toBeNull();
    expect(articleTitle({ ref: 'Điều 5', heading: 'Chính sách' })).toBe('Điều 5. Chính sách');
    expect(articleTitle({ ref: 'Điều 5', heading: null })).toBe('Điều 5');
  });
});
