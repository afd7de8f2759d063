import { formatDateVi } from '../../../lib/dates';
import { formatInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { placeDateLine, type Block, type Inline, type OfficialDocument, type TableCell } from '../documents/model';
import type { ArticleWithCounts, CommentRow } from './queries';
import type { Consultation } from './schema';
import { articleTitle } from '../../../lib/split-articles';

type Commune = { name: string; kind: string; chairName: string | null };
const upper = (s: string) => s.toLocaleUpperCase('vi');
const n = formatInteger;

/** "Dự thảo Luật Đất đai (sửa đổi)" → "dự thảo Luật Đất đai (sửa đổi)"; "Luật X" → "dự thảo Luật X". */
export function draftName(title: string): string {
  return /^dự thảo(?![\p{L}\p{N}])/iu.test(title) ? `dự thảo${title.slice('dự thảo'.length)}` : `dự thảo ${title}`;
}

/** How the synthesis names who said it: "Ông/bà Nguyễn Văn An (tại Hội nghị …)", the organisation, the meeting. */
export function authorLabel(r: CommentRow): string {
  const c = r.comment;
  const at = r.meetingTitle && c.authorKind !== 'meeting' ? ` (tại ${r.meetingTitle})` : '';
  if (c.authorKind === 'person') {
    const name = /^(ông|bà|anh|chị|cụ|em)(?![\p{L}\p{N}])/iu.test(c.author) ? c.author : `Ông/bà ${c.author}`;
    return `${name}${at}${c.source === 'portal' ? ' (qua cổng thông tin)' : ''}`;
  }
  if (c.authorKind === 'organization') return `${c.author}${at}`;
  const meeting = r.meetingTitle ?? '';
  const named = /^hội nghị(?![\p{L}\p{N}])/iu.test(c.author)
    ? c.author
    : meeting && c.author !== meeting
      ? `${meeting} (${c.author})`
      : `Hội nghị ${c.author}`;
  return r.meetingDate ? `${named}, ngày ${formatDateVi(r.meetingDate)}` : named;
}

/** The counts the opening paragraph quotes. */
export function synthesisCounts(articles: ArticleWithCounts[], comments: CommentRow[]) {
  const by = (k: string) => comments.filter((r) => r.comment.authorKind === k);
  const persons = by('person');
  const orgs = by('organization');
  const meetingRows = by('meeting');
  const distinct = (rows: CommentRow[], key: (r: CommentRow) => string) => new Set(rows.map(key)).size;
  return {
    comments: comments.length,
    general: comments.filter((r) => r.comment.articleId === null).length,
    articles: articles.length,
    commented: articles.filter((a) => a.comments > 0).length,
    personComments: persons.length,
    people: distinct(persons, (r) => r.comment.author.toLocaleLowerCase('vi')),
    portal: persons.filter((r) => r.comment.source === 'portal').length,
    orgComments: orgs.length,
    organizations: distinct(orgs, (r) => r.comment.organizationId ?? r.comment.author),
    meetingComments: meetingRows.length,
    meetings: distinct(meetingRows, (r) => r.comment.meetingId ?? r.comment.author),
  };
}

function intro(c: Consultation, commune: Commune, s: ReturnType<typeof synthesisCounts>): Block[] {
  const who = `Ban Thường trực Ủy ban MTTQ Việt Nam ${unitDisplayName(commune)}`;
  const basis = c.requestedBy
    ? `đề nghị của ${c.requestedBy} về việc lấy ý kiến góp ý ${draftName(c.title)}`
    : `kế hoạch lấy ý kiến góp ý ${draftName(c.title)}`;
  const ways = [
    s.meetings ? `tại ${n(s.meetings)} hội nghị lấy ý kiến` : '',
    s.personComments > s.portal || s.orgComments ? 'trực tiếp' : '',
    s.portal ? 'qua cổng thông tin của xã' : '',
  ].filter(Boolean);
  const first = `Thực hiện ${basis}, từ ngày ${formatDateVi(c.opensOn)} đến ngày ${formatDateVi(c.deadline)}, ${who} đã tổ chức lấy ý kiến góp ý của Nhân dân và các tổ chức thành viên${ways.length ? ` (${ways.join(', ')})` : ''}.`;
  if (s.comments === 0)
    return [
      { kind: 'paragraph', content: first },
      { kind: 'paragraph', content: 'Đến hết thời hạn, chưa nhận được ý kiến góp ý nào vào dự thảo.' },
    ];
  const parts: string[] = [];
  if (s.personComments)
    parts.push(
      `${n(s.personComments)} ý kiến của ${n(s.people)} cá nhân${s.portal ? ` (${n(s.portal)} ý kiến gửi qua cổng thông tin)` : ''}`,
    );
  if (s.orgComments) parts.push(`${n(s.orgComments)} ý kiến của ${n(s.organizations)} tổ chức thành viên`);
  if (s.meetingComments) parts.push(`${n(s.meetingComments)} ý kiến tổng hợp tại ${n(s.meetings)} hội nghị lấy ý kiến`);
  const onArticles = `${n(s.commented)}/${n(s.articles)} điều của dự thảo`;
  const where = !s.general
    ? ` vào ${onArticles}`
    : s.general === s.comments
      ? ' chung về dự thảo'
      : ` (${n(s.general)} ý kiến góp ý chung về dự thảo và ${n(s.comments - s.general)} ý kiến vào ${onArticles})`;
  const result: Inline[] = [
    'Kết quả, đã tiếp nhận ',
    { text: `${n(s.comments)} ý kiến góp ý`, bold: true },
    `${where}, trong đó: ${parts.join('; ')}. Ban Thường trực tổng hợp cụ thể như sau:`,
  ];
  return [
    { kind: 'paragraph', content: first },
    { kind: 'paragraph', content: result },
  ];
}

/** One comment: the author in bold, then what they said; further lines of a long comment as paragraphs below. */
function commentBlocks(r: CommentRow): Block[] {
  const [head = '', ...rest] = r.comment.content
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  return [
    { kind: 'list', items: [[{ text: `${authorLabel(r)}: `, bold: true }, head]] },
    ...rest.map((line): Block => ({ kind: 'paragraph', content: line })),
  ];
}

/**
 * BÁO CÁO Tổng hợp ý kiến góp ý dự thảo … (Decree 30; number left blank to be filled in when issued):
 * how the comments were gathered, the comments on the draft as a whole in their own section, then the
 * comments grouped by article in the draft's order, the articles nobody commented on in one line, a
 * table of counts per article, recipients and signature. A citizen's contact is never printed.
 */
export function synthesisDocument(
  c: Consultation,
  commune: Commune,
  articles: ArticleWithCounts[],
  comments: CommentRow[],
  date: string,
): OfficialDocument {
  const s = synthesisCounts(articles, comments);
  const general = comments.filter((r) => r.comment.articleId === null);
  const body: Block[] = [
    ...intro(c, commune, s),
    { kind: 'heading', level: 1, text: 'I. Ý KIẾN GÓP Ý CHUNG VỀ DỰ THẢO' },
  ];
  if (general.length === 0)
    body.push({ kind: 'paragraph', content: 'Không có ý kiến góp ý chung về dự thảo.', italic: true });
  for (const r of general) body.push(...commentBlocks(r));
  body.push({ kind: 'heading', level: 1, text: 'II. Ý KIẾN GÓP Ý THEO TỪNG ĐIỀU CỦA DỰ THẢO' });
  const silent: string[] = [];
  for (const a of articles) {
    const rows = comments.filter((r) => r.comment.articleId === a.article.id);
    if (rows.length === 0) {
      silent.push(a.article.ref);
      continue;
    }
    body.push({ kind: 'heading', level: 2, text: `${articleTitle(a.article)} (${n(rows.length)} ý kiến)` });
    for (const r of rows) body.push(...commentBlocks(r));
  }
  if (silent.length === articles.length)
    body.push({ kind: 'paragraph', content: 'Không có ý kiến góp ý vào các điều của dự thảo.', italic: true });
  else if (silent.length)
    body.push({
      kind: 'paragraph',
      content: [{ text: 'Các điều không có ý kiến góp ý: ', bold: true }, `${silent.join(', ')}.`],
    });

  const table: TableCell[][] = articles.map((a) => [
    a.article.position,
    articleTitle(a.article),
    a.comments,
    a.byKind.person,
    a.byKind.organization,
    a.byKind.meeting,
  ]);
  const generalBy = (k: 'person' | 'organization' | 'meeting') =>
    general.filter((r) => r.comment.authorKind === k).length;
  // The general comments are counted on a row of their own, so the total still adds up to every comment.
  if (general.length > 0)
    table.unshift([
      '',
      { text: 'Góp ý chung về dự thảo', italic: true },
      general.length,
      generalBy('person'),
      generalBy('organization'),
      generalBy('meeting'),
    ]);
  const sum = (k: 'person' | 'organization' | 'meeting') => articles.reduce((t, a) => t + a.byKind[k], generalBy(k));
  body.push(
    { kind: 'heading', level: 1, text: 'III. TỔNG HỢP SỐ LƯỢNG Ý KIẾN THEO ĐIỀU' },
    {
      kind: 'table',
      unit: 'Đơn vị tính: ý kiến',
      columns: [
        { header: 'STT', type: 'index', width: 8 },
        { header: 'Điều của dự thảo', width: 40 },
        { header: 'Tổng số ý kiến', type: 'number', width: 12 },
        { header: 'Cá nhân', type: 'number', width: 11 },
        { header: 'Tổ chức', type: 'number', width: 11 },
        { header: 'Hội nghị', type: 'number', width: 11 },
      ],
      rows: table,
      total: [
        { text: 'Tổng cộng', colSpan: 2, align: 'center' },
        s.comments,
        sum('person'),
        sum('organization'),
        sum('meeting'),
      ],
    },
    {
      kind: 'paragraph',
      content: `Trên đây là tổng hợp ý kiến góp ý ${draftName(c.title)} của Ban Thường trực Ủy ban MTTQ Việt Nam ${unitDisplayName(commune)}${c.requestedBy ? `, kính gửi ${c.requestedBy} tổng hợp` : ''}./.`,
    },
  );
  return {
    page: 'A4',
    // Unnumbered until issued (issueFrozen takes the mark off with the number).
    draft: true,
    header: { issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(unitDisplayName(commune))], body: 'BAN THƯỜNG TRỰC' },
    number: '…/BC-MTTQ-BTT',
    placeDate: placeDateLine(commune.name, date),
    title: 'BÁO CÁO',
    subtitle: `Tổng hợp ý kiến góp ý ${draftName(c.title)}`,
    body,
    closing: {
      recipients: {
        lines: [
          c.requestedBy ? `${c.requestedBy} (để tổng hợp);` : 'BTT UBMTTQ tỉnh;',
          'Thường trực Đảng ủy xã (để b/c);',
          'Lưu: VT.',
        ],
      },
      signatures: [
        {
          authority: 'TM. BAN THƯỜNG TRỰC',
          position: 'CHỦ TỊCH',
          ...(commune.chairName && { name: commune.chairName }),
        },
      ],
    },
    meta: { description: `Tổng hợp ý kiến góp ý ${draftName(c.title)}` },
  };
}
