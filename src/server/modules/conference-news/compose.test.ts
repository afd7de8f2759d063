import { describe, expect, it } from 'vitest';
import { composeConferenceNews, partOfDay, TO_FILL, type ConferenceFacts } from './compose';

const facts = (
  patch: Partial<ConferenceFacts['meeting']> = {},
  results: string[] = [
    'Vận động ủng hộ “Quỹ vì biển đảo Việt Nam” tổng số tiền là 72.925.000 đồng, đạt 161% KH huyện giao.',
  ],
): ConferenceFacts => ({
  commune: { name: 'Hồng Sơn', kind: 'xã' },
  meeting: {
    type: 'half_year_review',
    title: 'Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2023',
    date: '2023-07-06',
    startTime: '14:00',
    place: 'Hội trường UBND xã Hồng Sơn',
    chair: 'Nguyễn Văn Luyện',
    chairTitle: 'Chủ tịch Ủy ban MTTQ xã',
    delegates: [
      { name: 'Hoàng Quốc Toản', title: 'Huyện ủy viên, Bí thư Đảng ủy, Chủ tịch HĐND xã', organization: null },
      { name: 'Nguyễn Văn A', title: 'Bí thư chi bộ', organization: 'Thôn Đông' },
      { name: 'Nguyễn Văn B', title: 'Trưởng thôn', organization: 'Thôn Đông' },
      { name: 'Nguyễn Văn C', title: 'trưởng thôn', organization: 'Thôn Đoài' },
    ],
    ...patch,
  },
  periodLabel: '6 tháng đầu năm 2023',
  results,
});

describe('the news article about a review conference', () => {
  it('writes the seed’s title, opening, attendance, results and the remarks to fill in', () => {
    const n = composeConferenceNews(facts());
    expect(n.title).toBe('MTTQ xã Hồng Sơn tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2023');
    expect(n.paragraphs[0]).toBe(
      'Chiều ngày 06/07/2023, Ủy ban MTTQ xã Hồng Sơn tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2023 tại Hội trường UBND xã Hồng Sơn.',
    );
    expect(n.paragraphs[1]).toBe(
      'Về dự, đại biểu xã có đồng chí Hoàng Quốc Toản - Huyện ủy viên - Bí thư Đảng ủy - Chủ tịch HĐND xã; các đồng chí Bí thư chi bộ, Trưởng thôn đã về dự đông đủ.',
    );
    expect(n.paragraphs[2]).toContain('Trong 6 tháng đầu năm 2023, Ủy ban MTTQ xã Hồng Sơn');
    expect(n.paragraphs[2]).toContain(
      'vận động ủng hộ “Quỹ vì biển đảo Việt Nam” tổng số tiền là 72.925.000 đồng, đạt 161% KH huyện giao.',
    );
    expect(n.paragraphs[3]).toBe(
      `Phát biểu chỉ đạo hội nghị, đồng chí Hoàng Quốc Toản - Huyện ủy viên - Bí thư Đảng ủy - Chủ tịch HĐND xã ${TO_FILL}`,
    );
  });

  it('adds the report’s sentences on meetings and consultations as their own paragraph', () => {
    const n = composeConferenceNews({
      ...facts(),
      civic: ['Tổ chức 2 hội nghị tiếp xúc cử tri.', 'Tham gia góp ý dự thảo Luật Đất đai (sửa đổi) với 15 ý kiến.'],
    });
    expect(n.paragraphs).toHaveLength(5);
    expect(n.paragraphs[3]).toBe(
      'Bên cạnh đó, tổ chức 2 hội nghị tiếp xúc cử tri; tham gia góp ý dự thảo Luật Đất đai (sửa đổi) với 15 ý kiến.',
    );
  });

  it('keeps names capitalised when a sentence runs on after a colon', () => {
    const n = composeConferenceNews(
      facts({}, [
        'Hội Liên hiệp Phụ nữ vận động 20 hội viên.',
        'UBND xã hỗ trợ 5 hộ.',
        'Ủy ban MTTQ xã tặng 10 suất quà.',
        'Tổ chức hiến máu.',
      ]),
    );
    expect(n.paragraphs[2]).toContain(
      'kết quả: Hội Liên hiệp Phụ nữ vận động 20 hội viên; UBND xã hỗ trợ 5 hộ; Ủy ban MTTQ xã tặng 10 suất quà; tổ chức hiến máu.',
    );
  });

  it('escapes what people typed when it becomes HTML', () => {
    const n = composeConferenceNews(facts({ place: '<script>alert(1)</script>' }));
    expect(n.bodyHtml).not.toContain('<script>');
    expect(n.bodyHtml).toContain('&lt;script&gt;');
  });

  it('leaves placeholders when the meeting has no delegates and no report', () => {
    const n = composeConferenceNews(
      facts({ delegates: [], startTime: null, type: 'other', title: 'Hội nghị hiệp thương' }, []),
    );
    expect(n.title).toBe('MTTQ xã Hồng Sơn tổ chức hội nghị hiệp thương');
    expect(n.paragraphs[0]?.startsWith('Ngày 06/07/2023, ')).toBe(true);
    expect(n.paragraphs[1]).toContain(TO_FILL);
    expect(n.paragraphs[2]).toContain(TO_FILL);
    expect(n.paragraphs[3]).toContain('đồng chí Nguyễn Văn Luyện - Chủ tịch Ủy ban MTTQ xã');
  });

  it('names the part of the day from the start time', () => {
    expect([partOfDay('07:30'), partOfDay('12:00'), partOfDay('14:00'), partOfDay('19:00'), partOfDay(null)]).toEqual([
      'Sáng',
      'Trưa',
      'Chiều',
      'Tối',
      null,
    ]);
  });
});
