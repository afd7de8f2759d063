import { systemMeta } from '../core/actor';
import type { Db } from '../db/client';
import { type CommentInput, recordComment as addComment } from '../modules/consultations/commands/add-comment';
import { closeConsultationUnchecked as closeConsultation } from '../modules/consultations/commands/close-consultation';
import { createConsultationUnchecked as createConsultation } from '../modules/consultations/commands/create-consultation';
import type { Organization, Unit } from '../modules/units/schema';
import type { DemoMeetings } from './load-demo-meetings';

export const DEMO_DRAFT_TITLE = 'Dự thảo Luật Đất đai (sửa đổi)';

// A short, plausible excerpt of the 2023 draft (written for the demo, not the official text).
const ARTICLES = [
  {
    ref: 'Điều 1',
    heading: 'Phạm vi điều chỉnh',
    text: 'Luật này quy định về chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước đại diện chủ sở hữu toàn dân về đất đai; quyền và nghĩa vụ của người sử dụng đất.',
  },
  {
    ref: 'Điều 2',
    heading: 'Đối tượng áp dụng',
    text: '1. Cơ quan nhà nước thực hiện quyền hạn và trách nhiệm đại diện chủ sở hữu toàn dân về đất đai.\n2. Người sử dụng đất.\n3. Các đối tượng khác có liên quan đến việc quản lý, sử dụng đất đai.',
  },
  {
    ref: 'Điều 5',
    heading: 'Người sử dụng đất',
    text: 'Người sử dụng đất được Nhà nước giao đất, cho thuê đất, công nhận quyền sử dụng đất, gồm: tổ chức trong nước; cá nhân trong nước; cộng đồng dân cư; cơ sở tôn giáo; người Việt Nam định cư ở nước ngoài.',
  },
  {
    ref: 'Điều 9',
    heading: 'Khuyến khích đầu tư vào sử dụng đất đai',
    text: 'Nhà nước có chính sách khuyến khích người sử dụng đất đầu tư lao động, vật tư, tiền vốn để cải tạo, làm tăng độ màu mỡ của đất; khai hoang, phục hóa đất trống, đồi núi trọc.',
  },
  {
    ref: 'Điều 79',
    heading: 'Thu hồi đất để phát triển kinh tế - xã hội vì lợi ích quốc gia, công cộng',
    text: 'Nhà nước thu hồi đất để phát triển kinh tế - xã hội vì lợi ích quốc gia, công cộng trong các trường hợp luật định, sau khi đã có phương án bồi thường, hỗ trợ, tái định cư được phê duyệt.',
  },
  {
    ref: 'Điều 91',
    heading: 'Nguyên tắc bồi thường, hỗ trợ, tái định cư',
    text: 'Việc bồi thường phải bảo đảm dân chủ, khách quan, công bằng, công khai, minh bạch, kịp thời; người có đất thu hồi được bố trí tái định cư có điều kiện sống bằng hoặc tốt hơn nơi ở cũ.',
  },
  {
    ref: 'Điều 159',
    heading: 'Bảng giá đất',
    text: 'Bảng giá đất được xây dựng định kỳ hằng năm, công bố công khai vào ngày 01 tháng 01 và được sử dụng để tính tiền sử dụng đất, tiền thuê đất, thuế sử dụng đất.',
  },
];

/**
 * The seed's "hội nghị tham gia đóng góp vào dự thảo Luật đất đai sửa đổi năm 2023": the draft put out
 * by the standing committee at the province committee's request, comments from people, the member
 * organisations and the consultation conference (when the meetings demo has one), then closed.
 * Written through the module's commands, so every row is audited.
 */
export async function loadDemoConsultations(
  db: Db,
  commune: Unit,
  villages: Unit[],
  orgs: Organization[],
  meetings: DemoMeetings,
): Promise<void> {
  const m = systemMeta;
  const { consultation, articles } = await createConsultation(db, m, commune, {
    title: DEMO_DRAFT_TITLE,
    requestedBy: 'Ủy ban MTTQ tỉnh Tuyên Quang',
    opensOn: '2023-01-03',
    deadline: '2023-03-15',
    public: true,
    articles: ARTICLES,
    origin: 'demo',
  });
  const article = (ref: string) => {
    const a = articles.find((x) => x.ref === ref);
    if (!a) throw new Error(`demo article ${ref} missing`);
    return a;
  };
  const village = (i: number) => villages[i]?.name ?? '';
  const person = (
    name: string,
    v: number,
    source: CommentInput['source'] = 'staff',
  ): Omit<CommentInput, 'content'> => ({
    authorKind: 'person',
    author: `${name}, ${village(v)}`,
    organizationId: null,
    meetingId: null,
    contact: null,
    source,
  });
  const org = (i: number): Omit<CommentInput, 'content'> | null => {
    const o = orgs[i];
    return o
      ? {
          authorKind: 'organization',
          author: o.name,
          organizationId: o.id,
          meetingId: null,
          contact: null,
          source: 'staff',
        }
      : null;
  };
  const conference: Omit<CommentInput, 'content'> | null = meetings.consultation
    ? {
        authorKind: 'meeting',
        author: 'Hội nghị lấy ý kiến dự thảo Luật Đất đai (sửa đổi)',
        organizationId: null,
        meetingId: meetings.consultation,
        contact: null,
        source: 'staff',
      }
    : null;

  const comments: [string, Omit<CommentInput, 'content'> | null, string][] = [
    [
      'Điều 1',
      person('Nguyễn Văn Hùng', 0),
      'Đề nghị nêu rõ trách nhiệm của chính quyền cấp xã trong quản lý đất đai ở cơ sở.',
    ],
    [
      'Điều 2',
      org(4),
      'Đề nghị bổ sung người cao tuổi đang sử dụng đất ổn định, không tranh chấp vào đối tượng được công nhận quyền sử dụng đất.',
    ],
    [
      'Điều 5',
      person('Trần Thị Mai', 1),
      'Không nên bỏ "hộ gia đình" khỏi người sử dụng đất: ở nông thôn đất vẫn giao theo hộ, bỏ đi sẽ khó cấp đổi giấy chứng nhận.',
    ],
    [
      'Điều 5',
      org(1),
      'Hội Nông dân thống nhất giữ khái niệm hộ gia đình sử dụng đất nông nghiệp; đề nghị có quy định chuyển tiếp rõ ràng.',
    ],
    [
      'Điều 5',
      conference,
      'Hội nghị thống nhất đề nghị giữ quy định về hộ gia đình sử dụng đất như Luật Đất đai năm 2013.',
    ],
    [
      'Điều 9',
      person('Lê Văn Toàn', 2),
      'Đề nghị có chính sách hỗ trợ vốn cho hộ dồn điền, đổi thửa để sản xuất hàng hóa.',
    ],
    [
      'Điều 9',
      org(3),
      'Đoàn Thanh niên đề nghị khuyến khích thanh niên thuê đất nông nghiệp khởi nghiệp, thời hạn thuê đủ dài để đầu tư.',
    ],
    [
      'Điều 79',
      person('Phạm Thị Hằng', 3),
      'Đề nghị quy định cụ thể các dự án nhà ở thương mại có được thu hồi đất hay không, tránh áp dụng tùy tiện.',
    ],
    [
      'Điều 79',
      org(2),
      'Hội Cựu chiến binh đề nghị công khai quy hoạch, kế hoạch thu hồi đất tại trụ sở UBND xã và nhà văn hóa thôn ít nhất 90 ngày trước khi thu hồi.',
    ],
    [
      'Điều 91',
      person('Đỗ Văn Bình', 4, 'portal'),
      'Giá bồi thường phải sát giá thị trường; đề nghị người dân được tham gia hội đồng bồi thường.',
    ],
    [
      'Điều 91',
      org(0),
      'Hội LHPN đề nghị ưu tiên bố trí tái định cư tại chỗ và hỗ trợ đào tạo nghề cho phụ nữ có đất nông nghiệp bị thu hồi.',
    ],
    ['Điều 91', conference, 'Hội nghị đề nghị khu tái định cư phải hoàn thành hạ tầng trước khi thu hồi đất.'],
    [
      'Điều 159',
      person('Hoàng Văn Sơn', 5),
      'Bảng giá đất điều chỉnh hằng năm là phù hợp, nhưng cần có lộ trình để không tăng đột ngột tiền sử dụng đất.',
    ],
    [
      'Điều 159',
      person('Nguyễn Thị Lan', 0, 'portal'),
      'Đề nghị công bố bảng giá đất trên cổng thông tin điện tử của xã để người dân dễ tra cứu.',
    ],
    ['Điều 159', conference, 'Hội nghị thống nhất với quy định công bố bảng giá đất vào ngày 01 tháng 01 hằng năm.'],
  ];
  for (const [ref, author, content] of comments) {
    if (author) await addComment(db, m, consultation.id, article(ref), { ...author, content });
  }
  await closeConsultation(db, m, consultation, new Date('2023-03-16T02:00:00Z'));
}
