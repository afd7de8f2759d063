import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { addDays } from '../../lib/dates';
import { foldVietnamese } from '../../lib/vi-text';
import { findFundByName } from '../modules/funds/figures';
import { households } from '../modules/households/schema';
import { type FundingSource, type HousingKind, housingCases, housingFundings } from '../modules/housing/schema';
import type { Unit } from '../modules/units/schema';
import { FUND_VNN } from './load-demo-results';

type Plan = {
  village: number;
  /** A registered household of that village (its index among them), or a name for one not registered. */
  household: number | string;
  kind: HousingKind;
  stage: 'surveyed' | 'approved' | 'building' | 'handed_over' | 'paused';
  surveyedOn: string;
  amount: number;
  description: string;
};

const NEW = 'Nhà tạm vách đất, mái lá dột nát; xây mới nhà cấp 4, tường gạch, mái tôn, diện tích 45 m².';
const FIX = 'Mái ngói vỡ, tường nứt, nền ẩm; sửa chữa thay mái tôn, trát lại tường, lát nền, diện tích 38 m².';

/** Ten houses of xã Hồng Sơn's 2025–2026 programme across the stages, kinds and villages. */
const PLANS: Plan[] = [
  {
    village: 0,
    household: 0,
    kind: 'new_build',
    stage: 'handed_over',
    surveyedOn: '2025-03-04',
    amount: 60_000_000,
    description: NEW,
  },
  {
    village: 1,
    household: 0,
    kind: 'new_build',
    stage: 'handed_over',
    surveyedOn: '2025-03-06',
    amount: 60_000_000,
    description: NEW,
  },
  {
    village: 2,
    household: 0,
    kind: 'repair',
    stage: 'handed_over',
    surveyedOn: '2025-03-10',
    amount: 30_000_000,
    description: FIX,
  },
  {
    village: 3,
    household: 'Hà Văn Thắng',
    kind: 'new_build',
    stage: 'handed_over',
    surveyedOn: '2025-04-02',
    amount: 60_000_000,
    description: NEW,
  },
  {
    village: 4,
    household: 0,
    kind: 'repair',
    stage: 'handed_over',
    surveyedOn: '2025-05-12',
    amount: 30_000_000,
    description: FIX,
  },
  {
    village: 0,
    household: 1,
    kind: 'new_build',
    stage: 'building',
    surveyedOn: '2026-08-03',
    amount: 60_000_000,
    description: NEW,
  },
  {
    village: 5,
    household: 'Lò Thị Mai',
    kind: 'repair',
    stage: 'building',
    surveyedOn: '2026-08-20',
    amount: 30_000_000,
    description: FIX,
  },
  {
    village: 2,
    household: 1,
    kind: 'new_build',
    stage: 'approved',
    surveyedOn: '2026-09-15',
    amount: 60_000_000,
    description: NEW,
  },
  {
    village: 0,
    household: 2,
    kind: 'repair',
    stage: 'surveyed',
    surveyedOn: '2026-10-28',
    amount: 30_000_000,
    description: FIX,
  },
  {
    village: 1,
    household: 'Triệu Văn Páo',
    kind: 'new_build',
    stage: 'paused',
    surveyedOn: '2026-07-14',
    amount: 60_000_000,
    description: NEW,
  },
];

/** The money that builds a house: the fund, the budget, a sponsor, the household's own share. */
function linesOf(p: Plan, i: number): { source: FundingSource; amount: number; donorName?: string }[] {
  const donor = i % 2 === 0 ? 'Ngân hàng TMCP Công Thương - Chi nhánh Tuyên Quang' : 'Công ty TNHH Xây dựng Hồng Phát';
  return p.kind === 'new_build'
    ? [
        { source: 'fund', amount: 30_000_000 },
        { source: 'budget', amount: 20_000_000 },
        { source: 'donor', amount: 5_000_000, donorName: donor },
        { source: 'household', amount: 5_000_000 },
      ]
    : [
        { source: 'fund', amount: 15_000_000 },
        { source: 'budget', amount: 10_000_000 },
        { source: 'household', amount: 5_000_000 },
      ];
}

/**
 * Ten housing cases (nhà Đại đoàn kết) in xã Hồng Sơn — five handed over, two building, one approved, one surveyed
 * and one paused — with their funding lines; some for households of the registry, some for households not
 * registered. Written in a few multi-row inserts: the demo loads fast.
 */
export async function loadDemoHousing(db: Db, commune: Unit, villages: Unit[]) {
  const fund = await findFundByName(db, commune.id, FUND_VNN);
  const registered = await db
    .select({ id: households.id, villageId: households.villageId, headName: households.headName })
    .from(households)
    .where(
      and(
        eq(households.communeId, commune.id),
        inArray(
          households.villageId,
          villages.map((v) => v.id),
        ),
      ),
    )
    .orderBy(asc(households.headNameFolded));
  const participants = [
    'Ông Nguyễn Văn Luyện, Chủ tịch Ủy ban MTTQ Việt Nam xã',
    'Bà Lê Thị Hoa, Chủ tịch Hội LHPN xã',
    'Ông Trần Văn Hưng, cán bộ Địa chính - Xây dựng UBND xã',
  ];
  const values = PLANS.map((p, i) => {
    const village = villages[p.village % villages.length] as Unit;
    const own =
      typeof p.household === 'number'
        ? registered.filter((h) => h.villageId === village.id)[p.household * 7 + i]
        : undefined;
    const headName = own?.headName ?? (typeof p.household === 'string' ? p.household : `Hộ ${i + 1}`);
    const reached = (s: Plan['stage']) => ['surveyed', 'approved', 'building', 'handed_over'].indexOf(s);
    const stageAt = p.stage === 'paused' ? 'approved' : p.stage;
    const at = reached(stageAt);
    return {
      communeId: commune.id,
      villageId: village.id,
      unitPath: village.path,
      householdId: own?.id ?? null,
      headName,
      headNameFolded: foldVietnamese(headName),
      kind: p.kind,
      stage: p.stage,
      pausedFrom: p.stage === 'paused' ? ('approved' as const) : null,
      pauseReason: p.stage === 'paused' ? 'Hộ chưa thống nhất vị trí xây dựng với gia đình bên nội.' : null,
      requiredAmount: at >= 1 ? p.amount : null,
      description: p.description,
      participants: [...participants, `Trưởng ban Công tác Mặt trận ${village.name}`],
      surveyedOn: p.surveyedOn,
      approvedOn: at >= 1 ? addDays(p.surveyedOn, 10) : null,
      buildingOn: at >= 2 ? addDays(p.surveyedOn, 20) : null,
      handedOverOn: at >= 3 ? addDays(p.surveyedOn, p.kind === 'new_build' ? 80 : 45) : null,
      pausedOn: p.stage === 'paused' ? addDays(p.surveyedOn, 25) : null,
    };
  });
  const cases = await db
    .insert(housingCases)
    .values(values)
    .returning({ id: housingCases.id, stage: housingCases.stage });
  const lines = cases.flatMap((c, i) => {
    const plan = PLANS[i] as Plan;
    if (plan.stage === 'surveyed' || plan.stage === 'paused') return [];
    // A house being built has its fund and budget shares; a house handed over has them all.
    const all = linesOf(plan, i);
    const shown = plan.stage === 'handed_over' ? all : all.filter((l) => l.source === 'fund' || l.source === 'budget');
    return shown.map((l) => ({
      caseId: c.id,
      communeId: commune.id,
      source: l.source,
      amount: l.amount,
      fundId: l.source === 'fund' ? (fund?.id ?? null) : null,
      donorName: l.donorName ?? null,
    }));
  });
  if (lines.length) await db.insert(housingFundings).values(lines);
}
