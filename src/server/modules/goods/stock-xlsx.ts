import { formatDateVi, todayVn } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';
import { fileSlug } from '../../http/files';
import { stockOf } from './stock';
import { findWarehouse, readableFundScope } from './warehouse';

/** The stock of a fund's warehouse as a spreadsheet (quantities and đồng as numbers), for whoever reads the store. */
export async function stockXlsxFor(db: Parameters<typeof stockOf>[0], actor: Actor, fundId: string) {
  const { fund } = await readableFundScope(db, actor, fundId);
  const warehouse = await findWarehouse(db, fundId);
  const rows = warehouse ? await stockOf(db, warehouse.id) : [];
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Tồn kho');
  ws.addRow([warehouse?.name ?? `Kho hàng hóa – ${fund.name}`]).font = { bold: true };
  ws.addRow([`Tồn kho đến ngày ${formatDateVi(todayVn())}`]);
  ws.addRow([]);
  ws.addRow([
    'STT',
    'Mặt hàng',
    'ĐVT',
    'Đã nhập',
    'Đã xuất',
    'Điều chỉnh kiểm kê',
    'Tồn kho',
    'Giá trị đã nhập (đồng)',
    'Giá trị tồn (đồng)',
  ]).font = { bold: true };
  rows.forEach((r, i) => {
    ws.addRow([i + 1, r.name, r.unit, r.received, r.issued, r.adjusted, r.onHand, r.valueReceived, r.valueOnHand]);
  });
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  ws.addRow(['', 'Tổng cộng', '', '', '', '', '', sum((r) => r.valueReceived), sum((r) => r.valueOnHand)]).font = {
    bold: true,
  };
  for (const c of [4, 5, 6, 7, 8, 9]) ws.getColumn(c).numFmt = '#,##0';
  ws.columns.forEach((c, i) => {
    c.width = [6, 30, 8, 12, 12, 14, 12, 20, 20][i] ?? 12;
  });
  return { bytes: await workbookBytes(wb), fileName: `ton-kho-${fileSlug(fund.name, 'quy')}.xlsx` };
}
