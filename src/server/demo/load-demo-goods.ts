import { systemActor, systemContext } from '../core/command';
import type { Db } from '../db/client';
import { writeDrive } from '../modules/funds/commands/create-drive';
import { writeFund } from '../modules/funds/commands/create-fund';
import { listDrives, listFunds } from '../modules/funds/queries';
import { recordGoodsCount } from '../modules/goods/commands/record-count';
import { recordGoodsIssue } from '../modules/goods/commands/record-issue';
import { recordGoodsReceipt } from '../modules/goods/commands/record-receipt';
import { listItems } from '../modules/goods/queries';
import { findWarehouse } from '../modules/goods/warehouse';
import type { Unit } from '../modules/units/schema';
import { FUND_RELIEF } from './load-demo-results';

/**
 * Hồng Sơn's relief fund warehouse after the September 2024 storm: goods received from businesses, a union and an
 * anonymous giver (gạo 2.000 kg, mì tôm 300 thùng, nước uống 500 thùng, quần áo 400 bộ), issued to the villages
 * under the committee's decisions, and one stock count that found 2 thùng of water damaged.
 */
export async function loadDemoGoods(db: Db, commune: Unit, villages: Unit[]) {
  const ctx = systemContext(db);
  const existing = (await listFunds(db, systemActor, commune.id)).find((r) => r.fund.name === FUND_RELIEF);
  const fund = existing?.fund ?? (await writeFund(db, ctx.meta, commune, { name: FUND_RELIEF }));
  // The drive gives the goods their public page (the portal's disclosure is per drive). The fund may already exist (the
  // province's allocation is acknowledged into it), without this drive.
  if (!(await listDrives(db, fund.id)).some((d) => d.code === 'BAO3N2024'))
    await writeDrive(db, ctx.meta, fund, commune.path, {
      name: 'Vận động ủng hộ đồng bào bị thiệt hại do bão số 3 năm 2024',
      code: 'BAO3N2024',
      from: '2024-09-08',
      to: '2024-10-31',
      target: null,
      assignedBy: null,
      indicatorId: null,
    });
  const receipt = (
    date: string,
    donorName: string,
    lines: { name: string; unit: string; quantity: number; value: number }[],
    publicAnonymous = false,
  ) => recordGoodsReceipt(ctx, fund.id, { date, donorName, publicAnonymous, lines });
  await receipt('2024-09-10', 'Công ty TNHH Lương thực Hồng Phát', [
    { name: 'Gạo', unit: 'kg', quantity: 1_500, value: 27_000_000 },
    { name: 'Mì tôm', unit: 'thùng', quantity: 200, value: 24_000_000 },
  ]);
  await receipt('2024-09-11', 'Hội Liên hiệp Phụ nữ tỉnh', [
    { name: 'Nước uống đóng chai', unit: 'thùng', quantity: 500, value: 40_000_000 },
    { name: 'Quần áo', unit: 'bộ', quantity: 400, value: 20_000_000 },
  ]);
  await receipt(
    '2024-09-12',
    'Nhà hảo tâm',
    [
      { name: 'Gạo', unit: 'kg', quantity: 500, value: 9_000_000 },
      { name: 'Mì tôm', unit: 'thùng', quantity: 100, value: 12_000_000 },
    ],
    true,
  );
  const warehouse = await findWarehouse(db, fund.id);
  if (!warehouse) return;
  const items = new Map((await listItems(db, warehouse.id)).map((i) => [i.name, i.id]));
  const id = (name: string) => items.get(name) ?? '';
  const shares = [
    { rice: 600, noodles: 100, water: 150, clothes: 120, households: 62 },
    { rice: 500, noodles: 80, water: 120, clothes: 100, households: 48 },
    { rice: 400, noodles: 60, water: 100, clothes: 80, households: 35 },
  ];
  let n = 0;
  for (const [i, village] of villages.slice(0, shares.length).entries()) {
    const s = shares[i];
    if (!s) continue;
    n++;
    await recordGoodsIssue(ctx, fund.id, {
      date: '2024-09-13',
      villageId: village.id,
      recipient: `${s.households} hộ bị ngập, sập mái`,
      decisionRef: `${n}/QĐ-MTTQ-BTT ngày 12/9/2024`,
      lines: [
        { itemId: id('Gạo'), quantity: s.rice },
        { itemId: id('Mì tôm'), quantity: s.noodles },
        { itemId: id('Nước uống đóng chai'), quantity: s.water },
        { itemId: id('Quần áo'), quantity: s.clothes },
      ],
    });
  }
  // The book says 130 thùng of water left; the count finds 128 (two crushed and leaking in the flood).
  await recordGoodsCount(ctx, fund.id, {
    date: '2024-09-20',
    lines: [
      { itemId: id('Gạo'), counted: 500 },
      { itemId: id('Nước uống đóng chai'), counted: 128, reason: '2 thùng bị bẹp, rò rỉ do ngập nước' },
    ],
  });
}
