import { systemMeta } from '../core/actor';
import type { Db } from '../db/client';
import { createMeetingUnchecked as createMeeting } from '../modules/meetings/commands/create-meeting';
import { issueDocumentUnchecked as issueDocument } from '../modules/meetings/commands/issue-document';
import { markAttendanceUnchecked as markAttendance } from '../modules/meetings/commands/mark-attendance';
import type { DelegateInput, MeetingFields } from '../modules/meetings/commands/types';
import { INVITATION_RECIPIENTS } from '../modules/meetings/invitation-document';
import { delegatesOf } from '../modules/meetings/queries';
import type { Organization, Unit } from '../modules/units/schema';

/** Meetings of the demo commune that other demo loaders refer to (petitions raised at the voter contact…). */
export type DemoMeetings = { review: string | null; voterContact: string | null; consultation: string | null };

const CHAIR = 'Nguyễn Văn Luyện';
const CHAIR_TITLE = 'Chủ tịch Ủy ban MTTQ xã';
const SECRETARY = 'Phạm Thị Lan';
const HALL = 'Hội trường UBND xã Hồng Sơn';

const person = (
  name: string,
  title: string | null,
  organization: string | null = null,
  organizationId: string | null = null,
): DelegateInput => ({
  name,
  title,
  organization,
  organizationId,
  userId: null,
  attended: null,
});

type Plan = Omit<MeetingFields, 'unitPath' | 'villageId' | 'status'> & {
  village?: Unit;
  delegates: DelegateInput[];
  conclusions: string[];
  invitationDate: string;
};

/**
 * Records a held meeting the way the committee would: created, attendance marked, then the invitation
 * and the minutes issued with register numbers (through the commands, so every step is audited).
 */
async function held(db: Db, commune: Unit, plan: Plan): Promise<string> {
  const m = systemMeta;
  const { village, delegates, conclusions, invitationDate, ...fields } = plan;
  const meeting = await createMeeting(
    db,
    m,
    commune,
    { ...fields, status: 'held', villageId: village?.id ?? null, unitPath: village?.path ?? commune.path },
    delegates,
    conclusions,
  );
  const invited = await delegatesOf(db, meeting.id);
  await markAttendance(db, m, meeting.id, { attended: invited.map((d) => d.id) }, null);
  await issueDocument(db, m, meeting.id, commune, 'invitation', {
    date: invitationDate,
    signer: CHAIR,
    recipients: INVITATION_RECIPIENTS,
  });
  await issueDocument(db, m, meeting.id, commune, 'minutes', { date: plan.date, signer: CHAIR, recipients: [] });
  return meeting.id;
}

/**
 * xã Hồng Sơn's meetings of the first half of 2023, from the seed article: the consultation on the
 * draft Land Law (sửa đổi), a voter contact before the People's Council's mid-year session in Thôn
 * Đông, and the semi-annual review conference of 06/07/2023 chaired by Nguyễn Văn Luyện with đồng chí
 * Hoàng Quốc Toản giving direction. Issued in date order, so the register numbers follow the dates.
 */
export async function loadDemoMeetings(
  db: Db,
  commune: Unit,
  villages: Unit[],
  orgs: Organization[],
): Promise<DemoMeetings> {
  const [dong] = villages;
  const orgHeads = orgs.map((o) =>
    person('Đại diện lãnh đạo', o.shortName.startsWith('Đoàn') ? 'Bí thư Đoàn' : 'Chủ tịch Hội', o.name, o.id),
  );
  const villageHeads = villages.map((v) =>
    person('Đại diện', 'Bí thư chi bộ, Trưởng thôn, Trưởng ban công tác Mặt trận', v.name),
  );
  const partyHead = person('Hoàng Quốc Toản', 'Huyện ủy viên, Bí thư Đảng ủy, Chủ tịch HĐND xã');
  const standing = person('Các đồng chí trong Thường trực Ủy ban MTTQ Việt Nam xã', null);

  const consultation = await held(db, commune, {
    type: 'consultation',
    title: 'Hội nghị lấy ý kiến Nhân dân đóng góp vào dự thảo Luật Đất đai (sửa đổi)',
    date: '2023-02-24',
    startTime: '08:00',
    place: HALL,
    chair: CHAIR,
    chairTitle: CHAIR_TITLE,
    secretary: SECRETARY,
    agenda: [
      'Giới thiệu những nội dung cơ bản của dự thảo Luật Đất đai (sửa đổi)',
      'Đại biểu thảo luận, góp ý theo từng chương, điều của dự thảo',
      'Tổng hợp ý kiến gửi Ủy ban MTTQ huyện',
    ],
    expectedCount: 60,
    presentCount: 57,
    minutes: [
      'Đồng chí Nguyễn Văn Luyện, Chủ tịch Ủy ban MTTQ Việt Nam xã, khai mạc hội nghị, nêu mục đích, yêu cầu của việc lấy ý kiến Nhân dân đối với dự thảo Luật Đất đai (sửa đổi).',
      'Đồng chí công chức Địa chính - Xây dựng xã giới thiệu những điểm mới của dự thảo: bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất; giá đất; quyền của người sử dụng đất nông nghiệp.',
      'Các đại biểu phát biểu góp ý, tập trung vào thời hạn giao đất nông nghiệp, hạn mức nhận chuyển quyền sử dụng đất và việc công khai bảng giá đất.',
    ].join('\n'),
    delegates: [partyHead, standing, ...orgHeads, ...villageHeads],
    conclusions: [
      'Ban Thường trực Ủy ban MTTQ xã tổng hợp đầy đủ ý kiến góp ý theo từng điều của dự thảo, gửi Ủy ban MTTQ huyện đúng thời hạn.',
      'Các tổ chức thành viên và Ban công tác Mặt trận các thôn tiếp tục tuyên truyền để Nhân dân tham gia góp ý dự thảo Luật.',
    ],
    invitationDate: '2023-02-20',
  });

  const voterContact = dong
    ? await held(db, commune, {
        type: 'voter_contact',
        title: 'Hội nghị tiếp xúc cử tri trước kỳ họp thường lệ giữa năm 2023 của HĐND xã',
        date: '2023-06-15',
        startTime: '19:30',
        place: `Nhà văn hóa ${dong.name}`,
        village: dong,
        chair: CHAIR,
        chairTitle: CHAIR_TITLE,
        secretary: SECRETARY,
        agenda: [
          'Thông báo dự kiến nội dung kỳ họp thường lệ giữa năm 2023 của HĐND xã',
          'Cử tri phát biểu ý kiến, kiến nghị',
          'Đại diện UBND xã giải trình, tiếp thu',
        ],
        expectedCount: 120,
        presentCount: 96,
        minutes: [
          'Đại biểu HĐND xã ứng cử tại Thôn Đông thông báo dự kiến nội dung, chương trình kỳ họp thường lệ giữa năm 2023 của HĐND xã.',
          'Cử tri Thôn Đông phát biểu ý kiến, kiến nghị về sửa chữa đường giao thông nội thôn, hệ thống điện chiếu sáng và việc thu gom rác thải.',
          'Đại diện UBND xã giải trình, tiếp thu các ý kiến thuộc thẩm quyền của xã.',
        ].join('\n'),
        delegates: [
          person('Các đại biểu HĐND xã ứng cử tại Thôn Đông', null),
          person('Đại diện Thường trực HĐND xã', null),
          person('Đại diện lãnh đạo UBND xã', null),
          person('Đại diện', 'Trưởng ban công tác Mặt trận', `Ban công tác Mặt trận ${dong.name}`),
        ],
        conclusions: [
          'Ban Thường trực Ủy ban MTTQ xã tổng hợp ý kiến, kiến nghị của cử tri gửi Thường trực HĐND xã trước kỳ họp.',
          'Đề nghị UBND xã xem xét sửa chữa tuyến đường nội thôn và điện chiếu sáng Thôn Đông, trả lời cử tri tại kỳ tiếp xúc sau.',
        ],
        invitationDate: '2023-06-12',
      })
    : null;

  const review = await held(db, commune, {
    type: 'half_year_review',
    title: 'Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2023',
    date: '2023-07-06',
    startTime: '14:00',
    place: HALL,
    chair: CHAIR,
    chairTitle: CHAIR_TITLE,
    secretary: SECRETARY,
    agenda: [
      'Báo cáo kết quả công tác Mặt trận 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2023',
      'Đại biểu thảo luận',
      'Phát biểu chỉ đạo của đồng chí Bí thư Đảng ủy, Chủ tịch HĐND xã',
    ],
    expectedCount: null,
    presentCount: null,
    minutes: [
      'Đồng chí Nguyễn Văn Luyện, Chủ tịch Ủy ban MTTQ Việt Nam xã, khai mạc hội nghị và trình bày báo cáo sơ kết công tác Mặt trận 6 tháng đầu năm 2023.',
      'Trong 6 tháng đầu năm, Ủy ban MTTQ xã bám sát nhiệm vụ chính trị của địa phương, phối hợp với chính quyền tuyên truyền, vận động Nhân dân; các tổ chức đoàn thể tự nhận đảm nhiệm từng nhiệm vụ xây dựng nông thôn mới kiểu mẫu.',
      'Phối hợp với UBND tổ chức chương trình "Chung tay Tết Quý Mão 2023" cho 43 hộ, trao tặng 21,5 triệu đồng; tổng số hộ cận nghèo, hộ chính sách được tặng quà là 257 hộ với trên 70 triệu đồng; vận động "Quỹ vì biển đảo Việt Nam" được 72.925.000 đồng, đạt 161% kế hoạch huyện giao.',
      'Hiến máu tình nguyện có 132 người đăng ký, hiến được 54/44 đơn vị máu, đạt 123% chỉ tiêu; 9/17 ca tang lễ thực hiện hỏa táng, đạt 53%; gần 5.000 công dân đã cài đặt, kích hoạt định danh điện tử.',
      'Phối hợp tổ chức hội nghị góp ý dự thảo Luật Đất đai (sửa đổi) năm 2023, các hội nghị tiếp xúc cử tri và tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp thường lệ HĐND xã.',
      'Đồng chí Hoàng Quốc Toản, Huyện ủy viên, Bí thư Đảng ủy, Chủ tịch HĐND xã phát biểu chỉ đạo, ghi nhận và đánh giá cao kết quả công tác Mặt trận 6 tháng đầu năm 2023.',
    ].join('\n'),
    delegates: [partyHead, standing, ...villageHeads, ...orgHeads],
    conclusions: [
      'Tiếp tục phát huy vai trò của MTTQ Việt Nam, củng cố, tăng cường sức mạnh khối đại đoàn kết toàn dân, góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, bảo đảm an ninh, quốc phòng của địa phương.',
      'Đẩy mạnh các cuộc vận động, các phong trào thi đua yêu nước, trọng tâm là cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".',
      'Phát huy quyền làm chủ của Nhân dân, thực hiện tốt công tác giám sát, phản biện xã hội.',
      'Tích cực tham gia xây dựng Đảng, xây dựng chính quyền ngày càng trong sạch, vững mạnh.',
    ],
    invitationDate: '2023-07-03',
  });

  return { review, voterContact, consultation };
}
