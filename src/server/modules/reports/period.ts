import { formatDateVi } from '../../../lib/dates';
import type { ReportType } from './schema';

const yearOf = (d: string) => Number(d.slice(0, 4));
const monthDay = (d: string) => d.slice(5);

/**
 * The rules of a report period: a half-year is Jan 1–Jun 30 or Jul 1–Dec 31 of one year, a year is
 * Jan 1–Dec 31, a custom period any span of at most two years with from ≤ to. Field → message, or null.
 */
export function periodProblems(type: ReportType, from: string, to: string): Record<string, string> | null {
  if (from > to) return { to: 'Ngày kết thúc (to) không được trước ngày bắt đầu (from).' };
  if (type === 'half_year') {
    const first = monthDay(from) === '01-01' && monthDay(to) === '06-30';
    const second = monthDay(from) === '07-01' && monthDay(to) === '12-31';
    if (monthDay(from) !== '01-01' && monthDay(from) !== '07-01')
      return { from: 'Báo cáo 6 tháng bắt đầu ngày 01/01 hoặc 01/7.' };
    if (!(first || second) || yearOf(from) !== yearOf(to))
      return { to: `Báo cáo 6 tháng kết thúc ngày ${monthDay(from) === '01-01' ? '30/6' : '31/12'} cùng năm.` };
  }
  if (type === 'year') {
    if (monthDay(from) !== '01-01') return { from: 'Báo cáo năm bắt đầu ngày 01/01.' };
    if (monthDay(to) !== '12-31' || yearOf(from) !== yearOf(to))
      return { to: 'Báo cáo năm kết thúc ngày 31/12 cùng năm.' };
  }
  if (type === 'custom' && yearOf(to) - yearOf(from) > 2) return { to: 'Kỳ báo cáo tối đa 2 năm.' };
  return null;
}

/** "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "năm 2023", "từ ngày 01/03/2023 đến ngày 31/05/2023". */
export function periodLabel(type: ReportType, from: string, to: string): string {
  if (type === 'half_year') return `6 tháng ${monthDay(from) === '01-01' ? 'đầu' : 'cuối'} năm ${yearOf(from)}`;
  if (type === 'year') return `năm ${yearOf(from)}`;
  return `từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)}`;
}

/** The period the "Nhiệm vụ trọng tâm" look ahead to. */
export function nextPeriodLabel(type: ReportType, from: string): string {
  if (type === 'half_year')
    return monthDay(from) === '01-01' ? `6 tháng cuối năm ${yearOf(from)}` : `6 tháng đầu năm ${yearOf(from) + 1}`;
  if (type === 'year') return `năm ${yearOf(from) + 1}`;
  return 'thời gian tới';
}

/**
 * The default title, as committees write it: "Báo cáo kết quả công tác Mặt trận 6 tháng đầu năm và
 * nhiệm vụ trọng tâm 6 tháng cuối năm 2023"; "… năm 2023 và phương hướng, nhiệm vụ năm 2024".
 */
export function defaultTitle(type: ReportType, from: string, to: string): string {
  const y = yearOf(from);
  if (type === 'half_year') {
    return monthDay(from) === '01-01'
      ? `Báo cáo kết quả công tác Mặt trận 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm ${y}`
      : `Báo cáo kết quả công tác Mặt trận 6 tháng cuối năm ${y} và nhiệm vụ trọng tâm 6 tháng đầu năm ${y + 1}`;
  }
  if (type === 'year') return `Báo cáo kết quả công tác Mặt trận năm ${y} và phương hướng, nhiệm vụ năm ${y + 1}`;
  return `Báo cáo kết quả công tác Mặt trận ${periodLabel(type, from, to)}`;
}

/** The abstract under "BÁO CÁO": the title without its leading "Báo cáo ", capitalised. */
export function abstractOf(title: string): string {
  const rest = title.replace(/^báo cáo\s+/i, '');
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/** The period as a sentence starts with it, without the year the title already gives: "6 tháng đầu năm". */
export function periodShort(type: ReportType, from: string): string {
  if (type === 'half_year') return `6 tháng ${monthDay(from) === '01-01' ? 'đầu' : 'cuối'} năm`;
  if (type === 'year') return 'trong năm';
  return 'trong kỳ';
}
