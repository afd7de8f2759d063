import { describe, expect, it } from 'vitest';
import { combineFigures } from './rollup';
import { abstractOf, defaultTitle, nextPeriodLabel, periodLabel, periodProblems } from './period';
import { approxPhrase, driveSentence, indicatorSentences, programSentence, quoted, sourcePhrase } from './sentences';
import type { IndicatorProgress, ReportModel } from './types';

const ind = (over: Partial<IndicatorProgress>): IndicatorProgress => ({
  code: 'X',
  name: 'Chỉ tiêu',
  unitLabel: 'người',
  aggregation: 'count',
  actual: 0,
  text: '',
  targets: [],
  ...over,
});
const target = (value: number, percent: string, source = 'chỉ tiêu giao', met = true) => ({
  value,
  by: '',
  source,
  percent,
  met,
  text: '',
});

describe('sentences of the report', () => {
  it('names who set the target the way reports do', () => {
    expect(sourcePhrase({ ownUnit: false, body: 'Ủy ban MTTQ huyện' }, false)).toBe('KH huyện giao');
    expect(sourcePhrase({ ownUnit: false, unitKind: 'tỉnh' }, false)).toBe('KH tỉnh giao');
    expect(sourcePhrase({ ownUnit: true }, false)).toBe('kế hoạch đề ra');
    expect(sourcePhrase({ ownUnit: false, body: 'Ban Chỉ đạo hiến máu tỉnh' }, false)).toBe('chỉ tiêu giao');
    expect(sourcePhrase({ ownUnit: false, body: 'Ban Chỉ đạo hiến máu tỉnh' }, true)).toBe(
      'chỉ tiêu Ban Chỉ đạo hiến máu tỉnh giao',
    );
  });

  it('writes blood, cremation and enlistment in the seed’s words', () => {
    const out = indicatorSentences(
      [
        ind({
          code: 'HIEN_MAU',
          name: 'Hiến máu tình nguyện',
          unitLabel: 'đơn vị máu',
          actual: 54,
          targets: [target(44, '123')],
        }),
        ind({ code: 'HIEN_MAU_DK', name: 'Người đăng ký hiến máu', actual: 132 }),
        ind({
          code: 'HOA_TANG',
          name: 'Tang lễ thực hiện hỏa táng',
          unitLabel: 'ca',
          aggregation: 'ratio',
          actual: 9,
          denominator: 17,
          text: '9/17 ca, đạt 53%',
        }),
        ind({
          code: 'NVQS',
          name: 'Thanh niên lên đường nhập ngũ',
          unitLabel: 'thanh niên',
          actual: 13,
          targets: [target(14, '93', 'KH huyện giao', false)],
        }),
        ind({ code: 'KHAC', name: 'Hộ được hỗ trợ', unitLabel: 'hộ', actual: 43 }),
      ],
      '6 tháng đầu năm',
    );
    expect(out.map(([k]) => k)).toEqual(['NVQS', 'HIEN_MAU', 'HOA_TANG', 'KHAC']);
    const text = out.map(([, s]) => s);
    expect(text).toContain(
      'Công tác hiến máu nhân đạo có 132 người đăng ký tham gia, kết quả đã hiến tặng 54/44 đơn vị máu, đạt 123% chỉ tiêu giao.',
    );
    expect(text).toContain(
      'Tuyên truyền vận động nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội, 6 tháng đầu năm có 9/17 ca thực hiện hỏa táng, đạt 53%.',
    );
    expect(text).toContain(
      'Động viên thanh niên đi khám tuyển và lên đường làm nghĩa vụ quân sự: 13/14 thanh niên, đạt 93% KH huyện giao, chưa đạt chỉ tiêu.',
    );
    expect(text).toContain('Hộ được hỗ trợ: 43 hộ.');
  });

  it('writes money without a slash and shows percentages over 100%', () => {
    expect(
      driveSentence({
        fundName: 'Quỹ vì biển đảo Việt Nam',
        driveName: 'Đợt 1',
        total: 72_925_000,
        target: 45_300_000,
        percent: '161',
        source: 'KH huyện giao',
        sameFundDrives: 1,
      }),
    ).toBe('vận động ủng hộ “Quỹ vì biển đảo Việt Nam” tổng số tiền là 72.925.000 đồng, đạt 161% KH huyện giao');
    expect(quoted('Quỹ "Vì người nghèo"')).toBe('Quỹ “Vì người nghèo”');
  });

  it('tells a programme of many donors from one the committee ran', () => {
    expect(
      programSentence({
        name: 'Chung tay Tết Quý Mão 2023',
        partner: null,
        households: 43,
        value: 21_500_000,
        donors: 0,
        fromFund: true,
      }),
    ).toBe('tổ chức chương trình chung tay Tết Quý Mão 2023 cho 43 hộ với số tiền trao tặng 21.500.000 đồng');
    expect(
      programSentence({
        name: 'Quà Tết',
        partner: null,
        households: 257,
        value: 72_800_000,
        donors: 12,
        fromFund: false,
      }),
    ).toContain('tổng số hộ được tặng là 257 hộ với tổng số tiền là 72.800.000 đồng');
  });

  it('rounds the way a speaker does', () => {
    expect(approxPhrase(4950)).toBe('gần 5.000');
    expect(approxPhrase(72)).toBe('trên 70');
    expect(approxPhrase(5000)).toBe('5.000');
  });
});

describe('periods', () => {
  it('accepts only whole halves and years', () => {
    expect(periodProblems('half_year', '2023-01-01', '2023-06-30')).toBeNull();
    expect(periodProblems('half_year', '2023-07-01', '2023-12-31')).toBeNull();
    expect(periodProblems('half_year', '2023-01-01', '2023-12-31')).toHaveProperty('to');
    expect(periodProblems('year', '2023-01-01', '2023-12-31')).toBeNull();
    expect(periodProblems('custom', '2023-03-01', '2023-05-31')).toBeNull();
  });
  it('labels and titles them', () => {
    expect(periodLabel('half_year', '2023-07-01', '2023-12-31')).toBe('6 tháng cuối năm 2023');
    expect(periodLabel('custom', '2023-03-01', '2023-05-31')).toBe('từ ngày 01/03/2023 đến ngày 31/05/2023');
    expect(nextPeriodLabel('half_year', '2023-07-01')).toBe('6 tháng đầu năm 2024');
    expect(abstractOf(defaultTitle('half_year', '2023-01-01', '2023-06-30'))).toBe(
      'Kết quả công tác Mặt trận 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2023',
    );
  });
});

describe('combining submitted figures', () => {
  it('adds sums and ratios, leaves communes without a report empty', () => {
    const model = (figures: ReportModel['figures']) => ({ figures }) as ReportModel;
    const rows = combineFigures(
      [{ unitId: 'a' }, { unitId: 'b' }, { unitId: 'c' }],
      new Map([
        [
          'a',
          model([
            {
              key: 'indicator.HM',
              group: 'indicator',
              label: 'Hiến máu',
              unitLabel: 'đơn vị máu',
              aggregation: 'count',
              value: 54,
              target: 44,
              text: '',
            },
            {
              key: 'indicator.HT',
              group: 'indicator',
              label: 'Hỏa táng',
              unitLabel: 'ca',
              aggregation: 'ratio',
              value: 9,
              denominator: 17,
              text: '',
            },
          ]),
        ],
        [
          'b',
          model([
            {
              key: 'indicator.HM',
              group: 'indicator',
              label: 'Hiến máu',
              unitLabel: 'đơn vị máu',
              aggregation: 'count',
              value: 10,
              target: 20,
              text: '',
            },
            {
              key: 'indicator.HT',
              group: 'indicator',
              label: 'Hỏa táng',
              unitLabel: 'ca',
              aggregation: 'ratio',
              value: 1,
              denominator: 3,
              text: '',
            },
          ]),
        ],
      ]),
    );
    const hm = rows.find((r) => r.key === 'indicator.HM');
    expect(hm?.cells[2]).toBeNull();
    expect(hm?.total).toMatchObject({ value: 64, target: 64, percent: '100' });
    expect(rows.find((r) => r.key === 'indicator.HT')?.total).toMatchObject({
      value: 10,
      denominator: 20,
      percent: '50',
      text: '10/20',
    });
  });
});
