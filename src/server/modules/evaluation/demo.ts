import { systemContext } from '../../core/command';
import type { DemoContext } from '../manifest';
import { confirmList } from './commands/confirm-list';
import { moveScorecard } from './commands/move-scorecard';
import { openScorecard } from './commands/open-scorecard';
import { registerHouseholds } from './commands/register-households';
import { saveCriteriaSet } from './commands/save-criteria-set';
import { saveMeeting } from './commands/save-meeting';
import { scoreScorecard } from './commands/score-scorecard';
import { registrationsOf } from './queries';
import type { HouseholdResult } from './schema';

/** The five contents of Decree 86/2023 for "Thôn, tổ dân phố văn hóa", 20 points each, bonus for a standout. */
export const DEMO_VILLAGE_CRITERIA = [
  {
    title: 'Đời sống kinh tế ổn định và từng bước phát triển',
    maxPoints: 20,
    criteria: [
      { title: 'Tỷ lệ hộ nghèo giảm so với năm trước', maxPoints: 10 },
      { title: 'Có mô hình phát triển kinh tế hiệu quả', maxPoints: 8, maxBonus: 2 },
    ],
  },
  {
    title: 'Đời sống văn hóa, tinh thần lành mạnh, phong phú',
    maxPoints: 20,
    criteria: [
      { title: 'Nhà văn hóa thôn hoạt động thường xuyên', maxPoints: 10 },
      { title: 'Trên 80% hộ đạt "Gia đình văn hóa"', maxPoints: 8, maxBonus: 2 },
    ],
  },
  {
    title: 'Môi trường cảnh quan sạch đẹp',
    maxPoints: 20,
    criteria: [
      { title: 'Đường làng, ngõ xóm sáng - xanh - sạch - đẹp', maxPoints: 10 },
      { title: 'Thu gom, xử lý rác thải sinh hoạt', maxPoints: 10 },
    ],
  },
  {
    title: 'Chấp hành đường lối của Đảng, chính sách, pháp luật của Nhà nước',
    maxPoints: 20,
    criteria: [
      { title: 'Không có tội phạm, tệ nạn xã hội phát sinh', maxPoints: 12 },
      { title: 'Thực hiện tốt quy ước, hương ước', maxPoints: 8 },
    ],
  },
  {
    title: 'Tinh thần đoàn kết, tương trợ, giúp đỡ lẫn nhau',
    maxPoints: 20,
    criteria: [
      { title: 'Tham gia ủng hộ Quỹ "Vì người nghèo"', maxPoints: 10, maxBonus: 2 },
      { title: 'Hòa giải thành các mâu thuẫn trong cộng đồng', maxPoints: 8 },
    ],
  },
];

/** A village's points per criterion (in DEMO_VILLAGE_CRITERIA order), the bonus last; one village falls short. */
const SCORES = [
  [10, 8, 10, 8, 9, 9, 12, 8, 10, 8],
  [9, 7, 10, 8, 10, 9, 12, 7, 10, 8],
  [9, 7, 9, 8, 9, 8, 12, 8, 9, 7],
  [10, 8, 10, 8, 10, 10, 12, 8, 10, 8],
  [7, 5, 8, 6, 7, 7, 10, 6, 8, 6],
  [9, 8, 9, 8, 9, 9, 12, 8, 10, 8],
];

/** The village heads and their secretaries who signed the 2023 minutes. */
const CHAIRS = ['Phạm Văn Đông', 'Nguyễn Thị Hằng', 'Lê Văn Thắng', 'Hoàng Thị Lan', 'Trần Văn Bình', 'Đỗ Thị Mai'];
const SECRETARIES = ['Vũ Thị Thu', 'Phạm Văn Nam', 'Nguyễn Thị Huệ', 'Lê Văn Tùng', 'Hà Thị Nga', 'Bùi Văn Hải'];

/**
 * The 2023 evaluation of xã Hồng Sơn's six villages, through the module's commands: every household registered in
 * January, each village's meeting in December (most households đạt, some tiêu biểu, a few không đạt), the lists
 * confirmed and issued by the commune; the province's criteria set for villages and each village's scorecard taken
 * up the chain (one returned once by the commune) and published.
 */
export async function loadDemoEvaluation(d: DemoContext) {
  const ctx = systemContext(d.db);
  const set = await saveCriteriaSet(ctx, {
    provinceId: d.province.id,
    year: 2023,
    target: 'village',
    title: 'Tiêu chí "Thôn, tổ dân phố văn hóa" năm 2023',
    passScore: 85,
    groups: DEMO_VILLAGE_CRITERIA,
  });
  for (const [vi, village] of d.villages.entries()) {
    await registerHouseholds(ctx, { villageId: village.id, year: 2023, registeredOn: '2023-01-16' });
    const lines = await registrationsOf(d.db, village.id, 2023);
    const resultOf = (i: number): HouseholdResult => (i % 11 === 4 ? 'failed' : i % 8 === 1 ? 'exemplary' : 'passed');
    const meeting = await saveMeeting(ctx, {
      villageId: village.id,
      year: 2023,
      heldOn: `2023-12-${String(4 + vi).padStart(2, '0')}`,
      place: `Nhà văn hóa ${village.name}`,
      attendance: lines.length + 6,
      chairName: CHAIRS[vi] ?? 'Trưởng ban',
      secretaryName: SECRETARIES[vi] ?? 'Thư ký',
      results: lines.map((l, i) => ({ householdId: l.registration.householdId, result: resultOf(i + vi) })),
    });
    await confirmList(ctx, meeting.id, { date: '2023-12-15' });

    const card = await openScorecard(ctx, { setId: set.id, unitId: village.id });
    const points = SCORES[vi] ?? [];
    const keys = set.groups.flatMap((g) => g.criteria.map((c) => c.key));
    await scoreScorecard(ctx, card.id, {
      scores: keys.map((key, i) => ({ key, points: points[i] ?? 0, bonus: key === '2.2' && vi % 2 === 0 ? 2 : 0 })),
    });
    await moveScorecard(ctx, card.id, { action: 'submit' });
    if (vi === 2) {
      await moveScorecard(ctx, card.id, { action: 'return', comment: 'Bổ sung minh chứng tiêu chí 3.2 (rác thải).' });
      await moveScorecard(ctx, card.id, { action: 'submit' });
    }
    await moveScorecard(ctx, card.id, { action: 'approve' });
    await moveScorecard(ctx, card.id, { action: 'approve' });
    await moveScorecard(ctx, card.id, { action: 'publish' });
  }
}
