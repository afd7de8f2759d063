import { registerIndicatorSource } from '../targets/sources';
import { driveTotals, fundNameTotal } from './queries';

/** A drive's receipts feed an indicator: "72.925.000 đồng, đạt 161%" comes from the receipts themselves. */
export function registerFundSources() {
  registerIndicatorSource({
    key: 'funds.drive_total',
    label: 'Tổng thu của một đợt vận động (từ phiếu thu)',
    params: ['driveId'],
    compute: async (db, q) => {
      const driveId = q.params.driveId;
      if (!driveId) return { value: 0 };
      const t = await driveTotals(db, driveId, q.unitPath, { from: q.from, to: q.to });
      return { value: t.total };
    },
  });
  // A province shares "money raised for Quỹ X" with all its communes: each commune has its own fund of that name.
  registerIndicatorSource({
    key: 'funds.fund_total',
    label: 'Tổng thu của các quỹ cùng tên trong địa bàn (từ phiếu thu)',
    params: ['fundName'],
    compute: async (db, q) => ({
      value: q.params.fundName ? await fundNameTotal(db, q.params.fundName, q.unitPath, { from: q.from, to: q.to }) : 0,
    }),
  });
}
