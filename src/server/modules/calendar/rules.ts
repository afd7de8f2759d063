import type { CalendarAudience, CalendarItemKind } from './schema';

/** A line of the year's calendar as the province's template starts it. */
export type DefaultItem = {
  title: string;
  kind: CalendarItemKind;
  startDate: string;
  endDate: string;
  audiences: CalendarAudience[];
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The Front's year (DOMAIN.md "The year"): Tết relief in January, the half-year review in June–July, the peak month
 * "Vì người nghèo" 17/10–18/11, the festival in every village 1–18/11, the evaluation and the year review in December,
 * and the routine reports: each village's monthly report to the commune by the 25th, the commune's quarterly report
 * to the province by the 20th of the quarter's last month. The province edits it before its communes adopt it.
 */
export function defaultYearItems(year: number): DefaultItem[] {
  const d = (m: number, day: number) => `${year}-${pad(m)}-${pad(day)}`;
  const all: CalendarAudience[] = ['commune', 'village', 'organization'];
  const items: DefaultItem[] = [
    {
      title: 'Chăm lo Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách',
      kind: 'event',
      startDate: d(1, 2),
      endDate: d(1, 31),
      audiences: all,
    },
    {
      title: 'Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm',
      kind: 'event',
      startDate: d(6, 15),
      endDate: d(7, 15),
      audiences: ['commune'],
    },
    {
      title: 'Tháng cao điểm “Vì người nghèo”',
      kind: 'event',
      startDate: d(10, 17),
      endDate: d(11, 18),
      audiences: all,
    },
    {
      title: 'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư',
      kind: 'event',
      startDate: d(11, 1),
      endDate: d(11, 18),
      audiences: ['commune', 'village'],
    },
    {
      title: 'Bình xét “Gia đình văn hóa”, “Thôn văn hóa”',
      kind: 'event',
      startDate: d(12, 1),
      endDate: d(12, 15),
      audiences: ['commune', 'village'],
    },
    {
      title: 'Hội nghị tổng kết công tác Mặt trận năm',
      kind: 'event',
      startDate: d(12, 10),
      endDate: d(12, 31),
      audiences: ['commune', 'organization'],
    },
  ];
  for (let m = 1; m <= 12; m++)
    items.push({
      title: `Báo cáo tháng ${m} của Ban công tác Mặt trận thôn gửi xã`,
      kind: 'deadline',
      startDate: d(m, 20),
      endDate: d(m, 25),
      audiences: ['village'],
    });
  for (const [q, m] of [
    [1, 3],
    [2, 6],
    [3, 9],
    [4, 12],
  ] as const)
    items.push({
      title: `Báo cáo quý ${q} của xã gửi tỉnh`,
      kind: 'deadline',
      startDate: d(m, 15),
      endDate: d(m, Math.min(20, lastDay(year, m))),
      audiences: ['commune'],
    });
  return items.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title, 'vi'));
}

/** Why an item's dates do not fit the template's year, by field, or null. */
export function itemDatesProblem(year: number, startDate: string, endDate: string): Record<string, string> | null {
  if (!startDate.startsWith(`${year}-`)) return { startDate: `Ngày bắt đầu phải trong năm ${year} của lịch.` };
  if (!endDate.startsWith(`${year}-`)) return { endDate: `Ngày kết thúc phải trong năm ${year} của lịch.` };
  if (endDate < startDate) return { endDate: 'Ngày kết thúc không được trước ngày bắt đầu.' };
  return null;
}
