/**
 * Sample documents: a semi-annual review report and a cash receipt (A5). Used by the tests,
 * and handy for looking at a rendering while changing the layout.
 */
import { blankPlaceDateLine, placeDateLine, type OfficialDocument } from './model';

export function sampleReport(): OfficialDocument {
  return {
    page: 'A4',
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', 'XÃ HỒNG SƠN'], body: 'BAN THƯỜNG TRỰC' },
    number: '15/BC-MTTQ-BTT',
    placeDate: placeDateLine('Hồng Sơn', '2023-07-06'),
    title: 'BÁO CÁO',
    subtitle: 'Kết quả công tác Mặt trận 6 tháng đầu năm 2023',
    body: [
      { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ', level: 1 },
      {
        kind: 'paragraph',
        content: [
          'Thực hiện Chương trình phối hợp và thống nhất hành động năm 2023, Ban Thường trực Ủy ban MTTQ Việt Nam xã Hồng Sơn đã chủ động phối hợp với các tổ chức thành viên triển khai cuộc vận động ',
          { text: '"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"', italic: true },
          '; vận động ủng hộ Quỹ "Vì người nghèo" được ',
          { text: '72.925.000 đồng', bold: true },
          ', đạt 161% chỉ tiêu được giao.',
        ],
      },
      { kind: 'heading', text: '1. Công tác vận động, quyên góp', level: 2 },
      {
        kind: 'list',
        items: [
          'Hiến máu tình nguyện: 54/44 đơn vị máu, đạt 123%;',
          'Hỗ trợ xây dựng nhà Đại đoàn kết: 2 nhà;',
          ['Trao quà Tết cho hộ nghèo: ', { text: '5/8 thôn', bold: true }, ' đạt chỉ tiêu.'],
        ],
      },
      {
        kind: 'table',
        caption: 'Kết quả vận động Quỹ "Vì người nghèo"',
        unit: 'Đơn vị tính: đồng',
        columns: [
          { header: 'STT', type: 'index' },
          { header: 'Đơn vị', width: 3 },
          { header: 'Chỉ tiêu', type: 'money', width: 1.6 },
          { header: 'Kết quả', type: 'money', width: 1.6 },
          { header: 'Tỷ lệ', type: 'text', align: 'center' },
        ],
        rows: [
          [1, 'Thôn Đông Sơn', 10_000_000, 18_500_000, '185%'],
          [2, 'Thôn Tây Hồ', 12_000_000, 21_425_000, '179%'],
          [3, 'Hội Liên hiệp Phụ nữ xã', 23_300_000, 33_000_000, '142%'],
        ],
        total: [{ text: 'Tổng cộng', colSpan: 2 }, 45_300_000, 72_925_000, '161%'],
      },
      { kind: 'heading', text: 'II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2023', level: 1 },
      {
        kind: 'paragraph',
        content:
          'Tiếp tục đổi mới nội dung, phương thức hoạt động; nâng cao chất lượng giám sát và phản biện xã hội; phối hợp tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2023.',
      },
    ],
    closing: {
      recipients: { lines: ['BTT UBMTTQ huyện;', 'Đảng ủy, HĐND, UBND xã;', 'Các tổ chức thành viên;', 'Lưu: VT.'] },
      signatures: [{ authority: 'TM. BAN THƯỜNG TRỰC', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' }],
    },
  };
}

export function sampleReceipt(): OfficialDocument {
  return {
    page: 'A5',
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', 'XÃ HỒNG SƠN'] },
    number: '0012/2023',
    title: 'PHIẾU THU',
    titleNotes: ['(Liên 1: Lưu)'],
    body: [
      {
        kind: 'keyValue',
        items: [
          { label: 'Họ tên người nộp tiền', value: 'Trần Thị Bình' },
          { label: 'Địa chỉ', value: 'Thôn Đông Sơn' },
          { label: 'Lý do nộp', value: 'Ủng hộ Quỹ "Vì người nghèo" năm 2023' },
          { label: 'Số tiền', value: '500.000 đồng', valueBold: true },
          { label: 'Viết bằng chữ', value: 'Năm trăm nghìn đồng' },
          { label: 'Kèm theo' },
        ],
      },
    ],
    closing: {
      dateLine: blankPlaceDateLine(),
      signatures: [
        { position: 'Người nộp tiền', note: '(Ký, họ tên)', name: 'Trần Thị Bình' },
        { position: 'Người lập phiếu', note: '(Ký, họ tên)' },
        { position: 'Thủ quỹ', note: '(Ký, họ tên)' },
      ],
      signatureSpace: 3,
    },
  };
}
