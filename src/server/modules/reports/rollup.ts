import { formatDateVi } from '../../../lib/dates';
import { figure, percentLabel } from '../../../lib/figure';
import { formatInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { writeTable } from './report-xlsx';
import type { ReportCell, ReportColumn, ReportFigure, ReportModel } from './types';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';

export type RollupCell = { value: number; denominator?: number; target?: number; percent: string | null; text: string };
export type RollupRow = {
  key: string;
  label: string;
  unitLabel: string;
  aggregation: ReportFigure['aggregation'];
  group: ReportFigure['group'];
  cells: (RollupCell | null)[];
  total: RollupCell;
};
export type RollupCommune = {
  unitId: string;
  name: string;
  kind: string;
  submitted: boolean;
  report: { id: string; number: string | null; issuedDate: string | null; submittedAt: string; title: string } | null;
};

function cellOf(f: Pick<ReportFigure, 'aggregation' | 'value' | 'denominator' | 'target'>): RollupCell {
  const ratio = f.aggregation === 'ratio';
  const percent = figure({ ...f, unitLabel: '', actual: f.value }).rounded;
  const text = ratio ? `${formatInteger(f.value)}/${formatInteger(f.denominator ?? 0)}` : formatInteger(f.value);
  return {
    value: f.value,
    ...(f.denominator !== undefined && { denominator: f.denominator }),
    ...(f.target !== undefined && { target: f.target }),
    percent,
    text,
  };
}

/**
 * One table of the communes' submitted figures: a row per figure (indicators by code first, then the
 * other work), a column per commune (null where it has not submitted or does not report it) and
 * the total — sums, ratios summed over numerator and denominator, targets summed where given.
 */
export function combineFigures(communes: { unitId: string }[], models: Map<string, ReportModel>) {
  const rows = new Map<string, RollupRow>();
  const order: string[] = [];
  const cells = new Map<string, Map<string, ReportFigure>>();
  for (const c of communes) {
    const m = models.get(c.unitId);
    if (!m) continue;
    for (const f of m.figures) {
      if (!rows.has(f.key)) {
        order.push(f.key);
        rows.set(f.key, {
          key: f.key,
          label: f.label,
          unitLabel: f.unitLabel,
          aggregation: f.aggregation,
          group: f.group,
          cells: [],
          total: { value: 0, percent: null, text: '' },
        });
      }
      const byCommune = cells.get(f.key) ?? new Map<string, ReportFigure>();
      byCommune.set(c.unitId, f);
      cells.set(f.key, byCommune);
    }
  }
  const sorted = [...order].sort((a, b) => Number(!a.startsWith('indicator.')) - Number(!b.startsWith('indicator.')));
  return sorted.map((key) => {
    const row = rows.get(key) as RollupRow;
    const byCommune = cells.get(key) ?? new Map<string, ReportFigure>();
    let value = 0;
    let denominator = 0;
    let target = 0;
    let hasTarget = false;
    row.cells = communes.map((c) => {
      const f = byCommune.get(c.unitId);
      if (!f) return null;
      value += f.value;
      denominator += f.denominator ?? 0;
      if (f.target !== undefined && f.aggregation !== 'ratio') {
        target += f.target;
        hasTarget = true;
      }
      return cellOf(f);
    });
    row.total = cellOf({
      aggregation: row.aggregation,
      value,
      denominator: row.aggregation === 'ratio' ? denominator : undefined,
      target: hasTarget ? target : undefined,
    });
    return row;
  });
}

/** The roll-up as a spreadsheet: who submitted, then the combined table. */
export async function rollupXlsx(
  province: { kind: string; name: string },
  periodLabel: string,
  communes: RollupCommune[],
  rows: RollupRow[],
): Promise<Uint8Array<ArrayBuffer>> {
  const wb = newWorkbook();
  const title = `Ủy ban MTTQ Việt Nam ${unitDisplayName(province)}`;
  const ws = wb.addWorksheet('Tổng hợp', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const columns: ReportColumn[] = [
    { header: 'STT', type: 'index', width: 0.6 },
    { header: 'Chỉ tiêu', width: 3 },
    { header: 'Đơn vị tính', width: 1.2 },
    ...communes.map((c) => ({ header: unitDisplayName(c), type: 'number' as const, width: 1.3 })),
    { header: 'Tổng cộng', type: 'number', width: 1.4 },
    { header: 'Chỉ tiêu giao', type: 'number', width: 1.3 },
    { header: 'Đạt (%)', width: 0.9 },
  ];
  const value = (c: RollupCell | null): ReportCell =>
    c === null ? null : c.denominator !== undefined ? c.text : c.value;
  const body: ReportCell[][] = rows.map((r, i) => [
    i + 1,
    r.label,
    r.unitLabel,
    ...r.cells.map(value),
    value(r.total),
    r.total.target ?? null,
    r.total.percent === null ? '' : percentLabel(r.total.percent),
  ]);
  writeTable(
    ws,
    [
      `BẢNG TỔNG HỢP KẾT QUẢ CÔNG TÁC MẶT TRẬN ${periodLabel.toLocaleUpperCase('vi')}`,
      title,
      `Số xã đã gửi báo cáo: ${communes.filter((c) => c.submitted).length}/${communes.length}`,
    ],
    columns,
    body,
  );
  const ws2 = wb.addWorksheet('Tình hình gửi báo cáo');
  writeTable(
    ws2,
    ['TÌNH HÌNH GỬI BÁO CÁO', title, periodLabel],
    [
      { header: 'STT', type: 'index', width: 0.6 },
      { header: 'Đơn vị', width: 2.5 },
      { header: 'Đã gửi', width: 1 },
      { header: 'Số báo cáo', width: 1.8 },
      { header: 'Ngày ban hành', width: 1.4 },
    ],
    communes.map((c, i) => [
      i + 1,
      unitDisplayName(c),
      c.submitted ? 'Đã gửi' : 'Chưa gửi',
      c.report?.number ?? '',
      c.report?.issuedDate ? formatDateVi(c.report.issuedDate) : '',
    ]),
  );
  return workbookBytes(wb);
}
