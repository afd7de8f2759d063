import { formatDateVi } from '../../../lib/dates';
import { unitDisplayName } from '../../../lib/units';
import {
  blankPlaceDateLine,
  placeDateLine,
  type Block,
  type OfficialDocument,
  type TableCell,
} from '../documents/model';
import { DEFAULT_ISSUER_SUFFIX } from '../register/commands/take-number';
import type { Unit } from '../units/schema';
import { isOverdue } from './labels';
import type { Supervision, SupervisionRecommendation } from './schema';

type Commune = Pick<Unit, 'name' | 'kind' | 'settings'>;
/** The register number and date once issued; null renders a preview with a blank number and date. */
export type Issue = { number: string; date: string } | null;
type Rec = Pick<
  SupervisionRecommendation,
  'content' | 'addressee' | 'dueDate' | 'status' | 'sentAt' | 'answer' | 'answeredAt' | 'closedAt'
>;

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** "Việc thực hiện …" → "việc thực hiện …" after a verb; acronyms and names ("UBND", "Hồng Sơn") stay. */
function lowerFirst(s: string): string {
  const first = s.split(/\s/)[0] ?? '';
  if (first.length < 2 || first.slice(1) !== first.slice(1).toLocaleLowerCase('vi')) return s;
  const second = s.split(/\s+/)[1] ?? '';
  if (second && second[0] !== second[0]?.toLocaleLowerCase('vi')) return s; // "Hồng Sơn …": a name
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** "giám sát việc thực hiện …" / "phản biện xã hội đối với dự thảo …" — what the documents are about. */
export function aboutText(s: Pick<Supervision, 'kind' | 'subject'>): string {
  return s.kind === 'supervision'
    ? `giám sát ${lowerFirst(s.subject)}`
    : `phản biện xã hội đối với ${lowerFirst(s.subject)}`;
}
const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

const period = (s: Pick<Supervision, 'startDate' | 'endDate'>) =>
  s.startDate === s.endDate
    ? `ngày ${formatDateVi(s.startDate)}`
    : `từ ngày ${formatDateVi(s.startDate)} đến ngày ${formatDateVi(s.endDate)}`;

/** Free text typed by staff, one paragraph per line. */
const paragraphs = (text: string | null): Block[] =>
  (text ?? '')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ kind: 'paragraph', content: l }) as Block);

function frame(commune: Commune, typeCode: 'KH' | 'BC', issue: Issue) {
  return {
    page: 'A4' as const,
    draft: !issue,
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(unitDisplayName(commune))], body: 'BAN THƯỜNG TRỰC' },
    number: issue?.number ?? `…/${typeCode}-${DEFAULT_ISSUER_SUFFIX}`,
    placeDate: issue ? placeDateLine(commune.name, issue.date) : blankPlaceDateLine(commune.name),
  };
}

const signature = (commune: Commune) => [
  {
    authority: 'TM. BAN THƯỜNG TRỰC',
    position: 'CHỦ TỊCH',
    ...(commune.settings.chairName && { name: commune.settings.chairName }),
  },
];

const teamItems = (s: Supervision) => s.team.map((m) => (m.title ? `${m.name}, ${m.title};` : `${m.name};`));

export function recipientsOf(s: Supervision): string[] {
  return [
    ...(s.target
      ? [`${s.target} (${s.kind === 'supervision' ? 'đối tượng giám sát' : 'cơ quan chủ trì dự thảo'});`]
      : []),
    'BTT Ủy ban MTTQ tỉnh (b/c);',
    'Đảng ủy xã (b/c);',
    'Thành viên đoàn;',
    'Lưu: VT.',
  ];
}

/** KẾ HOẠCH giám sát / phản biện xã hội (type KH): purpose, content, target, period, team, organisation. */
export function planDocument(s: Supervision, commune: Commune, issue: Issue): OfficialDocument {
  const who = `Ban Thường trực Ủy ban MTTQ Việt Nam ${unitDisplayName(commune)}`;
  const isSupervision = s.kind === 'supervision';
  const body: Block[] = [
    {
      kind: 'paragraph',
      content: `Căn cứ Luật Mặt trận Tổ quốc Việt Nam và các quy định về giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam; ${who} xây dựng Kế hoạch ${aboutText(s)} như sau:`,
    },
    { kind: 'heading', text: 'I. MỤC ĐÍCH, YÊU CẦU', level: 1 },
    {
      kind: 'list',
      items: isSupervision
        ? [
            `Nắm tình hình, đánh giá kết quả ${lowerFirst(s.subject)}; phát hiện ưu điểm, hạn chế và kiến nghị cơ quan, tổ chức có thẩm quyền xem xét, giải quyết.`,
            'Giám sát đúng nội dung, đối tượng, thời gian; bảo đảm khách quan, công khai, dân chủ, không chồng chéo, không làm ảnh hưởng đến hoạt động bình thường của đối tượng được giám sát.',
          ]
        : [
            'Phát huy quyền làm chủ của Nhân dân, góp ý kiến để dự thảo được ban hành đúng đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước và phù hợp thực tiễn địa phương.',
            'Ý kiến phản biện khách quan, có căn cứ, mang tính xây dựng; tổng hợp đầy đủ ý kiến gửi cơ quan chủ trì dự thảo.',
          ],
    },
    { kind: 'heading', text: 'II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN', level: 1 },
    { kind: 'heading', text: '1. Nội dung', level: 2 },
    ...(s.content ? paragraphs(s.content) : [{ kind: 'paragraph', content: `${capitalised(aboutText(s))}.` } as Block]),
    ...(s.target
      ? [
          {
            kind: 'heading',
            text: `2. ${isSupervision ? 'Đối tượng giám sát' : 'Cơ quan chủ trì dự thảo'}`,
            level: 2,
          } as Block,
          { kind: 'paragraph', content: `${s.target}.` } as Block,
        ]
      : []),
    { kind: 'heading', text: `${s.target ? 3 : 2}. Thời gian, hình thức`, level: 2 },
    {
      kind: 'paragraph',
      content: `Thời gian: ${period(s)}. Hình thức: ${isSupervision ? 'thành lập đoàn giám sát; nghe báo cáo, kiểm tra hồ sơ, khảo sát thực tế và làm việc với đối tượng giám sát' : 'tổ chức hội nghị phản biện xã hội, lấy ý kiến các tổ chức thành viên, chuyên gia và Nhân dân'}.`,
    },
    { kind: 'heading', text: `III. THÀNH PHẦN ${isSupervision ? 'ĐOÀN GIÁM SÁT' : 'THAM GIA PHẢN BIỆN'}`, level: 1 },
    ...(s.team.length
      ? [{ kind: 'list', items: teamItems(s) } as Block]
      : [{ kind: 'paragraph', content: 'Thành phần do Ban Thường trực phân công.' } as Block]),
    { kind: 'heading', text: 'IV. TỔ CHỨC THỰC HIỆN', level: 1 },
    {
      kind: 'list',
      items: [
        s.target
          ? `Đề nghị ${s.target} chuẩn bị báo cáo, hồ sơ, tài liệu liên quan và bố trí thành phần làm việc với ${isSupervision ? 'đoàn giám sát' : 'hội nghị phản biện'}.`
          : 'Các cơ quan, đơn vị liên quan chuẩn bị báo cáo, hồ sơ, tài liệu theo đề nghị của Ban Thường trực.',
        `${isSupervision ? 'Đoàn giám sát' : 'Bộ phận giúp việc'} tổng hợp kết quả, dự thảo báo cáo và kiến nghị, trình Ban Thường trực chậm nhất 10 ngày sau khi kết thúc.`,
        'Ban Thường trực theo dõi, đôn đốc việc tiếp thu, giải quyết và trả lời kiến nghị.',
      ],
    },
  ];
  return {
    ...frame(commune, 'KH', issue),
    title: 'KẾ HOẠCH',
    subtitle: capitalised(aboutText(s)),
    body,
    closing: { recipients: { lines: recipientsOf(s) }, signatures: signature(commune) },
    meta: { description: `Kế hoạch ${aboutText(s)}` },
  };
}

/** "Đã trả lời ngày 20/04/2023: …" — where a recommendation stands, in the words of the report. */
export function recommendationStatusText(r: Rec, today: string): string {
  const late = isOverdue(r, today) ? ' (quá hạn)' : '';
  switch (r.status) {
    case 'issued':
      return `Chưa gửi${late}`;
    case 'sent':
      return `Đã gửi${r.sentAt ? ` ngày ${formatDateVi(r.sentAt)}` : ''}, chưa trả lời${late}`;
    case 'answered':
      return `Đã trả lời${r.answeredAt ? ` ngày ${formatDateVi(r.answeredAt)}` : ''}: ${r.answer ?? ''}`;
    case 'closed':
      return `Đã trả lời${r.answeredAt ? ` ngày ${formatDateVi(r.answeredAt)}` : ''}: ${r.answer ?? ''}. Đã kết thúc theo dõi.`;
  }
}

/**
 * BÁO CÁO kết quả giám sát / phản biện (type BC): the plan it carries out, period, team, findings, and
 * the recommendations with addressee, due date and where each stands.
 */
export function reportDocument(
  s: Supervision,
  commune: Commune,
  recs: Rec[],
  issue: Issue,
  plan: { number: string; date: string } | null,
  today: string,
): OfficialDocument {
  // An issued report judges "overdue" on its own date; a preview on today's.
  const asOf = issue?.date ?? today;
  const who = `Ban Thường trực Ủy ban MTTQ Việt Nam ${unitDisplayName(commune)}`;
  const isSupervision = s.kind === 'supervision';
  const where = s.target ? (isSupervision ? ` tại ${s.target}` : ` (cơ quan chủ trì dự thảo: ${s.target})`) : '';
  const opening = plan
    ? `Thực hiện Kế hoạch số ${plan.number} ngày ${formatDateVi(plan.date)} của ${who} về ${aboutText(s)}, ${period(s)}, ${isSupervision ? `Đoàn giám sát đã tiến hành giám sát${where}` : `Ban Thường trực đã tổ chức phản biện xã hội${where}`}. Kết quả như sau:`
    : `${capitalised(period(s))}, ${who} đã tổ chức ${aboutText(s)}${where}. Kết quả như sau:`;
  const answered = recs.filter((r) => r.status === 'answered' || r.status === 'closed').length;
  const overdue = recs.filter((r) => isOverdue(r, asOf)).length;
  const rows: TableCell[][] = recs.map((r, i) => [
    i + 1,
    r.content,
    r.addressee,
    r.dueDate ? formatDateVi(r.dueDate) : '',
    recommendationStatusText(r, asOf),
  ]);
  const body: Block[] = [
    { kind: 'paragraph', content: opening },
    { kind: 'heading', text: 'I. KHÁI QUÁT', level: 1 },
    {
      kind: 'paragraph',
      content: [
        { text: 'Nội dung: ', bold: true },
        s.content?.trim() ? s.content.trim().replace(/\s*\n+\s*/g, '; ') : `${capitalised(aboutText(s))}.`,
      ],
    },
    ...(s.target
      ? [
          {
            kind: 'paragraph',
            content: [
              { text: isSupervision ? 'Đối tượng giám sát: ' : 'Cơ quan chủ trì dự thảo: ', bold: true },
              `${s.target}.`,
            ],
          } as Block,
        ]
      : []),
    { kind: 'paragraph', content: [{ text: 'Thời gian: ', bold: true }, `${capitalised(period(s))}.`] },
    {
      kind: 'paragraph',
      content: [{ text: isSupervision ? 'Thành phần đoàn giám sát:' : 'Thành phần tham gia:', bold: true }],
    },
    ...(s.team.length ? [{ kind: 'list', items: teamItems(s) } as Block] : []),
    { kind: 'heading', text: `II. KẾT QUẢ ${isSupervision ? 'GIÁM SÁT' : 'PHẢN BIỆN'}`, level: 1 },
    ...(s.findings?.trim()
      ? paragraphs(s.findings)
      : [{ kind: 'paragraph', content: '(Chưa ghi kết quả.)', italic: true } as Block]),
    { kind: 'heading', text: 'III. KIẾN NGHỊ', level: 1 },
  ];
  if (recs.length) {
    body.push(
      { kind: 'paragraph', content: `Qua ${isSupervision ? 'giám sát' : 'phản biện'}, ${who} kiến nghị:` },
      {
        kind: 'table',
        fontSize: 12,
        columns: [
          { header: 'STT', type: 'index', width: 8 },
          { header: 'Nội dung kiến nghị', width: 33 },
          { header: 'Nơi nhận', width: 14 },
          { header: 'Hạn trả lời', width: 17, align: 'center' },
          { header: 'Tình hình trả lời', width: 30 },
        ],
        rows,
      },
      {
        kind: 'paragraph',
        content: `Tổng số ${recs.length} kiến nghị; đã được trả lời ${answered}; chưa trả lời ${recs.length - answered}${overdue ? `, trong đó quá hạn ${overdue}` : ''}.`,
      },
    );
  } else body.push({ kind: 'paragraph', content: 'Không có kiến nghị.' });
  body.push({
    kind: 'paragraph',
    content: `Trên đây là báo cáo kết quả ${isSupervision ? 'giám sát' : 'phản biện xã hội'} của ${who}./.`,
  });
  return {
    ...frame(commune, 'BC', issue),
    title: 'BÁO CÁO',
    subtitle: `Kết quả ${aboutText(s)}`,
    body,
    closing: { recipients: { lines: recipientsOf(s) }, signatures: signature(commune) },
    meta: { description: `Báo cáo kết quả ${aboutText(s)}` },
  };
}
