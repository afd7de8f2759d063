import { stringify } from 'csv-stringify/sync';
import { formatDateVi } from '../../../lib/dates';
import { neutraliseFormula } from '../../../lib/formula-text';
import { unitDisplayName } from '../../../lib/units';
import { compareVi } from '../../../lib/vi-text';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';
import type { ChildCounts } from './queries';

/**
 * The member counts the level above asks for, one row per village (of a commune) or commune (of a province), in a
 * fixed layout — STT, Đơn vị, Mã, Số chi hội, Số người, Số lượt hội viên, then one column per organisation (its
 * short name), then the front's own (committee, standing committee, village boards: registered by the bodies
 * module) — and a total row. The same table as .xlsx (with a title) and as CSV (UTF-8 with BOM, for Excel).
 */
export type CountsTable = {
  title: string;
  unitName: string;
  asOf: string;
  columns: string[];
  rows: (string | number)[][];
};

export const FIXED_COLUMNS = ['STT', 'Đơn vị', 'Mã', 'Số chi hội', 'Số người', 'Số lượt hội viên'];

export function countsTable(
  parent: { kind: string; name: string },
  children: { id: string; kind: string; name: string; code: string | null }[],
  counts: ChildCounts[],
  asOf: string,
  extra: { label: string; values: Map<string, number> }[] = [],
): CountsTable {
  const byId = new Map(counts.map((c) => [c.unitId, c]));
  const orgs = [...new Set(counts.flatMap((c) => [...c.byOrganization.keys()]))].sort(compareVi);
  const sorted = [...children].sort((a, b) => compareVi(a.name, b.name));
  const rows = sorted.map((u, i) => {
    const c = byId.get(u.id);
    return [
      i + 1,
      unitDisplayName(u),
      u.code ?? '',
      c?.branches ?? 0,
      c?.people ?? 0,
      c?.memberships ?? 0,
      ...orgs.map((o) => c?.byOrganization.get(o) ?? 0),
      ...extra.map((x) => x.values.get(u.id) ?? 0),
    ];
  });
  const sum = (col: number) => rows.reduce((n, r) => n + Number(r[col] ?? 0), 0);
  // People are counted once per child; a person belongs to one village, so the sum over villages is exact.
  const total = [
    '',
    'Tổng cộng',
    '',
    sum(3),
    sum(4),
    sum(5),
    ...orgs.map((_, j) => sum(6 + j)),
    ...extra.map((_, j) => sum(6 + orgs.length + j)),
  ];
  return {
    title: 'SỐ LIỆU HỘI VIÊN CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI',
    unitName: unitDisplayName(parent),
    asOf,
    columns: [...FIXED_COLUMNS, ...orgs, ...extra.map((x) => x.label)],
    rows: [...rows, total],
  };
}

export async function countsXlsx(t: CountsTable): Promise<Uint8Array<ArrayBuffer>> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Hội viên');
  ws.addRow([t.title]).font = { bold: true, size: 13 };
  ws.addRow([`${t.unitName} — tính đến ngày ${formatDateVi(t.asOf)}`]).font = { italic: true };
  ws.addRow([]);
  const header = ws.addRow(t.columns);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  for (const r of t.rows) ws.addRow(r);
  const last = ws.lastRow;
  if (last) last.font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = i === 1 ? 28 : i === 0 ? 6 : 12;
    if (i >= 3) c.numFmt = '#,##0';
  });
  ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 2 }];
  return workbookBytes(wb);
}

export function countsCsv(t: CountsTable): Uint8Array<ArrayBuffer> {
  const text = stringify(
    [t.columns, ...t.rows.map((r) => r.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v)))],
    {
      bom: true,
    },
  );
  return new Uint8Array(new TextEncoder().encode(text));
}
