import { formatDateVi } from '../../../lib/dates';
import { percentText } from '../../../lib/figure';
import { formatInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { type Block, type OfficialDocument, placeDateLine, type TableCell, viDateWords } from '../documents/model';
import type { EvaluationMeeting, HouseholdResult } from './schema';

/*
 * The evaluation's documents (ARCHITECTURE.md "Documents"): the minutes of a village meeting (biên bản bình xét)
 * signed by the village's front committee head and its secretary, and the list the commune confirms and issues.
 */

type Place = { name: string; kind: string };
export type ResultLine = { headName: string; result: HouseholdResult | null };

const upper = (s: string) => s.toLocaleUpperCase('vi');
const p = (content: Extract<Block, { kind: 'paragraph' }>['content']): Block => ({ kind: 'paragraph', content });
const h1 = (text: string): Block => ({ kind: 'heading', level: 1, text });

export const RESULT_LABELS: Record<HouseholdResult, string> = {
  passed: 'Đạt',
  exemplary: 'Đạt, tiêu biểu',
  failed: 'Không đạt',
};
export const TITLE = 'Gia đình văn hóa';

/** "41/43 hộ (95%)" and the exemplary count, as the minutes and the list conclude. */
export function tally(lines: ResultLine[]) {
  const passed = lines.filter((l) => l.result === 'passed' || l.result === 'exemplary').length;
  const exemplary = lines.filter((l) => l.result === 'exemplary').length;
  const failed = lines.filter((l) => l.result === 'failed').length;
  const share = percentText(passed, lines.length) ?? '0%';
  return { passed, exemplary, failed, registered: lines.length, share };
}

function resultTable(lines: ResultLine[], passedOnly: boolean): Block {
  const rows: TableCell[][] = lines
    .filter((l) => !passedOnly || l.result === 'passed' || l.result === 'exemplary')
    .map((l, i) => [i + 1, l.headName, l.result ? RESULT_LABELS[l.result] : 'Chưa bình xét']);
  return {
    kind: 'table',
    columns: [
      { header: 'STT', type: 'index', width: 8 },
      { header: 'Họ và tên chủ hộ', width: 55 },
      { header: 'Kết quả', width: 25, align: 'center' },
    ],
    rows: rows.length ? rows : [['', 'Không có hộ', '']],
  };
}

/**
 * The minutes of a village's evaluation meeting: the national motto beside "MTTQ VIỆT NAM XÃ … / BAN CÔNG TÁC MẶT TRẬN /
 * THÔN …", when and where, who chaired and kept the minutes, how many attended, each household's result, the
 * conclusion (passed / registered, exemplary), signed by the secretary and the chair (the head of the village's front committee).
 */
export function meetingMinutes(
  m: EvaluationMeeting,
  village: Place,
  commune: Place,
  lines: ResultLine[],
): OfficialDocument {
  const t = tally(lines);
  const where = `${unitDisplayName(village)}, ${unitDisplayName(commune)}`;
  const body: Block[] = [
    p(
      `Hôm nay, ${viDateWords(m.heldOn)}, tại ${m.place}, ${where}, Ban Công tác Mặt trận ${unitDisplayName(village)} tổ chức hội nghị bình xét danh hiệu "${TITLE}" năm ${m.year}.`,
    ),
    h1('I. THÀNH PHẦN'),
    p([
      { text: 'Chủ trì: ', bold: true },
      `Ông (bà) ${m.chairName}, Trưởng ban Công tác Mặt trận ${unitDisplayName(village)}.`,
    ]),
    p([{ text: 'Thư ký: ', bold: true }, `Ông (bà) ${m.secretaryName}.`]),
    p([
      { text: 'Số người dự: ', bold: true },
      `${formatInteger(m.attendance)} đại biểu đại diện các hộ gia đình trong thôn.`,
    ]),
    h1('II. NỘI DUNG'),
    p(
      `Căn cứ Nghị định số 86/2023/NĐ-CP và Hướng dẫn số 83/HD-MTTW-BTT, hội nghị đã nghe báo cáo kết quả thực hiện của ${formatInteger(t.registered)} hộ đăng ký xây dựng "${TITLE}" năm ${m.year}, thảo luận và biểu quyết công khai từng hộ. Kết quả bình xét như sau:`,
    ),
    resultTable(lines, false),
    h1('III. KẾT LUẬN'),
    p(
      `Số hộ đạt danh hiệu "${TITLE}": ${formatInteger(t.passed)}/${formatInteger(t.registered)} hộ đăng ký, đạt ${t.share}; trong đó ${formatInteger(t.exemplary)} hộ tiêu biểu. Số hộ không đạt: ${formatInteger(t.failed)} hộ.`,
    ),
    p(`Hội nghị nhất trí đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam ${unitDisplayName(commune)} xem xét, công nhận.`),
  ];
  if (m.note) body.push(p([{ text: 'Ý kiến khác: ', bold: true }, m.note]));
  body.push(p('Biên bản kết thúc cùng ngày, đã được đọc lại cho hội nghị cùng nghe và nhất trí thông qua./.'));
  return {
    page: 'A4',
    header: {
      // The village's front committee issues it, under the commune's front: the village bold, one short line each.
      issuer: [`MTTQ VIỆT NAM ${upper(unitDisplayName(commune))}`, 'BAN CÔNG TÁC MẶT TRẬN'],
      body: upper(unitDisplayName(village)),
    },
    placeDate: placeDateLine(commune.name, m.heldOn),
    title: 'BIÊN BẢN',
    subtitle: `Hội nghị bình xét danh hiệu "${TITLE}" năm ${m.year}`,
    body,
    closing: {
      signatures: [
        { position: 'THƯ KÝ', note: '(Ký, ghi rõ họ tên)', name: m.secretaryName },
        { position: 'CHỦ TRÌ', note: '(Trưởng ban Công tác Mặt trận)', name: m.chairName },
      ],
    },
    meta: { description: `Biên bản bình xét "${TITLE}" năm ${m.year} — ${unitDisplayName(village)}` },
  };
}

/** The commune's notice confirming a village's list of families recognised (issued with its TB number). */
export function confirmedList(
  m: EvaluationMeeting,
  village: Place,
  commune: Place & { chairName?: string | null },
  lines: ResultLine[],
  issue: { number: string; date: string },
): OfficialDocument {
  const t = tally(lines);
  return {
    page: 'A4',
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(unitDisplayName(commune))], body: 'BAN THƯỜNG TRỰC' },
    number: issue.number,
    placeDate: placeDateLine(commune.name, issue.date),
    title: 'THÔNG BÁO',
    subtitle: `Danh sách hộ gia đình đạt danh hiệu "${TITLE}" năm ${m.year}, ${unitDisplayName(village)}`,
    body: [
      p(
        `Căn cứ biên bản hội nghị bình xét của Ban Công tác Mặt trận ${unitDisplayName(village)} ngày ${formatDateVi(m.heldOn)}, Ban Thường trực Ủy ban MTTQ Việt Nam ${unitDisplayName(commune)} xác nhận ${formatInteger(t.passed)}/${formatInteger(t.registered)} hộ đăng ký đạt danh hiệu "${TITLE}" năm ${m.year} (${t.share}), trong đó ${formatInteger(t.exemplary)} hộ tiêu biểu, gồm:`,
      ),
      resultTable(lines, true),
    ],
    closing: {
      recipients: { lines: [`Ban Công tác Mặt trận ${unitDisplayName(village)};`, 'UBND xã;', 'Lưu: VT.'] },
      signatures: [
        {
          authority: 'TM. BAN THƯỜNG TRỰC',
          position: 'CHỦ TỊCH',
          ...(commune.chairName && { name: commune.chairName }),
        },
      ],
    },
    meta: { description: `Danh sách "${TITLE}" năm ${m.year} — ${unitDisplayName(village)}` },
  };
}
