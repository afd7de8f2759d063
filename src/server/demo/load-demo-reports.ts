import { systemContext } from '../core/command';
import type { Db } from '../db/client';
import { createReport } from '../modules/reports/commands/create-report';
import { editReport } from '../modules/reports/commands/edit-report';
import { issueReport } from '../modules/reports/commands/issue-report';
import { submitReport } from '../modules/reports/commands/submit-report';
import { defaultTitle } from '../modules/reports/period';
import type { Unit } from '../modules/units/schema';
import type { DemoMeetings } from './load-demo-meetings';

/** Nhiệm vụ trọng tâm 6 tháng cuối năm 2023, in the words of the seed's closing paragraphs. */
const TASKS = [
  'Tiếp tục triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với phong trào xây dựng nông thôn mới kiểu mẫu; phát huy vai trò của Ban công tác Mặt trận khu dân cư vận động Nhân dân giúp đỡ nhau giảm nghèo, phát triển kinh tế.',
  'Vận động Nhân dân xây dựng cảnh quan đường làng ngõ xóm xanh, sạch, đẹp, giữ gìn vệ sinh môi trường; thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội; xây dựng và thực hiện hương ước, quy ước của địa phương.',
  'Tổ chức các hội nghị tiếp xúc cử tri và tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp thường lệ HĐND xã.',
  'Thực hiện tốt công tác giám sát, phản biện xã hội; tích cực tham gia xây dựng Đảng, xây dựng chính quyền ngày càng trong sạch, vững mạnh.',
  'Đẩy mạnh cuộc vận động ủng hộ Quỹ “Vì người nghèo”, chăm lo cho hộ nghèo, hộ cận nghèo, hộ có hoàn cảnh khó khăn; chuẩn bị tổ chức hội nghị tổng kết công tác Mặt trận năm 2023.',
];

/**
 * The review report of xã Hồng Sơn for the first half of 2023, presented at the seed's conference
 * (meetings.review, when the meetings demo has one): built from the demo's records, issued on
 * 06/07/2023 with the next BC number of the commune's register, and submitted to the province.
 */
export async function loadDemoReports(db: Db, province: Unit, commune: Unit, meetings: DemoMeetings): Promise<string> {
  void province;
  const ctx = systemContext(db);
  const H1 = { from: '2023-01-01', to: '2023-06-30' };
  const { report } = await createReport(ctx, {
    unitId: commune.id,
    type: 'half_year',
    ...H1,
    title: defaultTitle('half_year', H1.from, H1.to),
    meetingId: meetings.review,
  });
  await editReport(ctx, report.id, { tasks: TASKS, signerName: commune.settings.chairName ?? 'Nguyễn Văn Luyện' });
  await issueReport(ctx, report.id, { date: '2023-07-06' });
  await submitReport(ctx, report.id);
  return report.id;
}
