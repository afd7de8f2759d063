import { formatDateVi } from '../../../lib/dates';
import { formatInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { compareVi } from '../../../lib/vi-text';
import { placeDateLine, type Block, type OfficialDocument, type TableCell } from '../documents/model';
import type { PetitionFigures } from './figures';
import { agencyText, FIELD_LABELS, STATUS_LABELS } from './labels';
import type { synthesisRows } from './queries';
import { petitionFields } from './schema';

type Row = Awaited<ReturnType<typeof synthesisRows>>[number];
type Commune = { name: string; kind: string; settings: { chairName?: string } };
const upper = (s: string) => s.toLocaleUpperCase('vi');
const ROMAN = ['I', 'II', 'III', 'IV'];
const LETTERS = 'abcdefghiklmnopqrstuvxy';

export type SynthesisOptions = { from: string; to: string; today: string; session?: string; title?: string };

/** Petitions by field (in the fixed field order), and inside a field by agency (Vietnamese order). */
export function groupRows(rows: Row[]) {
  return petitionFields
    .map((field) => {
      const inField = rows.filter((r) => r.petition.field === field);
      const agencies = new Map<string, Row[]>();
      for (const r of inField) {
        const key = agencyText(r.petition.agency, r.petition.agencyName);
        agencies.set(key, [...(agencies.get(key) ?? []), r]);
      }
      const byAgency = [...agencies.entries()]
        .sort(([a], [b]) => compareVi(a, b))
        .map(([agency, items]) => ({ agency, items }));
      return { field, label: FIELD_LABELS[field], count: inField.length, byAgency };
    })
    .filter((g) => g.count > 0);
}

/** "Đã trả lời ngày 20/07/2023 (Văn bản số 45/UBND-VP)." and the answer itself when there is one. */
function statusRuns(r: Row, asOf: string) {
  const p = r.petition;
  const overdue = p.dueDate !== null && p.dueDate < asOf && (!p.answeredAt || p.answeredAt > asOf);
  const answered = `${STATUS_LABELS.answered} ngày ${formatDateVi(p.answeredAt ?? '')}${p.answerDocument ? ` (${p.answerDocument})` : ''}`;
  const status =
    p.status === 'closed'
      ? `${answered}, đã thông tin lại cho cử tri ngày ${formatDateVi(p.closedAt ?? '')}`
      : p.status === 'answered'
        ? answered
        : p.status === 'forwarded'
          ? `Đã chuyển ngày ${formatDateVi(p.forwardedAt ?? '')}, chưa có trả lời`
          : 'Mới tiếp nhận, chưa chuyển';
  const runs = [
    {
      text: `Tình trạng: ${status}${overdue ? `; quá hạn trả lời (hạn ${formatDateVi(p.dueDate ?? '')})` : ''}.`,
      italic: true,
    },
  ];
  if (p.answer && (p.status === 'answered' || p.status === 'closed'))
    runs.push({ text: ` Nội dung trả lời: ${p.answer}`, italic: false });
  return runs;
}

const countsTable = (
  first: string,
  items: { label: string; received: number; answered: number; overdue: number }[],
  f: PetitionFigures,
): Block => {
  const rows: TableCell[][] = items.map((x, i) => [
    i + 1,
    x.label,
    x.received,
    x.answered,
    x.received - x.answered,
    x.overdue,
  ]);
  return {
    kind: 'table',
    fontSize: 12,
    columns: [
      { header: 'STT', type: 'index', width: 6 },
      { header: first, width: 34 },
      { header: 'Tiếp nhận', type: 'number', width: 12 },
      { header: 'Đã trả lời', type: 'number', width: 12 },
      { header: 'Chưa trả lời', type: 'number', width: 12 },
      { header: 'Quá hạn', type: 'number', width: 11 },
    ],
    rows,
    total: [
      { text: 'Tổng cộng', colSpan: 2, align: 'center' },
      f.received,
      f.answered,
      f.received - f.answered,
      f.overdue,
    ],
  };
};

/**
 * BÁO CÁO Tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp HĐND xã (Decree 30 layout): the counts
 * by field and by agency, then every petition grouped by field and agency with its village, status
 * and answer. Never the sender's name or contact: this document leaves the committee.
 */
export function synthesisDocument(
  commune: Commune,
  rows: Row[],
  figures: PetitionFigures,
  o: SynthesisOptions,
): OfficialDocument {
  const communeName = unitDisplayName(commune);
  const subtitle =
    o.title ??
    `Tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp ${o.session ? `${o.session} ` : 'thường lệ '}Hội đồng nhân dân ${communeName}`;
  const meetings = new Set(rows.map((r) => r.petition.meetingId).filter(Boolean)).size;
  const src = figures.bySource;
  const sources = [
    src.meeting && `${formatInteger(src.meeting)} ý kiến tại ${formatInteger(meetings)} hội nghị tiếp xúc cử tri`,
    src.portal && `${formatInteger(src.portal)} ý kiến gửi qua cổng thông tin`,
    src.staff && `${formatInteger(src.staff)} ý kiến gửi trực tiếp hoặc bằng văn bản`,
  ].filter(Boolean);
  const body: Block[] = [
    {
      kind: 'paragraph',
      content: `Thực hiện chức năng giám sát và tập hợp ý kiến, kiến nghị của cử tri, từ ngày ${formatDateVi(o.from)} đến ngày ${formatDateVi(o.to)}, Ban Thường trực Ủy ban MTTQ Việt Nam ${communeName} đã tiếp nhận ${formatInteger(figures.received)} ý kiến, kiến nghị của cử tri${sources.length ? ` (${sources.join('; ')})` : ''}. Tính đến ngày ${formatDateVi(figures.asOf)}, đã có ${formatInteger(figures.answered)} ý kiến được trả lời, ${formatInteger(figures.received - figures.answered)} ý kiến chưa được trả lời, trong đó ${formatInteger(figures.overdue)} ý kiến quá hạn. Ban Thường trực tổng hợp như sau:`,
    },
    { kind: 'heading', level: 1, text: `${ROMAN[0]}. TỔNG HỢP SỐ LIỆU` },
  ];
  if (figures.received === 0)
    body.push({ kind: 'paragraph', content: 'Trong kỳ không tiếp nhận ý kiến, kiến nghị nào.', italic: true });
  else {
    body.push(
      { kind: 'heading', level: 2, text: '1. Theo lĩnh vực' },
      countsTable('Lĩnh vực', figures.byField, figures),
    );
    body.push(
      { kind: 'heading', level: 2, text: '2. Theo cơ quan có trách nhiệm trả lời' },
      countsTable('Cơ quan trả lời', figures.byAgency, figures),
    );
    body.push({ kind: 'heading', level: 1, text: `${ROMAN[1]}. NỘI DUNG Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI` });
    groupRows(rows).forEach((g, gi) => {
      body.push({
        kind: 'heading',
        level: 2,
        text: `${gi + 1}. Lĩnh vực ${g.label.charAt(0).toLocaleLowerCase('vi')}${g.label.slice(1)} (${formatInteger(g.count)} ý kiến)`,
      });
      g.byAgency.forEach((a, ai) => {
        body.push({
          kind: 'heading',
          level: 3,
          text: `${LETTERS[ai] ?? '-'}) Đề nghị ${a.agency} trả lời (${formatInteger(a.items.length)} ý kiến)`,
        });
        body.push({
          kind: 'list',
          items: a.items.map((r) => [
            { text: r.petition.content },
            {
              text: ` (${r.villageName ? `Cử tri ${r.villageName}` : 'Chung của xã'}; mã ${r.petition.code}). `,
              italic: true,
            },
            ...statusRuns(r, figures.asOf),
          ]),
        });
      });
    });
  }
  body.push(
    { kind: 'heading', level: 1, text: `${ROMAN[figures.received === 0 ? 1 : 2]}. ĐỀ XUẤT, KIẾN NGHỊ` },
    {
      kind: 'paragraph',
      content: `Ban Thường trực Ủy ban MTTQ Việt Nam ${communeName} kính đề nghị Thường trực Hội đồng nhân dân, Ủy ban nhân dân ${communeName} và các cơ quan có liên quan xem xét, trả lời các ý kiến, kiến nghị của cử tri còn lại; Ủy ban MTTQ Việt Nam ${communeName} sẽ thông tin kết quả trả lời tới cử tri tại các hội nghị tiếp xúc cử tri tiếp theo.`,
    },
  );
  return {
    page: 'A4',
    // Unnumbered until issued (issueFrozen takes the mark off with the number).
    draft: true,
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(communeName)], body: 'BAN THƯỜNG TRỰC' },
    number: '……/BC-MTTQ-BTT',
    placeDate: placeDateLine(commune.name, o.today),
    title: 'BÁO CÁO',
    subtitle,
    body,
    closing: {
      recipients: { lines: ['Thường trực HĐND xã;', 'UBND xã;', 'BTT UBMTTQ tỉnh;', 'Lưu: VT.'] },
      signatures: [{ authority: 'TM. BAN THƯỜNG TRỰC', position: 'CHỦ TỊCH', name: commune.settings.chairName }],
    },
    meta: { description: subtitle },
  };
}
