import { and, eq, isNull } from 'drizzle-orm';
import { systemMeta } from '../core/actor';
import type { Db } from '../db/client';
import { foldVietnamese } from '../../lib/vi-text';
import { recordAudit } from '../modules/audit/record-audit';
import { balanceParts } from '../modules/funds/queries';
import { disbursements, funds } from '../modules/funds/schema';
import { householdYearCategories, households, type HouseholdCategory } from '../modules/households/schema';
import { reliefPrograms, reliefSupports } from '../modules/relief/schema';
import type { Unit } from '../modules/units/schema';
import { FUND_VNN } from './load-demo-results';

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Phan',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Tạ',
  'Kiều',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thị', 'Văn', 'Minh', 'Thị', 'Xuân', 'Quang', 'Thị', 'Hữu', 'Ngọc'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Hoa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Liên',
  'Long',
  'Mai',
  'Minh',
  'Nam',
  'Nga',
  'Nhung',
  'Phúc',
  'Phương',
  'Quý',
  'Sơn',
  'Tâm',
  'Thanh',
  'Thảo',
  'Thắng',
  'Thủy',
  'Tiến',
  'Toàn',
  'Trang',
  'Tuấn',
  'Vân',
  'Xuân',
  'Yến',
  'Lộc',
  'Chiến',
  'Khoa',
];

/** A plausible, deterministic head-of-household name; the index keeps names distinct enough. */
const nameOf = (i: number) =>
  `${SURNAMES[i % SURNAMES.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 11) % GIVEN.length]}`;

const DONORS = [
  'Công ty TNHH Vật liệu Hồng Phát',
  'Ngân hàng Nông nghiệp chi nhánh Hồng Sơn',
  'Quỹ Tấm lòng vàng tỉnh Tuyên Quang',
  'Hội đồng hương Hồng Sơn tại Hà Nội',
  'Ông Hoàng Văn Minh',
  'Bà Nguyễn Thị Thu Hà',
  'Doanh nghiệp tư nhân Tiến Đạt',
  'Chùa Hồng Phúc',
  'Cán bộ, công chức xã Hồng Sơn',
  'Hợp tác xã nông nghiệp Hồng Sơn',
  'Nhóm thiện nguyện "Áo ấm cho em"',
  'Bưu điện văn hóa xã Hồng Sơn',
];

/**
 * The seed's relief figures in xã Hồng Sơn, Tết Quý Mão 2023:
 * - "Chung tay Tết Quý Mão 2023" with the UBND xã: 43 near-poor households × 500.000 đồng =
 *   21.500.000 đồng, paid by the Quỹ "Vì người nghèo" payout loadDemoFunds already wrote (the payout
 *   is linked to the programme; no second payout, so the fund keeps its 5.000.000 đồng);
 * - "Tặng quà Tết cho hộ cận nghèo, hộ chính sách 2023": gifts from many donors to 257 households,
 *   72.800.000 đồng in cash and goods ("trên 70 triệu đồng").
 * Households are written with multi-row inserts to keep the demo quick.
 */
export async function loadDemoRelief(db: Db, commune: Unit, villages: Unit[]) {
  if (villages.length === 0) return null;
  const meta = systemMeta;
  // 43 near-poor households over the six villages, then 214 policy, poor and hardship households.
  const nearPoorSplit = [8, 7, 8, 7, 7, 6];
  const others: { category: HouseholdCategory; count: number }[] = [
    { category: 'policy', count: 96 },
    { category: 'poor', count: 38 },
    { category: 'hardship', count: 52 },
    { category: 'lonely_elderly', count: 16 },
    { category: 'disability', count: 12 },
  ];
  const plan: { village: Unit; category: HouseholdCategory }[] = [];
  villages.forEach((v, vi) => {
    for (let k = 0; k < (nearPoorSplit[vi] ?? 7); k++) plan.push({ village: v, category: 'near_poor' });
  });
  let n = 0;
  for (const o of others)
    for (let k = 0; k < o.count; k++)
      plan.push({ village: villages[n++ % villages.length] as Unit, category: o.category });

  const hhRows = await db
    .insert(households)
    .values(
      plan.map((p, i) => {
        const headName = nameOf(i);
        return {
          communeId: commune.id,
          villageId: p.village.id,
          unitPath: p.village.path,
          headName,
          headNameFolded: foldVietnamese(headName),
          address: `Xóm ${(i % 5) + 1}, ${p.village.name}`,
          members: (i % 5) + 1,
        };
      }),
    )
    .returning({ id: households.id, unitPath: households.unitPath });
  const hh = hhRows.map((r, i) => ({ ...r, category: (plan[i] as (typeof plan)[number]).category }));
  await db.insert(householdYearCategories).values(
    hh.map((r) => ({
      householdId: r.id,
      communeId: commune.id,
      year: 2023,
      category: r.category,
      decisionRef: 'QĐ 125/QĐ-UBND ngày 28/12/2022',
    })),
  );
  // Some poor households are also policy households: two categories, counted in both.
  await db.insert(householdYearCategories).values(
    hh
      .filter((r) => r.category === 'poor')
      .slice(0, 10)
      .map((r) => ({ householdId: r.id, communeId: commune.id, year: 2023, category: 'policy' as const })),
  );

  // Programme 1: paid by the fund's existing Tết payout, never a second one.
  const [fund] = await db
    .select()
    .from(funds)
    .where(and(eq(funds.communeId, commune.id), eq(funds.name, FUND_VNN)))
    .limit(1);
  const [payout] = fund
    ? await db
        .select()
        .from(disbursements)
        .where(
          and(eq(disbursements.fundId, fund.id), eq(disbursements.amount, 21_500_000), isNull(disbursements.voidedAt)),
        )
        .limit(1)
    : [];
  const nearPoor = hh.filter((r) => r.category === 'near_poor');
  const [tet] = await db
    .insert(reliefPrograms)
    .values({
      communeId: commune.id,
      name: 'Chung tay Tết Quý Mão 2023',
      date: '2023-01-18',
      partner: 'UBND xã',
      targetCategories: ['near_poor'],
      note: 'Mỗi hộ cận nghèo 500.000 đồng, trích Quỹ "Vì người nghèo" (phiếu chi theo Quyết định 02/QĐ-MTTQ).',
    })
    .returning();
  if (!tet) throw new Error('demo relief programme missing');
  const fromFund = fund && payout;
  if (fromFund && (await balanceParts(db, fund.id)).balance < 0) throw new Error('demo fund overdrawn');
  await db.insert(reliefSupports).values(
    nearPoor.map((r) => ({
      programId: tet.id,
      communeId: commune.id,
      householdId: r.id,
      unitPath: r.unitPath,
      kind: 'cash' as const,
      value: 500_000,
      description: null,
      sourceKind: fromFund ? ('fund' as const) : ('donor' as const),
      fundId: fromFund ? fund.id : null,
      disbursementId: fromFund ? payout.id : null,
      donorName: fromFund ? null : 'Nhà hảo tâm',
      handedOverAt: '2023-01-18',
      handedOverBy: 'Trưởng ban CTMT thôn',
    })),
  );
  if (payout) await db.update(disbursements).set({ reliefProgramId: tet.id }).where(eq(disbursements.id, payout.id));
  await recordAudit(db, meta, {
    action: 'relief_program.demo_load',
    entity: 'relief_program',
    entityId: tet.id,
    communeId: commune.id,
    scopePath: commune.path,
    after: { households: nearPoor.length, value: nearPoor.length * 500_000 },
  });

  // Programme 2: gifts from many donors to all 257 households, cash or goods.
  const [gifts] = await db
    .insert(reliefPrograms)
    .values({
      communeId: commune.id,
      name: 'Tặng quà Tết cho hộ cận nghèo, hộ chính sách 2023',
      date: '2023-01-19',
      partner: 'UBND xã',
      targetCategories: ['near_poor', 'policy', 'poor', 'hardship', 'lonely_elderly', 'disability'],
      note: 'Quà của các nhà hảo tâm, doanh nghiệp, người con quê hương.',
    })
    .returning();
  if (!gifts) throw new Error('demo relief programme missing');
  await db.insert(reliefSupports).values(
    hh.map((r, i) => {
      const goods = i % 3 === 0;
      return {
        programId: gifts.id,
        communeId: commune.id,
        householdId: r.id,
        unitPath: r.unitPath,
        kind: goods ? ('goods' as const) : ('cash' as const),
        value: goods ? 250_000 : 300_000,
        description: goods ? 'Gạo 10 kg, dầu ăn, bánh chưng' : null,
        sourceKind: 'donor' as const,
        donorName: DONORS[i % DONORS.length] as string,
        handedOverAt: i % 10 === 9 ? null : '2023-01-19',
        handedOverBy: i % 10 === 9 ? null : 'Ban Thường trực',
      };
    }),
  );
  await recordAudit(db, meta, {
    action: 'relief_program.demo_load',
    entity: 'relief_program',
    entityId: gifts.id,
    communeId: commune.id,
    scopePath: commune.path,
    after: { households: hh.length },
  });
  return { tet, gifts };
}
