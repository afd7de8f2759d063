import { formatDateVi } from '../../../lib/dates';
import { unitDisplayName } from '../../../lib/units';
import type { driveDisclosure } from './disclosure';
import { newWorkbook, workbookBytes } from '../../files/write-sheet';

type Disclosure = NonNullable<Awaited<ReturnType<typeof driveDisclosure>>>;

/** The sao kê as a spreadsheet: donors, payouts and totals, money as numbers with thousands separators. */
export async function disclosureXlsx(d: Disclosure): Promise<Uint8Array<ArrayBuffer>> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Công khai');
  ws.addRow([`Ủy ban MTTQ Việt Nam ${unitDisplayName(d.commune)}`]).font = { bold: true };
  ws.addRow([
    `Công khai ${d.drive.name} (${d.fund.name}), từ ${formatDateVi(d.drive.from)} đến ${formatDateVi(d.drive.to)}`,
  ]).font = { bold: true };
  ws.addRow([]);
  const head = ws.addRow([
    'STT',
    'Số phiếu',
    'Ngày',
    'Người ủng hộ',
    'Tiền (đồng)',
    'Hiện vật',
    'Giá trị hiện vật (đồng)',
  ]);
  head.font = { bold: true };
  d.donors.forEach((x, i) => {
    ws.addRow([
      i + 1,
      x.receiptNo,
      formatDateVi(x.date),
      x.donorName,
      x.amount,
      x.inKindDescription ?? '',
      x.inKindValue || null,
    ]);
  });
  ws.addRow(['', '', '', 'Tổng cộng', d.totals.cash, '', d.totals.goods]).font = { bold: true };
  ws.addRow([]);
  ws.addRow(['', 'Số phiếu chi', 'Ngày', 'Nội dung chi', 'Số tiền (đồng)', 'Người nhận']).font = { bold: true };
  for (const p of d.payouts) ws.addRow(['', p.payoutNo, formatDateVi(p.date), p.purpose, p.amount, p.recipient]);
  ws.addRow(['', '', '', 'Đã chi', d.totals.paidOut]).font = { bold: true };
  ws.addRow(['', '', '', 'Còn lại (tiền mặt)', d.totals.balance]).font = { bold: true };
  ws.getColumn(5).numFmt = '#,##0';
  ws.getColumn(7).numFmt = '#,##0';
  ws.columns.forEach((c, i) => {
    c.width = [6, 16, 12, 40, 16, 30, 18][i] ?? 12;
  });
  return workbookBytes(wb);
}
