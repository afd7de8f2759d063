import { systemContext, systemActor } from '../core/command';
import { type DemoBankDonor, writeDemoBankDonors } from './demo-bank-donors';
import { systemMeta } from '../core/actor';
import type { Db } from '../db/client';
import { acknowledgeAllocation } from '../modules/funds/commands/acknowledge-allocation';
import { createAllocation } from '../modules/funds/commands/allocate';
import { writeDrive } from '../modules/funds/commands/create-drive';
import { writeFund } from '../modules/funds/commands/create-fund';
import { createFundAccount } from '../modules/funds/commands/fund-accounts';
import { enqueueSystemJob } from '../modules/jobs/commands/enqueue-job';
import { listUnits } from '../modules/units/queries';
import { DEMO_STATEMENTS_JOB } from './demo-statements-job';
import type { Unit } from '../modules/units/schema';
import { FUND_RELIEF } from './load-demo-results';

export const PROVINCE_RELIEF_FUND = 'Quỹ Cứu trợ tỉnh — bão số 3 (Yagi) 2024';

/** The province's donors after the storm (a handful: the demo stays fast; the statement generator makes the many). */
const DONORS: DemoBankDonor[] = [
  ['Ngân hàng TMCP Ngoại thương Việt Nam – Chi nhánh Tuyên Quang', 'business', 500_000_000, '2024-09-10'],
  ['Công ty Cổ phần Xi măng Tân Quang', 'business', 300_000_000, '2024-09-11'],
  ['Cán bộ, công chức, viên chức Sở Giáo dục và Đào tạo', 'organization', 185_400_000, '2024-09-12'],
  ['Hội Doanh nhân trẻ tỉnh', 'organization', 120_000_000, '2024-09-13'],
  ['Bà Nguyễn Thị Thanh Hương', 'person', 50_000_000, '2024-09-14'],
];

/**
 * A relief fund of the demo province (the `tinh` user's): a storm drive with the province's receipts, one allocation
 * decision to four of its communes, paid out as four payouts; xã Hồng Sơn has acknowledged its share into its own
 * Quỹ Cứu trợ, the others have not yet (so the province sees both states and the commune's start page is empty).
 */
export async function loadDemoProvinceFund(db: Db, province: Unit, commune: Unit) {
  const m = systemMeta;
  const fund = await writeFund(db, m, province, {
    name: PROVINCE_RELIEF_FUND,
    bankBin: '970415',
    bankAccount: '117000999888',
    bankAccountName: 'UY BAN MTTQ VIET NAM TINH TUYEN QUANG',
  });
  const drive = await writeDrive(db, m, fund, province.path, {
    name: 'Vận động ủng hộ đồng bào bị thiệt hại do bão số 3 (Yagi)',
    code: 'YAGI2024',
    from: '2024-09-08',
    to: '2024-10-31',
    // The storm statements' 100,000 transfers bring some 257 tỷ đồng (the job): a target of that order.
    target: 250_000_000_000,
    assignedBy: { body: 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh' },
    indicatorId: null,
  });
  await writeDemoBankDonors(db, fund, drive.id, province, DONORS);
  const others = (await listUnits(db, systemActor, { parentId: province.id }))
    .filter((u) => u.level === 'commune' && u.id !== commune.id)
    .slice(0, 3);
  const shares = [300_000_000, 250_000_000, 200_000_000, 150_000_000];
  const ctx = systemContext(db);
  const { lines } = await createAllocation(ctx, {
    fundId: fund.id,
    decisionRef: '125/QĐ-MTTQ-BTT',
    date: '2024-09-20',
    purpose: 'Hỗ trợ các xã khắc phục hậu quả bão số 3 (Yagi)',
    driveId: drive.id,
    lines: [commune, ...others].map((c, i) => ({ communeId: c.id, amount: shares[i] ?? 100_000_000 })),
  });
  const relief = await writeFund(db, m, commune, { name: FUND_RELIEF });
  const own = lines.find((l) => l.recipientId === commune.id);
  if (own) await acknowledgeAllocation(ctx, { lineId: own.id, fundId: relief.id, date: '2024-09-23' });
  await queueStormStatements(db, province, fund.id, drive.id);
  return { fund, drive, relief };
}

/** Transfers the demo's storm statements hold (DEMO_STATEMENT_ROWS; 0 for none, as the tests load the demo). */
const statementRows = () => {
  const n = Number(process.env.DEMO_STATEMENT_ROWS ?? 100_000);
  return Number.isInteger(n) && n >= 0 ? n : 100_000;
};

/**
 * The province fund's three accounts and, as a job, their statements of 10–19/09/2024: 100,000 transfers in the
 * shapes the front's Yagi statements had (VietinBank 45%, BIDV 35%, Agribank 20%), counted to the storm drive.
 */
async function queueStormStatements(db: Db, province: Unit, fundId: string, driveId: string) {
  const ctx = systemContext(db);
  const banks = [
    { bank: 'vietinbank', bankName: 'VietinBank', bankBin: '970415', accountNo: '117000999888', share: 0.45 },
    { bank: 'bidv', bankName: 'BIDV', bankBin: '970418', accountNo: '12010000599888', share: 0.35 },
    { bank: 'agribank', bankName: 'Agribank', bankBin: '970405', accountNo: '8000211999888', share: 0.2 },
  ] as const;
  const accounts = [];
  for (const b of banks) {
    const { bank, share, ...fields } = b;
    const { account: a } = await createFundAccount(ctx, { fundId, ...fields, defaultDriveId: driveId });
    accounts.push({ accountId: a.id, accountNo: a.accountNo, bank, share });
  }
  const rows = statementRows();
  if (rows === 0) return;
  await enqueueSystemJob(db, {
    kind: DEMO_STATEMENTS_JOB,
    communeId: province.id,
    scopePath: province.path,
    input: { rows, accounts },
  });
}
