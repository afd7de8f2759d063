import { systemMeta } from '../core/actor';
import type { Db } from '../db/client';
import { addRecommendationUnchecked as addRecommendation } from '../modules/supervision/commands/add-recommendation';
import { createSupervisionUnchecked as createSupervision } from '../modules/supervision/commands/create-supervision';
import { issueDocumentUnchecked as issueDocument } from '../modules/supervision/commands/issue-document';
import { transitionRecommendationUnchecked as transitionRecommendation } from '../modules/supervision/commands/transition-recommendation';
import { updateSupervisionUnchecked as updateSupervision } from '../modules/supervision/commands/update-supervision';
import type { Organization, Unit } from '../modules/units/schema';
import type { DemoMeetings } from './load-demo-meetings';

/** "Chủ tịch Hội LHPN xã" from the demo organisation, or the fallback when the demo has none. */
const headOf = (orgs: Organization[], short: string, fallback: string) => {
  const o = orgs.find((x) => x.shortName === short);
  return o ? `Chủ tịch ${o.shortName} xã` : fallback;
};

/**
 * "Thực hiện tốt công tác giám sát, phản biện xã hội" in xã Hồng Sơn, first half of 2023, written
 * through the module's commands (so every row is audited and the plan takes its KH number):
 * - a supervision of the Tết support to near-poor and hardship households (UBND xã, 01–15/3/2023),
 *   plan 01/KH-MTTQ-BTT, concluded with findings and two recommendations: one answered, one sent;
 * - a social-criticism conference on a draft People's Council resolution (18/5/2023), concluded,
 *   its one recommendation answered.
 */
export async function loadDemoSupervision(
  db: Db,
  commune: Unit,
  villages: Unit[],
  orgs: Organization[],
  meetings: DemoMeetings,
): Promise<void> {
  void meetings;
  const meta = systemMeta;
  const village = villages[0]?.name ?? 'Thôn Đông';

  const tet = await createSupervision(db, meta, commune, {
    kind: 'supervision',
    subject: 'Việc thực hiện chính sách hỗ trợ hộ cận nghèo, hộ có hoàn cảnh khó khăn dịp Tết Quý Mão 2023',
    target: 'UBND xã Hồng Sơn',
    content:
      'Việc rà soát, lập danh sách hộ cận nghèo, hộ có hoàn cảnh khó khăn được hỗ trợ.\nMức hỗ trợ, nguồn kinh phí và việc cấp phát quà Tết đến tận hộ.\nViệc công khai danh sách và tiếp nhận phản ánh của Nhân dân.',
    team: [
      { name: 'Nguyễn Văn Luyện', title: 'Chủ tịch Ủy ban MTTQ xã, Trưởng đoàn' },
      { name: 'Lê Thị Hoa', title: `${headOf(orgs, 'Hội LHPN', 'Chủ tịch Hội LHPN xã')}, thành viên` },
      { name: 'Phạm Văn Đông', title: `Trưởng ban CTMT ${village}, thành viên` },
    ],
    startDate: '2023-03-01',
    endDate: '2023-03-15',
  });
  await issueDocument(db, meta, tet.id, commune, 'plan', '2023-02-20', '2023-02-20');
  await updateSupervision(db, meta, tet.id, { status: 'in_progress' });
  await updateSupervision(db, meta, tet.id, {
    status: 'concluded',
    findings: [
      'UBND xã đã chỉ đạo các thôn rà soát, lập danh sách 43 hộ cận nghèo được hỗ trợ 500.000 đồng/hộ từ Quỹ "Vì người nghèo" và 257 hộ chính sách, hộ có hoàn cảnh khó khăn được tặng quà từ nguồn xã hội hóa; việc cấp phát kịp thời trước Tết, đúng đối tượng, có danh sách ký nhận.',
      'Hạn chế: còn 3 hộ đủ điều kiện ở Thôn Đoài và Thôn Hạ chưa được đưa vào danh sách; một số thôn chưa niêm yết công khai danh sách tại nhà văn hóa.',
    ].join('\n'),
  });
  const answered = await addRecommendation(db, meta, tet.id, {
    content: 'Rà soát, bổ sung 3 hộ đủ điều kiện còn sót vào danh sách hỗ trợ và trao quà cho các hộ.',
    addressee: 'UBND xã Hồng Sơn',
    dueDate: '2023-04-15',
    date: '2023-03-16',
    note: null,
  });
  const sent = await addRecommendation(db, meta, tet.id, {
    content:
      'Chỉ đạo các thôn niêm yết công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn trong các đợt hỗ trợ tiếp theo.',
    addressee: 'UBND xã Hồng Sơn',
    dueDate: '2023-06-30',
    date: '2023-03-16',
    note: null,
  });
  const step = transitionRecommendation;
  const path = commune.path;
  let r = await step(db, meta, answered, path, {
    to: 'sent',
    date: '2023-03-20',
    note: 'Gửi kèm báo cáo kết quả giám sát',
    answer: null,
  });
  await step(db, meta, r, path, {
    to: 'answered',
    date: '2023-04-10',
    note: null,
    answer: 'UBND xã đã bổ sung 3 hộ vào danh sách và trao quà 500.000 đồng/hộ ngày 05/4/2023.',
  });
  r = await step(db, meta, sent, path, {
    to: 'sent',
    date: '2023-03-20',
    note: 'Gửi kèm báo cáo kết quả giám sát',
    answer: null,
  });

  const draft = await createSupervision(db, meta, commune, {
    kind: 'social_criticism',
    subject: 'Dự thảo Nghị quyết HĐND xã về Đề án xây dựng xã đạt chuẩn nông thôn mới nâng cao giai đoạn 2023 - 2025',
    target: 'UBND xã Hồng Sơn',
    content: 'Sự phù hợp của các chỉ tiêu với điều kiện của xã; mức đóng góp của Nhân dân; lộ trình thực hiện.',
    team: [
      { name: 'Nguyễn Văn Luyện', title: 'Chủ tịch Ủy ban MTTQ xã, chủ trì' },
      { name: 'Lê Thị Hoa', title: headOf(orgs, 'Hội LHPN', 'Chủ tịch Hội LHPN xã') },
      { name: 'Trần Văn Bình', title: headOf(orgs, 'Hội ND', 'Chủ tịch Hội Nông dân xã') },
    ],
    startDate: '2023-05-18',
    endDate: '2023-05-18',
  });
  await updateSupervision(db, meta, draft.id, { status: 'in_progress' });
  await updateSupervision(db, meta, draft.id, {
    status: 'concluded',
    findings:
      'Hội nghị phản biện có 35 đại biểu dự, 9 ý kiến phát biểu. Các ý kiến thống nhất với sự cần thiết của Đề án; đề nghị giảm mức đóng góp của hộ nghèo, hộ cận nghèo đối với tiêu chí giao thông và kéo dài lộ trình tiêu chí môi trường đến năm 2025.',
  });
  const rec = await addRecommendation(db, meta, draft.id, {
    content:
      'Miễn đóng góp làm đường giao thông nông thôn cho hộ nghèo, hộ cận nghèo; điều chỉnh lộ trình tiêu chí môi trường đến năm 2025.',
    addressee: 'HĐND xã, UBND xã Hồng Sơn',
    dueDate: '2023-06-30',
    date: '2023-05-19',
    note: null,
  });
  const recSent = await step(db, meta, rec, path, {
    to: 'sent',
    date: '2023-05-22',
    note: 'Văn bản phản biện gửi HĐND, UBND xã',
    answer: null,
  });
  await step(db, meta, recSent, path, {
    to: 'answered',
    date: '2023-06-20',
    note: null,
    answer: 'UBND xã đã tiếp thu, chỉnh lý dự thảo; Nghị quyết được HĐND xã thông qua tại kỳ họp giữa năm 2023.',
  });
}
