import { addDays } from '../../lib/dates';
import { systemMeta, type RequestMeta } from '../core/actor';
import type { Db } from '../db/client';
import { recordPetition as createPetition, type NewPetition } from '../modules/petitions/commands/create-petition';
import { transitionPetitionUnchecked as transitionPetition } from '../modules/petitions/commands/transition-petition';
import { findMeetingRow } from '../modules/meetings/queries';
import type { Petition } from '../modules/petitions/schema';
import type { Organization, Unit } from '../modules/units/schema';
import type { DemoMeetings } from './load-demo-meetings';

type Demo = {
  village?: string;
  field: Petition['field'];
  agency: Petition['agency'];
  agencyName?: string;
  content: string;
  /** How far it went: forwarded (with a due date for the overdue one), answered, closed at the review. */
  until?: 'forwarded' | 'answered' | 'closed';
  overdue?: boolean;
  answer?: string;
  answerDocument?: string;
};

const RAISED: Demo[] = [
  {
    village: 'Thôn Đông',
    field: 'infrastructure',
    agency: 'ubnd_xa',
    content:
      'Tuyến đường từ Thôn Đông đi Thôn Đoài (khoảng 1,2 km) đã xuống cấp, mùa mưa đi lại khó khăn; đề nghị nâng cấp, cứng hóa.',
    until: 'closed',
    answer:
      'UBND xã đã đưa tuyến đường vào kế hoạch đầu tư công năm 2024 từ nguồn vốn xây dựng nông thôn mới; trước mắt giao Thôn Đông san lấp các ổ gà.',
    answerDocument: 'Văn bản số 112/UBND-VP',
  },
  {
    village: 'Thôn Trung',
    field: 'land',
    agency: 'ubnd_xa',
    content:
      'Đề nghị xem xét cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã hoàn thiện hồ sơ từ năm 2021 nhưng chưa được cấp.',
    until: 'forwarded',
    overdue: true,
  },
  {
    field: 'social_policy',
    agency: 'ubnd_xa',
    content:
      'Đề nghị rà soát, bổ sung kịp thời các hộ cận nghèo mới phát sinh và chi trả trợ cấp người cao tuổi đúng hạn hằng tháng.',
    until: 'answered',
    answer:
      'UBND xã đã chỉ đạo công chức Văn hóa - Xã hội rà soát hộ cận nghèo trong quý III; trợ cấp được chi trả qua bưu điện trước ngày 10 hằng tháng.',
    answerDocument: 'Văn bản số 98/UBND-VHXH',
  },
  {
    village: 'Thôn Hạ',
    field: 'environment',
    agency: 'ubnd_xa',
    content: 'Rác thải tại điểm tập kết đầu Thôn Hạ chưa được thu gom thường xuyên, gây mùi và ô nhiễm.',
    until: 'answered',
    answer: 'Hợp tác xã dịch vụ môi trường đã tăng tần suất thu gom lên 3 lần/tuần từ tháng 7/2023.',
    answerDocument: 'Văn bản số 101/UBND-ĐC',
  },
  {
    village: 'Thôn Thượng',
    field: 'infrastructure',
    agency: 'province',
    agencyName: 'Công ty TNHH MTV Khai thác công trình thủy lợi Tuyên Quang',
    content: 'Kênh tưới nội đồng Thôn Thượng bị bồi lắng, đề nghị nạo vét trước vụ mùa.',
    until: 'forwarded',
  },
  {
    field: 'health_education',
    agency: 'hdnd_xa',
    content: 'Đề nghị bố trí kinh phí xây thêm 2 phòng học cho Trường Mầm non xã, hiện các lớp đang quá sĩ số.',
  },
  {
    village: 'Thôn Tân Lập',
    field: 'security',
    agency: 'ubnd_xa',
    content: 'Đề nghị lắp camera an ninh tại ngã ba Tân Lập, nơi thường xảy ra va chạm giao thông.',
    until: 'answered',
    answer: 'Công an xã phối hợp Thôn Tân Lập vận động xã hội hóa lắp 2 camera, dự kiến hoàn thành tháng 9/2023.',
    answerDocument: 'Văn bản số 105/UBND-CA',
  },
  {
    village: 'Thôn Đoài',
    field: 'economy',
    agency: 'province',
    agencyName: 'Sở Nông nghiệp và Phát triển nông thôn',
    content: 'Đề nghị hỗ trợ giống cây trồng cho các hộ bị thiệt hại do mưa đá tháng 4/2023.',
    until: 'answered',
    answer: 'Sở đã hỗ trợ 2 tấn giống lúa và ngô cho các hộ bị thiệt hại, cấp phát qua UBND xã trong tháng 6/2023.',
    answerDocument: 'Văn bản số 1520/SNN-TT',
  },
  {
    field: 'administration',
    agency: 'ubnd_xa',
    content: 'Đề nghị niêm yết công khai thủ tục và lệ phí chứng thực tại Bộ phận một cửa của xã.',
  },
];

/**
 * Petitions of xã Hồng Sơn raised at the voter contact before the People's Council session (mid-2023)
 * and one sent through the portal, followed along the lifecycle through the same commands as the API:
 * some answered (with the answer and its document), one read back at the review meeting, one overdue.
 */
export async function loadDemoPetitions(
  db: Db,
  commune: Unit,
  villages: Unit[],
  orgs: Organization[],
  meetings: DemoMeetings,
): Promise<void> {
  void orgs;
  const meta: RequestMeta = systemMeta;
  const contact = meetings.voterContact ? await findMeetingRow(db, meetings.voterContact) : null;
  const review = meetings.review ? await findMeetingRow(db, meetings.review) : null;
  const raisedOn = contact?.date ?? '2023-06-09';
  const villageOf = (name?: string) => villages.find((v) => v.name === name) ?? null;
  const base = (d: Demo, receivedAt: string): NewPetition => {
    const v = villageOf(d.village);
    return {
      communeId: commune.id,
      unitPath: v?.path ?? commune.path,
      villageId: v?.id ?? null,
      meetingId: contact?.id ?? null,
      source: contact ? 'meeting' : 'staff',
      content: d.content,
      field: d.field,
      agency: d.agency,
      agencyName: d.agencyName ?? null,
      dueDate: d.overdue || d.answer ? addDays(receivedAt, 30) : null,
      receivedAt,
      submitterName: null,
      submitterContact: null,
      submitterAddress: null,
    };
  };
  const step = (
    p: Petition,
    to: 'forwarded' | 'answered' | 'closed',
    date: string,
    extra: Partial<Parameters<typeof transitionPetition>[3]> = {},
  ) =>
    transitionPetition(db, meta, p, {
      to,
      date,
      note: null,
      document: null,
      answer: null,
      answerPublic: true,
      dueDate: null,
      meetingId: null,
      ...extra,
    });

  for (const d of RAISED) {
    let p = await createPetition(db, meta, base(d, raisedOn));
    if (!d.until) continue;
    p = await step(p, 'forwarded', addDays(raisedOn, 3), {
      document: 'Công văn số 15/MTTQ-BTT',
      note: 'Chuyển kèm báo cáo tổng hợp ý kiến cử tri.',
    });
    if (d.until === 'forwarded') continue;
    const answeredOn = addDays(raisedOn, 17);
    p = await step(p, 'answered', answeredOn, { answer: d.answer ?? null, document: d.answerDocument ?? null });
    if (d.until === 'closed' && review && review.date >= answeredOn)
      await step(p, 'closed', review.date, { meetingId: review.id, note: 'Đọc trả lời tại hội nghị.' });
  }
  // Sent by a citizen through the portal a few weeks before the voter contact.
  const v = villageOf('Thôn Đông');
  await createPetition(
    db,
    { actorId: null, actorUsername: 'portal', ip: null },
    {
      ...base(
        {
          field: 'infrastructure',
          agency: 'ubnd_xa',
          content: 'Nhiều bóng đèn chiếu sáng trên đường trục Thôn Đông bị hỏng, buổi tối đi lại nguy hiểm.',
          village: 'Thôn Đông',
        },
        addDays(raisedOn, -20),
      ),
      meetingId: null,
      source: 'portal',
      unitPath: v?.path ?? commune.path,
      villageId: v?.id ?? null,
      submitterName: 'Nguyễn Thị Lan',
      submitterContact: '0915 123 456',
    },
  );
}
