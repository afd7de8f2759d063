import { amountInWords } from '../../../lib/amount-in-words';
import { formatDateVi } from '../../../lib/dates';
import { formatInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import {
  type Block,
  DOTS,
  type KeyValueItem,
  type OfficialDocument,
  placeDateLine,
  type SignatureBlock,
  type TableCell,
  viDateWords,
} from '../documents/model';
import { KIND_LABELS, sourceText } from './labels';
import type { FundingRow } from './queries';
import type { MinutesKind } from './rules';
import type { HousingCase } from './schema';

/** The commune as the minutes name it; `chairName` (the unit's settings) signs for the standing committee. */
export type MinutesCommune = { name: string; kind: string; chairName?: string | null };
const upper = (s: string) => s.toLocaleUpperCase('vi');
const p = (content: Extract<Block, { kind: 'paragraph' }>['content']): Block => ({ kind: 'paragraph', content });
const h1 = (text: string): Block => ({ kind: 'heading', level: 1, text });

const TITLES: Record<MinutesKind, { subtitle: (c: HousingCase) => string; file: string }> = {
  survey: { subtitle: (c) => `Khảo sát hiện trạng nhà ở hộ ${c.headName}`, file: 'bien-ban-khao-sat' },
  acceptance: {
    subtitle: (c) => `Nghiệm thu công trình nhà Đại đoàn kết hộ ${c.headName}`,
    file: 'bien-ban-nghiem-thu',
  },
  handover: { subtitle: (c) => `Bàn giao nhà Đại đoàn kết cho hộ ${c.headName}`, file: 'bien-ban-ban-giao' },
};

export const minutesFileStem = (kind: MinutesKind) => TITLES[kind].file;

/** The date a minutes is dated: the survey's day, the hand-over's day (or a blank line to fill in by hand). */
function dateOf(kind: MinutesKind, c: HousingCase): string | null {
  return kind === 'survey' ? c.surveyedOn : c.handedOverOn;
}

function participantsBlocks(c: HousingCase, commune: MinutesCommune, villageName: string, kind: MinutesKind): Block[] {
  const committee = `Ban Thường trực Ủy ban MTTQ Việt Nam ${unitDisplayName(commune)}`;
  const out: Block[] = [h1('I. THÀNH PHẦN')];
  if (kind === 'handover') out.push(p([{ text: 'Bên giao: ', bold: true }, `${committee}.`]));
  else out.push(p([{ text: 'Đại diện Mặt trận: ', bold: true }, `${committee}.`]));
  const items = c.participants.length ? c.participants : [DOTS, DOTS];
  out.push({ kind: 'list', items: items.map((x, i) => `${x}${i === items.length - 1 ? '.' : ';'}`) });
  out.push(
    p([
      { text: kind === 'handover' ? 'Bên nhận: ' : 'Đại diện hộ gia đình: ', bold: true },
      `Ông (bà) ${c.headName}, chủ hộ, ${villageName}.`,
    ]),
  );
  return out;
}

function fundingTable(c: HousingCase, lines: FundingRow[]): Block[] {
  const total = lines.reduce((s, l) => s + l.funding.amount, 0);
  const rows: TableCell[][] = lines.map((l, i) => [
    i + 1,
    sourceText({ ...l.funding, fundName: l.fundName, payoutNo: l.payoutNo }),
    l.funding.amount,
  ]);
  const out: Block[] = [
    {
      kind: 'table',
      unit: 'Đơn vị tính: đồng',
      columns: [
        { header: 'STT', type: 'index', width: 7 },
        { header: 'Nguồn kinh phí', width: 55 },
        { header: 'Số tiền (đồng)', type: 'money', width: 20 },
      ],
      rows: rows.length ? rows : [['', 'Chưa ghi nguồn kinh phí', null]],
      total: [{ text: 'Tổng cộng', colSpan: 2, align: 'right' }, total],
    },
    p([
      { text: 'Tổng kinh phí: ' },
      { text: `${formatInteger(total)} đồng`, bold: true },
      { text: ` (Bằng chữ: ${amountInWords(total)}).`, italic: true },
    ]),
  ];
  if (c.requiredAmount && c.requiredAmount !== total)
    out.push(p(`Tổng kinh phí được duyệt: ${formatInteger(c.requiredAmount)} đồng.`));
  return out;
}

function houseItems(c: HousingCase, villageName: string): KeyValueItem[] {
  return [
    { label: 'Chủ hộ', value: c.headName, valueBold: true },
    { label: 'Địa bàn', value: villageName },
    { label: 'Hình thức hỗ trợ', value: `${KIND_LABELS[c.kind]} nhà Đại đoàn kết` },
  ];
}

/**
 * The survey (biên bản khảo sát), acceptance (nghiệm thu) or hand-over (bàn giao) minutes of one house, Decree 30
 * layout with the national motto: who took part, the house and the household, the figures (amount required, the
 * funding lines, the total in words), the conclusion and the signatures of each side.
 */
export function housingMinutes(
  kind: MinutesKind,
  c: HousingCase,
  commune: MinutesCommune,
  villageName: string,
  lines: FundingRow[],
): OfficialDocument {
  const date = dateOf(kind, c);
  const where = `tại nhà ông (bà) ${c.headName}, ${villageName}, ${unitDisplayName(commune)}`;
  const body: Block[] = [
    p(`Hôm nay, ${date ? viDateWords(date) : 'ngày …… tháng …… năm ……'}, ${where}, chúng tôi gồm:`),
    ...participantsBlocks(c, commune, villageName, kind),
  ];
  if (kind === 'survey') {
    body.push(
      h1('II. NỘI DUNG KHẢO SÁT'),
      { kind: 'keyValue', items: houseItems(c, villageName) },
      p([{ text: 'Hiện trạng nhà ở: ', bold: true }, c.description || DOTS]),
      p([
        { text: 'Kinh phí dự kiến: ', bold: true },
        c.requiredAmount
          ? `${formatInteger(c.requiredAmount)} đồng (Bằng chữ: ${amountInWords(c.requiredAmount)}).`
          : DOTS,
      ]),
      h1('III. KẾT LUẬN'),
      p(
        `Hộ ông (bà) ${c.headName} thuộc diện được xem xét hỗ trợ ${KIND_LABELS[c.kind].toLowerCase()} nhà Đại đoàn kết; đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam ${unitDisplayName(commune)} xem xét, phê duyệt.`,
      ),
    );
  } else if (kind === 'acceptance') {
    body.push(
      h1('II. NỘI DUNG NGHIỆM THU'),
      { kind: 'keyValue', items: houseItems(c, villageName) },
      p([{ text: 'Quy mô, kết cấu: ', bold: true }, c.description || DOTS]),
      p([
        { text: 'Thời gian thi công: ', bold: true },
        `từ ngày ${c.buildingOn ? formatDateVi(c.buildingOn) : '……'} đến ngày ${c.handedOverOn ? formatDateVi(c.handedOverOn) : '……'}.`,
      ]),
      p({ text: 'Kinh phí thực hiện:', bold: true }),
      ...fundingTable(c, lines),
      h1('III. KẾT LUẬN'),
      p(
        'Công trình đã hoàn thành đúng quy mô, bảo đảm chất lượng, an toàn; các bên thống nhất nghiệm thu, đủ điều kiện bàn giao đưa vào sử dụng.',
      ),
    );
  } else {
    body.push(
      h1('II. NỘI DUNG BÀN GIAO'),
      p(
        `Bên giao bàn giao cho bên nhận căn nhà Đại đoàn kết (${KIND_LABELS[c.kind].toLowerCase()}) đã được nghiệm thu, cùng toàn bộ hồ sơ liên quan.`,
      ),
      { kind: 'keyValue', items: houseItems(c, villageName) },
      p([{ text: 'Quy mô, kết cấu: ', bold: true }, c.description || DOTS]),
      p({ text: 'Kinh phí xây dựng, sửa chữa:', bold: true }),
      ...fundingTable(c, lines),
      h1('III. CAM KẾT'),
      p(
        'Bên nhận đã nhận đủ căn nhà như trên, cam kết quản lý, sử dụng đúng mục đích, giữ gìn nhà ở lâu dài; không mua bán, chuyển nhượng, cho thuê.',
      ),
    );
  }
  body.push(
    p('Biên bản lập thành 03 bản có giá trị như nhau, đã được đọc lại cho các bên cùng nghe và nhất trí ký tên./.'),
  );
  const household: SignatureBlock = {
    position: kind === 'handover' ? 'ĐẠI DIỆN BÊN NHẬN' : 'ĐẠI DIỆN HỘ GIA ĐÌNH',
    note: '(Ký, ghi rõ họ tên)',
    name: c.headName,
  };
  const committee: SignatureBlock = {
    authority: kind === 'handover' ? 'ĐẠI DIỆN BÊN GIAO' : 'TM. BAN THƯỜNG TRỰC',
    position: kind === 'handover' ? 'TM. BAN THƯỜNG TRỰC' : 'CHỦ TỊCH',
    ...(commune.chairName && { name: commune.chairName }),
  };
  const village: SignatureBlock = { position: 'ĐẠI DIỆN THÔN', note: '(Ký, ghi rõ họ tên)' };
  return {
    page: 'A4',
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(unitDisplayName(commune))], body: 'BAN THƯỜNG TRỰC' },
    placeDate: date ? placeDateLine(commune.name, date) : undefined,
    title: 'BIÊN BẢN',
    subtitle: TITLES[kind].subtitle(c),
    body,
    closing: { signatures: [household, village, committee] },
    meta: { description: `Biên bản — ${TITLES[kind].subtitle(c)}` },
  };
}
