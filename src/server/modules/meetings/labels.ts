import type { MeetingType } from './schema';

/** How a meeting type is called in Vietnamese (lists, reports, the invitation). */
export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  half_year_review: 'Hội nghị sơ kết',
  year_review: 'Hội nghị tổng kết',
  voter_contact: 'Tiếp xúc cử tri',
  consultation: 'Hội nghị góp ý dự thảo',
  other: 'Hội nghị, cuộc họp khác',
};

export const MEETING_STATUS_LABELS = { planned: 'Dự kiến', held: 'Đã tổ chức', cancelled: 'Đã hủy' } as const;
