/**
 * The festival's rules, pure. The Ngày hội Đại đoàn kết toàn dân tộc is held in every village between 1 and 18
 * November (18/11 is the Front's founding day, 1930).
 */
export const FOUNDING_YEAR = 1930;

/** Why a festival cannot be on this date, or null when it can. */
export function festivalDateProblem(date: string): string | null {
  const [, month, day] = date.split('-').map(Number);
  if (month !== 11 || !day || day < 1 || day > 18)
    return 'Ngày hội Đại đoàn kết toàn dân tộc tổ chức từ ngày 01 đến ngày 18 tháng 11.';
  return null;
}

/** "93 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2023)". */
export function anniversaryPhrase(year: number): string {
  return `${year - FOUNDING_YEAR} năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/${FOUNDING_YEAR} - 18/11/${year})`;
}

/** Why a change to what the issued report prints is refused (409): the report is a snapshot (domain rule 8). */
export const REPORT_ISSUED = 'Báo cáo Ngày hội đã được ban hành: nội dung đã ban hành không sửa được.';
