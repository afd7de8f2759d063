import { systemMeta } from '../core/actor';
import type { Db } from '../db/client';
import { writeDrive } from '../modules/funds/commands/create-drive';
import { writeFund } from '../modules/funds/commands/create-fund';
import { writeDisbursement } from '../modules/funds/commands/move-money';
import { writeDonation, type DonationInput } from '../modules/funds/commands/record-donation';
import type { Fund } from '../modules/funds/schema';
import type { Organization, Unit } from '../modules/units/schema';
import { FUND_ISLANDS, FUND_VNN } from './load-demo-results';

type Orgs = { women?: Organization; farmers?: Organization; veterans?: Organization; youth?: Organization };

/**
 * The seed's "Quỹ vì biển đảo Việt Nam" drive: receipts through the six villages and four
 * organisations adding up to 72.925.000 đồng, against the district's plan of 45.300.000 (161%);
 * and Quỹ "Vì người nghèo" with receipts and the Tết payout to 43 near-poor households (21,5 triệu).
 */
export async function loadDemoFunds(db: Db, commune: Unit, villages: Unit[], orgs: Orgs) {
  const m = systemMeta;
  const islands = await writeFund(db, m, commune, {
    name: FUND_ISLANDS,
    bankBin: '970405',
    bankAccount: '3600205123456',
    bankAccountName: 'UY BAN MTTQ XA HONG SON',
  });
  const drive = await writeDrive(db, m, islands, commune.path, {
    name: 'Vận động ủng hộ Quỹ vì biển đảo Việt Nam năm 2023',
    code: 'BIENDAO2023',
    from: '2023-01-01',
    to: '2023-06-30',
    target: 45_300_000,
    assignedBy: { body: 'Ủy ban MTTQ huyện' },
    indicatorId: null,
  });
  const receipt = (
    fund: Fund,
    over: Partial<DonationInput> & Pick<DonationInput, 'donorName' | 'amount' | 'date' | 'collectedAt'>,
  ) =>
    writeDonation(db, m, fund, {
      driveId: null,
      donorKind: 'household',
      donorAddress: null,
      publicAnonymous: false,
      method: 'cash',
      inKindDescription: null,
      inKindValue: 0,
      organizationId: null,
      pledgeId: null,
      bankRowId: null,
      note: null,
      ...over,
    });

  const byVillage = [9_500_000, 8_200_000, 10_125_000, 7_600_000, 8_000_000, 6_500_000];
  for (const [i, v] of villages.entries()) {
    await receipt(islands, {
      driveId: drive.id,
      donorKind: 'organization',
      donorName: `Nhân dân ${v.name}`,
      amount: byVillage[i] ?? 0,
      date: '2023-05-15',
      collectedAt: v,
      note: 'Tổng hợp quyên góp của thôn',
    });
  }
  const byOrg: [Organization | undefined, number][] = [
    [orgs.women, 11_000_000],
    [orgs.youth, 4_500_000],
    [orgs.farmers, 4_000_000],
    [orgs.veterans, 3_500_000],
  ];
  for (const [org, amount] of byOrg) {
    if (!org) continue;
    await receipt(islands, {
      driveId: drive.id,
      donorKind: 'organization',
      donorName: org.name,
      amount,
      date: '2023-05-19',
      collectedAt: commune,
      organizationId: org.id,
    });
  }

  const poor = await writeFund(db, m, commune, {
    name: FUND_VNN,
    bankBin: '970405',
    bankAccount: '3600205654321',
    bankAccountName: 'UY BAN MTTQ XA HONG SON',
  });
  const vnnDrive = await writeDrive(db, m, poor, commune.path, {
    name: 'Tháng cao điểm "Vì người nghèo" – Chung tay Tết Quý Mão 2023',
    code: 'VNN2023',
    from: '2023-01-01',
    to: '2023-01-31',
    target: 20_000_000,
    assignedBy: { unitId: commune.id },
    indicatorId: null,
  });
  const [first, second] = villages;
  if (first && second) {
    await receipt(poor, {
      driveId: vnnDrive.id,
      donorKind: 'business',
      donorName: 'Công ty TNHH Vật liệu Hồng Phát',
      amount: 10_000_000,
      date: '2023-01-10',
      collectedAt: commune,
    });
    await receipt(poor, {
      driveId: vnnDrive.id,
      donorKind: 'person',
      donorName: 'Ông Hoàng Văn Minh',
      amount: 5_000_000,
      date: '2023-01-11',
      collectedAt: first,
    });
    await receipt(poor, {
      driveId: vnnDrive.id,
      donorKind: 'anonymous',
      donorName: 'Nhà hảo tâm',
      amount: 3_000_000,
      date: '2023-01-12',
      collectedAt: second,
    });
    await receipt(poor, {
      driveId: vnnDrive.id,
      donorKind: 'business',
      donorName: 'Cửa hàng tạp hóa Thu Hà',
      amount: 1_000_000,
      inKindDescription: '50 thùng mì, 20 bao gạo 10 kg',
      inKindValue: 6_500_000,
      date: '2023-01-12',
      collectedAt: commune,
    });
    await receipt(poor, {
      driveId: vnnDrive.id,
      donorKind: 'organization',
      donorName: 'Cán bộ, công chức xã Hồng Sơn',
      amount: 7_500_000,
      date: '2023-01-13',
      collectedAt: commune,
    });
  }
  await writeDisbursement(db, m, poor, commune.path, {
    driveId: vnnDrive.id,
    amount: 21_500_000,
    date: '2023-01-18',
    purpose: 'Chung tay Tết Quý Mão 2023: quà cho 43 hộ cận nghèo, hộ có hoàn cảnh khó khăn (500.000 đồng/hộ)',
    recipient: '43 hộ cận nghèo, hộ khó khăn (danh sách kèm theo)',
    decisionRef: '02/QĐ-MTTQ',
    reliefProgramId: null,
  });
  return { islands, drive, poor, vnnDrive };
}
