import { systemMeta } from '../core/actor';
import type { Db } from '../db/client';
import type { Unit } from '../modules/units/schema';
import { assignTargets } from '../modules/targets/commands/assign-targets';
import { recordEntry } from '../modules/targets/commands/record-entry';
import { createIndicator } from '../modules/targets/commands/save-indicator';
import type { Aggregation, Indicator } from '../modules/targets/schema';

export const FUND_VNN = 'Quỹ "Vì người nghèo"';
export const FUND_ISLANDS = 'Quỹ vì biển đảo Việt Nam';
export const FUND_RELIEF = 'Quỹ Cứu trợ';

/** The library of common indicators a province shares with its communes; money comes from receipts. */
const PROVINCE_LIBRARY: {
  code: string;
  name: string;
  unitLabel: string;
  aggregation: Aggregation;
  source?: string;
  sourceParams?: Record<string, string>;
}[] = [
  {
    code: 'QUY_VNN',
    name: `Vận động ${FUND_VNN}`,
    unitLabel: 'đồng',
    aggregation: 'sum',
    source: 'funds.fund_total',
    sourceParams: { fundName: FUND_VNN },
  },
  {
    code: 'QUY_BIEN_DAO',
    name: `Vận động "${FUND_ISLANDS}"`,
    unitLabel: 'đồng',
    aggregation: 'sum',
    source: 'funds.fund_total',
    sourceParams: { fundName: FUND_ISLANDS },
  },
  {
    code: 'QUY_CUU_TRO',
    name: `Vận động ${FUND_RELIEF}`,
    unitLabel: 'đồng',
    aggregation: 'sum',
    source: 'funds.fund_total',
    sourceParams: { fundName: FUND_RELIEF },
  },
  { code: 'HIEN_MAU', name: 'Hiến máu tình nguyện', unitLabel: 'đơn vị máu', aggregation: 'count' },
  { code: 'HIEN_MAU_DK', name: 'Người đăng ký hiến máu', unitLabel: 'người', aggregation: 'count' },
  { code: 'HOA_TANG', name: 'Tang lễ thực hiện hỏa táng', unitLabel: 'ca', aggregation: 'ratio' },
  {
    code: 'DINH_DANH',
    name: 'Công dân trong độ tuổi kích hoạt định danh điện tử',
    unitLabel: 'người',
    aggregation: 'ratio',
  },
  { code: 'NVQS', name: 'Thanh niên lên đường nhập ngũ', unitLabel: 'thanh niên', aggregation: 'count' },
  { code: 'HO_HO_TRO', name: 'Hộ nghèo, cận nghèo, khó khăn được hỗ trợ', unitLabel: 'hộ', aggregation: 'count' },
  { code: 'NHA_DDK', name: 'Nhà Đại đoàn kết xây mới, sửa chữa', unitLabel: 'nhà', aggregation: 'count' },
];

const H1 = { from: '2023-01-01', to: '2023-06-30' };

/**
 * xã Hồng Sơn's first half of 2023, as the seed article reports it: 132 registered and 54 units of
 * blood against 44; 72.925.000 đồng for the islands fund, 161% of the district's plan; 9 of 17
 * funerals with cremation; nearly 5.000 people with an electronic ID against an aim above 90%;
 * the district's enlistment quota met. Entered per village, as village heads would.
 */
export async function loadDemoResults(db: Db, province: Unit, commune: Unit, villages: Unit[]) {
  const m = systemMeta;
  const ind: Record<string, Indicator> = {};
  for (const def of PROVINCE_LIBRARY) ind[def.code] = await createIndicator(db, m, province, def);
  const need = (code: string) => {
    const found = ind[code];
    if (!found) throw new Error(`demo indicator ${code} missing`);
    return found;
  };
  const target = (
    code: string,
    rows: { unit: Unit; organizationId?: string; value: number }[],
    by: { unitId: string } | { body: string },
  ) =>
    assignTargets(db, m, {
      indicator: need(code),
      ...H1,
      assignedBy: by,
      rows: rows.map((r) => ({ unit: r.unit, organizationId: r.organizationId ?? null, value: r.value })),
    });
  const district = { body: 'Ủy ban MTTQ huyện' };

  await target('HIEN_MAU', [{ unit: commune, value: 44 }], { body: 'Ban Chỉ đạo hiến máu tình nguyện huyện' });
  await target('QUY_BIEN_DAO', [{ unit: commune, value: 45_300_000 }], district);
  await target('NVQS', [{ unit: commune, value: 14 }], district);
  await target('DINH_DANH', [{ unit: commune, value: 90 }], { body: 'UBND xã' });
  // The commune splits its blood target among its six villages.
  const bloodSplit = [8, 7, 7, 8, 7, 7];
  await target(
    'HIEN_MAU',
    villages.map((v, i) => ({ unit: v, value: bloodSplit[i] ?? 7 })),
    { unitId: commune.id },
  );

  const enter = async (
    code: string,
    unit: Unit,
    date: string,
    value: number,
    opts: { denominator?: number; organizationId?: string; note?: string } = {},
  ) =>
    recordEntry(db, m, {
      indicator: need(code),
      unit,
      organizationId: opts.organizationId ?? null,
      roundAssignmentId: null,
      date,
      value,
      denominator: opts.denominator ?? null,
      note: opts.note ?? null,
    });

  // Blood drive of 26/03/2023: per village units donated (sum 54) and people registered (sum 132).
  const blood = [11, 9, 10, 8, 9, 7];
  const registered = [25, 21, 24, 20, 22, 20];
  for (const [i, v] of villages.entries()) {
    await enter('HIEN_MAU', v, '2023-03-26', blood[i] ?? 0, { note: 'Ngày hội hiến máu tình nguyện xã' });
    await enter('HIEN_MAU_DK', v, '2023-03-20', registered[i] ?? 0);
  }
  // Funerals with cremation: 9 of 17.
  const cremated = [2, 1, 2, 1, 2, 1];
  const funerals = [3, 3, 3, 3, 3, 2];
  for (const [i, v] of villages.entries())
    await enter('HOA_TANG', v, '2023-06-30', cremated[i] ?? 0, { denominator: funerals[i] ?? 1 });
  // Electronic ID: 4.950 of 5.400 eligible (nearly 5.000, above the 90% aim).
  const eid = [850, 820, 860, 800, 830, 790];
  const eligible = [920, 890, 930, 870, 900, 890];
  for (const [i, v] of villages.entries())
    await enter('DINH_DANH', v, '2023-06-30', eid[i] ?? 0, { denominator: eligible[i] ?? 1 });
  // Enlistment: the district's quota of 14 met.
  await enter('NVQS', commune, '2023-02-15', 14, { note: 'Giao quân đợt 1/2023' });
  // Tết Quý Mão gifts: 43 near-poor households.
  await enter('HO_HO_TRO', commune, '2023-01-18', 43, { note: 'Chung tay Tết Quý Mão 2023: 43 hộ, 21,5 triệu đồng' });
  return ind;
}
