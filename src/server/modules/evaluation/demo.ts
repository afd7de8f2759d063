import { systemMeta } from '../../core/actor';
import { type CommandContext, systemContext } from '../../core/command';
import { DEMO_STAFF, demoActor } from '../../demo/demo-people';
import type { DemoContext } from '../manifest';
import { confirmList } from './commands/confirm-list';
import { moveScorecard } from './commands/move-scorecard';
import { openScorecard } from './commands/open-scorecard';
import { registerHouseholds } from './commands/register-households';
import { saveCriteriaSet } from './commands/save-criteria-set';
import { saveMeeting } from './commands/save-meeting';
import { scoreScorecard } from './commands/score-scorecard';
import { registrationsOf } from './queries';
import { DEMO_COMMUNE_CRITERIA, DEMO_VILLAGE_CRITERIA } from './demo-criteria';
import type { CriteriaSet, HouseholdResult } from './schema';

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

/** Hồng Sơn's own points per criterion (in DEMO_COMMUNE_CRITERIA order) and its bonus, as the commune scored itself. */
const COMMUNE_SCORES = [8, 7, 9, 8, 6, 9, 9, 8, 6, 4, 5, 7, 6];
const COMMUNE_BONUS: Record<string, number> = { '2.2': 2, '3.1': 1, '5.2': 1 };

/** A moment of a 2023 working day in Vietnam, as a step's history records it. */
const on = (day: string, time: string) => new Date(`2023-${day}T${time}:00+07:00`).toISOString();

/** Scores a card with points per criterion in the set's order. */
async function score(
  ctx: CommandContext,
  set: CriteriaSet,
  cardId: string,
  points: number[],
  bonus: (key: string) => number,
) {
  const keys = set.groups.flatMap((g) => g.criteria.map((c) => c.key));
  await scoreScorecard(ctx, cardId, {
    scores: keys.map((key, i) => ({ key, points: points[i] ?? 0, bonus: bonus(key) })),
  });
}

/**
 * The 2023 evaluation of xã Hồng Sơn's six villages, through the module's commands: every household registered in
 * January, each village's meeting in December (most households đạt, some tiêu biểu, a few không đạt), the lists
 * confirmed and issued by the commune. The province's criteria sets for villages and for communes; each village's
 * scorecard taken up the chain by real people on the days it happened (Thôn Đông's by its head, the others' by the
 * commune's standing committee; one returned once by the commune) and published by the province; the commune's own
 * card, returned once by the province, waits with the province for its decision.
 */
export async function loadDemoEvaluation(d: DemoContext) {
  const ctx = systemContext(d.db);
  const as = (actor: ReturnType<typeof demoActor>): CommandContext => ({ db: d.db, actor, meta: systemMeta });
  const province = as(demoActor(DEMO_STAFF.province, 'upper', d.province));
  const commune = as(demoActor(DEMO_STAFF.standing, 'standing', d.commune));
  const set = await saveCriteriaSet(province, {
    provinceId: d.province.id,
    year: 2023,
    target: 'village',
    title: 'Tiêu chí "Thôn, tổ dân phố văn hóa" năm 2023',
    passScore: 85,
    groups: DEMO_VILLAGE_CRITERIA,
  });
  const communeSet = await saveCriteriaSet(province, {
    provinceId: d.province.id,
    year: 2023,
    target: 'commune',
    title: 'Tiêu chí "Xã tiêu biểu" trong thực hiện Cuộc vận động năm 2023',
    passScore: 85,
    groups: DEMO_COMMUNE_CRITERIA,
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

    // Thôn Đông's head has an account; the other villages' cards the commune's standing committee entered for them.
    const own = vi === 0 ? as(demoActor(DEMO_STAFF.villageHead, 'village_lead', village)) : commune;
    const card = await openScorecard(own, { setId: set.id, unitId: village.id });
    await score(own, set, card.id, SCORES[vi] ?? [], (key) => (key === '2.2' && vi % 2 === 0 ? 2 : 0));
    await moveScorecard(own, card.id, { action: 'submit', at: on(`12-${11 + vi}`, '16:00') });
    if (vi === 2) {
      await moveScorecard(commune, card.id, {
        action: 'return',
        comment: 'Bổ sung minh chứng tiêu chí 3.2 (rác thải).',
        at: on('12-18', '09:30'),
      });
      await moveScorecard(own, card.id, { action: 'submit', at: on('12-19', '15:00') });
    }
    await moveScorecard(commune, card.id, { action: 'approve', at: on('12-20', '10:00') });
    await moveScorecard(province, card.id, { action: 'approve', at: on('12-27', '14:00') });
    await moveScorecard(province, card.id, { action: 'publish', at: on('12-29', '08:30') });
  }

  const card = await openScorecard(commune, { setId: communeSet.id, unitId: d.commune.id });
  await score(commune, communeSet, card.id, COMMUNE_SCORES, (key) => COMMUNE_BONUS[key] ?? 0);
  await moveScorecard(commune, card.id, { action: 'submit', at: on('12-26', '16:30') });
  await moveScorecard(province, card.id, {
    action: 'return',
    comment: 'Bổ sung minh chứng tiêu chí 2.2: sổ thu Quỹ "Vì người nghèo" năm 2023.',
    at: on('12-28', '10:00'),
  });
  await moveScorecard(commune, card.id, { action: 'submit', at: on('12-29', '15:30') });
}
