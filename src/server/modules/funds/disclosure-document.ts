import { formatDateVi, todayVn } from '../../../lib/dates';
import { formatInteger } from '../../../lib/numbers';
import { progressText } from '../../../lib/figure';
import { placeDateLine, type OfficialDocument } from '../documents/model';
import type { Disclosure, publicMoneyOut, publicReceipt } from './disclosure';

/** Receipts in one volume of the PDF: a typhoon's 150,000 transfers become volumes a reader can open on a phone. */
export const VOLUME_ROWS = 20_000;

/** What one volume prints: its receipts (numbered from `firstIndex`), and money out in the last volume only. */
export type DisclosureVolume = {
  receipts: ReturnType<typeof publicReceipt>[];
  firstIndex: number;
  volume: number;
  volumes: number;
  moneyOut: ReturnType<typeof publicMoneyOut>[] | null;
};
const upper = (s: string) => s.toLocaleUpperCase('vi');

/** An announcement not entered in the outgoing register: "Số:      /TB-MTTQ-BTT", the number written in by hand. */
export const BLANK_NOTICE_NUMBER = '     /TB-MTTQ-BTT';

/**
 * The sao kê as an official A4 document (THÔNG BÁO, Decree 30): who gave, what was paid out, what is left. Its number
 * is the register's when the announcement was entered there (`notice`, dated that day), else blank to fill by hand.
 */
export function disclosureDocument(
  d: Disclosure,
  part: DisclosureVolume,
  notice?: { number: string; date: string } | null,
): OfficialDocument {
  const volumeNote = part.volumes > 1 ? ` (tập ${part.volume}/${part.volumes})` : '';
  return {
    page: 'A4',
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(`${d.commune.kind} ${d.commune.name}`)], body: 'BAN THƯỜNG TRỰC' },
    number: notice?.number ?? BLANK_NOTICE_NUMBER,
    placeDate: placeDateLine(d.commune.name, notice?.date ?? todayVn()),
    title: 'THÔNG BÁO',
    subtitle: `Công khai kết quả ${d.drive.name}${volumeNote}`,
    body: [
      {
        kind: 'paragraph',
        content: `Từ ngày ${formatDateVi(d.drive.from)} đến ngày ${formatDateVi(d.drive.to)}, ${d.fund.name} đã nhận ${d.totals.count} lượt ủng hộ, tổng giá trị ${progressText({ aggregation: 'sum', unitLabel: 'đồng', actual: d.totals.total, target: d.drive.target ?? undefined })}; đã chi ${formatInteger(d.totals.paidOut)} đồng; chuyển lên cấp trên ${formatInteger(d.totals.transferredUp)} đồng; còn lại ${formatInteger(d.totals.balance)} đồng tiền mặt. Chi tiết như sau:`,
      },
      { kind: 'heading', text: '1. Danh sách ủng hộ' },
      {
        kind: 'table',
        unit: 'Đơn vị tính: đồng',
        // 11 pt, and widths that keep a date, a bank reference and an amount on one line: 40 rows a page.
        fontSize: 11,
        columns: [
          { header: 'STT', type: 'index', width: 9 },
          { header: 'Ngày', width: 16 },
          { header: 'Người ủng hộ', width: 37 },
          { header: 'Mã giao dịch', width: 27 },
          { header: 'Tiền', type: 'money', width: 17 },
          { header: 'Hiện vật (giá trị ước tính)', width: 20 },
        ],
        rows: part.receipts.map((x, i) => [
          part.firstIndex + i,
          formatDateVi(x.date),
          x.donorName,
          x.bankRef ?? (x.bank === 'Tiền mặt' ? 'Tiền mặt' : ''),
          x.amount,
          x.inKindDescription ? `${x.inKindDescription} (${formatInteger(x.inKindValue)})` : '',
        ]),
        // The drive's totals on every volume: a volume's own sum would read as the drive's.
        total: ['', '', 'Tổng cộng', '', d.totals.cash, d.totals.goods ? formatInteger(d.totals.goods) : ''],
      },
      ...(part.moneyOut === null
        ? [{ kind: 'paragraph' as const, content: `Các khoản đã chi: xem tập ${part.volumes}.` }]
        : [{ kind: 'heading' as const, text: '2. Các khoản đã chi' }, moneyOutBlock(d, part.moneyOut)]),
    ],
    closing: {
      recipients: { lines: ['Niêm yết tại trụ sở và cổng thông tin xã;', 'Lưu: VT.'] },
      signatures: [{ authority: 'TM. BAN THƯỜNG TRỰC', position: 'CHỦ TỊCH' }],
    },
  };
}

function moneyOutBlock(d: Disclosure, rows: ReturnType<typeof publicMoneyOut>[]): OfficialDocument['body'][number] {
  if (rows.length === 0) return { kind: 'paragraph', content: 'Chưa có khoản chi.' };
  return {
    kind: 'table',
    unit: 'Đơn vị tính: đồng',
    columns: [
      { header: 'Số phiếu / quyết định', width: 22 },
      { header: 'Ngày', width: 16 },
      { header: 'Nội dung — người nhận', width: 44 },
      { header: 'Số tiền', type: 'money', width: 18 },
    ],
    rows: rows.map((p) => [
      [p.payoutNo, p.decisionRef !== p.payoutNo ? p.decisionRef : null].filter((x) => x).join(' · '),
      formatDateVi(p.date),
      `${p.purpose} — ${p.recipient}`,
      p.amount,
    ]),
    total: ['', '', 'Tổng chi', d.totals.paidOut + d.totals.transferredUp],
  };
}
