import { formatDateVi } from '../../../lib/dates';
import { formatMoney } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { placeDateLine, type OfficialDocument, type TableCell } from '../documents/model';
import type { Unit } from '../units/schema';
import type { SlipWithLines } from './queries';
import type { Warehouse } from './schema';

const TITLES = { receipt: 'PHIẾU NHẬP KHO', issue: 'PHIẾU XUẤT KHO', count: 'BIÊN BẢN KIỂM KÊ KHO' } as const;
const upper = (s: string) => s.toLocaleUpperCase('vi');

/**
 * The printable slip (A4): who gave or received, the decision, one table row per line (an issue's and a receipt's
 * quantities as printed on paper, positive; a count's book, counted and difference), and the signatures. A voided
 * slip is printed with its void stated, never hidden.
 */
export function slipDocument(s: SlipWithLines, warehouse: Warehouse, commune: Unit): OfficialDocument {
  const sign = s.kind === 'issue' ? -1 : 1;
  const items: { label: string; value?: string; valueBold?: boolean }[] = [];
  if (s.kind === 'receipt') items.push({ label: 'Người/đơn vị ủng hộ', value: s.donorName ?? '' });
  if (s.kind === 'issue') {
    items.push({ label: 'Nơi nhận', value: [s.villageName, s.recipient].filter(Boolean).join(' – ') });
    items.push({ label: 'Theo quyết định', value: s.decisionRef ?? '' });
  }
  items.push({ label: 'Ngày', value: formatDateVi(s.date) }, { label: 'Kho', value: warehouse.name });
  if (s.note) items.push({ label: 'Ghi chú', value: s.note });
  if (s.voidedAt) items.push({ label: 'ĐÃ HỦY', value: `Lý do: ${s.voidReason ?? ''}`, valueBold: true });

  const total = s.lines.reduce((a, l) => a + sign * l.value, 0);
  const table: OfficialDocument['body'][number] =
    s.kind === 'count'
      ? {
          kind: 'table',
          columns: [
            { header: 'STT', type: 'index' },
            { header: 'Tên hàng', width: 3 },
            { header: 'ĐVT' },
            { header: 'Theo sổ', type: 'number' },
            { header: 'Thực đếm', type: 'number' },
            { header: 'Chênh lệch', type: 'number' },
            { header: 'Lý do', width: 2.5 },
          ],
          rows: s.lines.map((l, i): TableCell[] => [
            i + 1,
            l.name,
            l.unit,
            (l.counted ?? 0) - l.quantity,
            l.counted,
            l.quantity > 0 ? `+${l.quantity}` : l.quantity,
            l.reason ?? '',
          ]),
        }
      : {
          kind: 'table',
          unit: 'Giá trị: đồng',
          columns: [
            { header: 'STT', type: 'index' },
            { header: 'Tên hàng', width: 3 },
            { header: 'ĐVT' },
            { header: 'Số lượng', type: 'number' },
            { header: 'Giá trị ước tính', type: 'money', width: 1.6 },
          ],
          rows: s.lines.map((l, i): TableCell[] => [i + 1, l.name, l.unit, sign * l.quantity, sign * l.value]),
          total: ['', { text: 'Tổng cộng', bold: true }, '', '', total],
        };
  const parties =
    s.kind === 'receipt'
      ? ['Người giao hàng', 'Thủ kho', 'Người lập phiếu']
      : s.kind === 'issue'
        ? ['Người nhận hàng', 'Thủ kho', 'Người lập phiếu']
        : ['Thủ kho', 'Người kiểm kê', 'TM. Ban Thường trực'];
  return {
    page: 'A4',
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(unitDisplayName(commune))] },
    number: s.number,
    title: TITLES[s.kind],
    titleNotes: [warehouse.name, ...(s.kind === 'receipt' ? [`Tổng giá trị ước tính: ${formatMoney(total)}`] : [])],
    body: [{ kind: 'keyValue', items }, table],
    closing: {
      dateLine: placeDateLine(commune.name, s.date),
      signatures: parties.map((position) => ({ position, note: '(Ký, họ tên)' })),
      signatureSpace: 3,
    },
  };
}
