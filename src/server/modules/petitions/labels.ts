import type { Petition, PetitionStatus } from './schema';

/** Vietnamese names of the fields, agencies and statuses: API, portal and documents say the same. */
export const FIELD_LABELS: Record<Petition['field'], string> = {
  land: 'Đất đai',
  infrastructure: 'Giao thông, hạ tầng, thủy lợi',
  social_policy: 'Chính sách xã hội, người có công',
  environment: 'Môi trường',
  security: 'An ninh, trật tự',
  health_education: 'Y tế, giáo dục',
  economy: 'Kinh tế, nông nghiệp',
  administration: 'Thủ tục hành chính',
  other: 'Lĩnh vực khác',
};

export const AGENCY_LABELS: Record<Petition['agency'], string> = {
  ubnd_xa: 'UBND xã',
  hdnd_xa: 'HĐND xã',
  dang_uy_xa: 'Đảng ủy xã',
  district: 'Cấp huyện (cũ)',
  province: 'Cấp tỉnh',
  central: 'Trung ương',
  other: 'Cơ quan khác',
};

export const STATUS_LABELS: Record<PetitionStatus, string> = {
  received: 'Đã tiếp nhận',
  forwarded: 'Đã chuyển cơ quan có thẩm quyền',
  answered: 'Đã trả lời',
  closed: 'Đã thông tin kết quả tới cử tri',
};

export const SOURCE_LABELS: Record<Petition['source'], string> = {
  meeting: 'Hội nghị tiếp xúc cử tri',
  portal: 'Cổng thông tin',
  staff: 'Cán bộ tiếp nhận',
};

/** "Sở Tài nguyên và Môi trường (Cấp tỉnh)" when a name is given, else the agency's label. */
export function agencyText(agency: Petition['agency'], agencyName: string | null): string {
  if (!agencyName) return AGENCY_LABELS[agency];
  return agency === 'other' ? agencyName : `${agencyName} (${AGENCY_LABELS[agency]})`;
}

/** The lifecycle, in order: each status has exactly one next step (issue 6: out of order is 409). */
export const NEXT_STATUS: Record<PetitionStatus, PetitionStatus | null> = {
  received: 'forwarded',
  forwarded: 'answered',
  answered: 'closed',
  closed: null,
};
