import { systemContext } from '../core/command';
import { type DemoBankDonor, writeDemoBankDonors } from './demo-bank-donors';
import { systemMeta } from '../core/actor';
import type { Db } from '../db/client';
import { acknowledgeAllocation } from '../modules/funds/commands/acknowledge-allocation';
import { createAllocation } from '../modules/funds/commands/allocate';
import { writeDrive } from '../modules/funds/commands/create-drive';
import { writeFund } from '../modules/funds/commands/create-fund';
import type { Fund } from '../modules/funds/schema';
import { writeProvinceFromOfficial } from '../modules/units/commands/create-province-from-official';
import type { Unit } from '../modules/units/schema';

export const NATIONAL_RELIEF_FUND = 'Quỹ Cứu trợ Trung ương';
export const NATIONAL_DRIVE = 'Cứu trợ đồng bào bị thiệt hại do bão số 3 (Yagi)';
export const NATIONAL_DECISION = '1268/QĐ-MTTW-BTT';
/** The province's onward allocation of its national share to xã Hồng Sơn. */
export const ONWARD_DECISION = '141/QĐ-MTTQ-BTT';

/** Donors to the central relief fund (a handful, as the province's: the demo stays fast). */
const DONORS: DemoBankDonor[] = [
  ['Tập đoàn Điện lực Việt Nam', 'business', 50_000_000_000, '2024-09-10'],
  ['Ngân hàng TMCP Công Thương Việt Nam', 'business', 30_000_000_000, '2024-09-10'],
  ['Tập đoàn Công nghiệp – Viễn thông Quân đội', 'business', 20_000_000_000, '2024-09-11'],
  ['Hội người Việt Nam tại Cộng hòa Liên bang Đức', 'organization', 2_350_000_000, '2024-09-12'],
  ['Ông Phạm Quang Minh', 'person', 100_000_000, '2024-09-13'],
];

/**
 * Two more provinces the storm hit, with their official communes (Lào Cai, which Yên Bái joined, and Thái Nguyên,
 * which Bắc Kạn joined): the national allocation goes to three provinces, and the national user has more than one to
 * allocate to.
 */
const OTHER_PROVINCES = ['15', '19'] as const;
const SHARES = { tuyenQuang: 12_000_000_000, others: [18_000_000_000, 15_000_000_000] };
const ONWARD_SHARE = 1_500_000_000;

/**
 * The national level's relief fund (the `trunguong` user's): the Yagi drive with a few receipts, one decided allocation
 * to three provinces (tỉnh Tuyên Quang among them), Tuyên Quang's acknowledgment into its own Yagi fund, and its
 * onward allocation of part of that to xã Hồng Sơn, which acknowledged it into its Quỹ Cứu trợ. All through the
 * funds' commands, so the fund books, payout numbers and audit rows are what the app writes.
 */
export async function loadDemoNationalFund(
  db: Db,
  national: Unit,
  province: { unit: Unit; fund: Fund; driveId: string },
  commune: { unit: Unit; reliefFund: Fund },
) {
  const m = systemMeta;
  const ctx = systemContext(db);
  const fund = await writeFund(db, m, national, {
    name: NATIONAL_RELIEF_FUND,
    bankBin: '970415',
    bankAccount: '112000001268',
    bankAccountName: 'UY BAN TRUNG UONG MTTQ VIET NAM',
  });
  const drive = await writeDrive(db, m, fund, national.path, {
    name: NATIONAL_DRIVE,
    code: 'YAGI2024',
    from: '2024-09-08',
    to: '2024-10-31',
    target: null,
    assignedBy: { body: 'Ban Vận động cứu trợ Trung ương' },
    indicatorId: null,
  });
  await writeDemoBankDonors(db, fund, drive.id, national, DONORS);
  const others = [];
  for (const code of OTHER_PROVINCES) others.push((await writeProvinceFromOfficial(db, m, code)).province);
  const { lines } = await createAllocation(ctx, {
    fundId: fund.id,
    decisionRef: NATIONAL_DECISION,
    date: '2024-09-15',
    purpose: 'Hỗ trợ các tỉnh khắc phục hậu quả bão số 3 (Yagi) đợt 1',
    driveId: drive.id,
    lines: [
      { unitId: province.unit.id, amount: SHARES.tuyenQuang },
      ...others.map((p, i) => ({ unitId: p.id, amount: SHARES.others[i] ?? 10_000_000_000 })),
    ],
  });
  const share = lines.find((l) => l.recipientId === province.unit.id);
  if (!share) throw new Error('the national allocation has no line for the demo province');
  await acknowledgeAllocation(ctx, { lineId: share.id, fundId: province.fund.id, date: '2024-09-17' });

  const onward = await createAllocation(ctx, {
    fundId: province.fund.id,
    decisionRef: ONWARD_DECISION,
    date: '2024-09-24',
    purpose: 'Phân bổ tiền Trung ương hỗ trợ khắc phục hậu quả bão số 3 (Yagi)',
    driveId: province.driveId,
    lines: [{ unitId: commune.unit.id, amount: ONWARD_SHARE }],
  });
  const own = onward.lines[0];
  if (own) await acknowledgeAllocation(ctx, { lineId: own.id, fundId: commune.reliefFund.id, date: '2024-09-26' });
  return { fund, drive };
}
