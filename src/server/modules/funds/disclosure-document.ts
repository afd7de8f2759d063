import { formatDateVi, todayVn } from '../../../lib/dates';
import { formatInteger } from '../../../lib/numbers';
import { progressText } from '../../../lib/figure';
import { placeDateLine, type OfficialDocument } from '../documents/model';
import type { driveDisclosure } from './disclosure';

type Disclosure = NonNullable<Awaited<ReturnType<typeof driveDisclosure>>>;
const upper = (s: string) => s.toLocaleUpperCase('vi');

/** An announcement not entered in the outgoing register: "Số:      /TB-MTTQ-BTT", the number written in by hand. */
export const BLANK_NOTICE_NUMBER = '     /TB-MTTQ-BTT';

/**
 * The sao kê as an official A4 document (THÔNG BÁO, Decree 30): who gave, what was paid out, what is left. Its number
 * is the register's when the announcement was entered there (`notice`, dated that day), else blank to fill by hand.
 */
export function disclosureDocument(d: Disclosure, notice?: { number: string; date: string } | null): OfficialDocument {
  return {
    page: 'A4',
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(`${d.commune.kind} ${d.commune.name}`)], body: 'BAN THƯỜNG TRỰC' },
    number: notice?.number ?? BLANK_NOTICE_NUMBER,
    placeDate: placeDateLine(d.commune.name, notice?.date ?? todayVn()),
    title: 'THÔNG BÁO',
    subtitle: `Công khai kết quả ${d.drive.name}`,
    body: [
      {
        kind: 'paragraph',
        content: `Từ ngày ${formatDateVi(d.drive.from)} đến ngày ${formatDateVi(d.drive.to)}, ${d.fund.name} đã nhận ${d.totals.count} lượt ủng hộ, tổng giá trị ${progressText({ aggregation: 'sum', unitLabel: 'đồng', actual: d.totals.total, target: d.drive.target ?? undefined })}; đã chi ${formatInteger(d.totals.paidOut)} đồng; còn lại ${formatInteger(d.totals.balance)} đồng tiền mặt. Chi tiết như sau:`,
      },
      { kind: 'heading', text: '1. Danh sách ủng hộ' },
      {
        kind: 'table',
        unit: 'Đơn vị tính: đồng',
        columns: [
          { header: 'STT', type: 'index', width: 8 },
          { header: 'Ngày', width: 18 },
          { header: 'Người ủng hộ', width: 40 },
          { header: 'Tiền', type: 'money', width: 18 },
          { header: 'Hiện vật (giá trị ước tính)', width: 28 },
        ],
        rows: d.donors.map((x, i) => [
          i + 1,
          formatDateVi(x.date),
          x.donorName,
          x.amount,
          x.inKindDescription ? `${x.inKindDescription} (${formatInteger(x.inKindValue)})` : '',
        ]),
        total: ['', '', 'Tổng cộng', d.totals.cash, d.totals.goods ? formatInteger(d.totals.goods) : ''],
      },
      { kind: 'heading', text: '2. Các khoản đã chi' },
      d.payouts.length === 0
        ? { kind: 'paragraph', content: 'Chưa có khoản chi.' }
        : {
            kind: 'table',
            unit: 'Đơn vị tính: đồng',
            columns: [
              { header: 'Số phiếu', width: 16 },
              { header: 'Ngày', width: 18 },
              { header: 'Nội dung', width: 44 },
              { header: 'Số tiền', type: 'money', width: 18 },
            ],
            rows: d.payouts.map((p) => [p.payoutNo, formatDateVi(p.date), `${p.purpose} — ${p.recipient}`, p.amount]),
            total: ['', '', 'Tổng chi', d.totals.paidOut],
          },
    ],
    closing: {
      recipients: { lines: ['Niêm yết tại trụ sở và cổng thông tin xã;', 'Lưu: VT.'] },
      signatures: [{ authority: 'TM. BAN THƯỜNG TRỰC', position: 'CHỦ TỊCH' }],
    },
  };
}
