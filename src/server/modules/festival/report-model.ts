/**
 * The report read at the village's Ngày hội Đại đoàn kết toàn dân tộc, from gathered facts: pure, so tests check it
 * directly. The sentences on campaigns come from the half-year report's own (reports/sentences.ts); the figures from
 * the modules that own them (facts.ts). What the records cannot say is left marked for staff to fill in.
 */
import { formatInteger } from '../../../lib/numbers';
import { unitDisplayName } from '../../../lib/units';
import { TO_FILL } from '../conference-news/compose';
import { campaignsSentence, quoted, sentence } from '../reports/sentences';
import type { FestivalFacts } from './facts';
import { anniversaryPhrase } from './rules';

const n = formatInteger;

/** The commune as a sentence names it: "xã Hồng Sơn" (the kind in lower case, even when the name carries it). */
export const communeInText = (c: { name: string; kind: string }) => {
  const name = unitDisplayName(c);
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
};
const money = (v: number) => `${n(v)} đồng`;

export type FestivalReportSection = { key: string; heading: string; paragraphs: string[]; list: string[] };
export type FestivalReportFigure = { key: string; label: string; value: number; text: string };
export type FestivalReport = {
  title: string;
  subtitle: string;
  sections: FestivalReportSection[];
  commended: FestivalFacts['commended'];
  figures: FestivalReportFigure[];
};

/** The campaign the festival reports on (Hướng dẫn 83/HD-MTTW-BTT). */
export const CAMPAIGN = '“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”';

export function campaignParagraph(f: FestivalFacts): string {
  const village = unitDisplayName(f.village);
  const named = campaignsSentence(f.campaigns);
  const base = `năm ${f.festival.year}, Ban công tác Mặt trận ${village} đã phối hợp với chi bộ, trưởng thôn và các chi hội đoàn thể tuyên truyền, vận động Nhân dân thực hiện Cuộc vận động ${CAMPAIGN}`;
  return named ? sentence([base, named.replace(/\.$/, '').replace(/^T/, 't')]) : sentence([base]);
}

export function evaluationParagraph(f: FestivalFacts): string {
  const e = f.evaluation;
  if (!e) return `Kết quả bình xét danh hiệu “Gia đình văn hóa” năm ${f.festival.year}: ${TO_FILL}`;
  const village = e.villageTitle ? `; ${unitDisplayName(f.village)} được công nhận danh hiệu “${e.villageTitle}”` : '';
  // Before December's meetings the latest confirmed evaluation is usually last year's: the sentence names its year.
  const latest = e.year < f.festival.year ? ' (kết quả gần nhất đã được xã xác nhận)' : '';
  return sentence([
    `kết quả bình xét năm ${e.year}${latest}: ${n(e.recognised)}/${n(e.registered)} hộ gia đình đạt danh hiệu “Gia đình văn hóa”${village}`,
  ]);
}

export function welfareParagraph(f: FestivalFacts): string {
  const parts: string[] = [];
  if (f.relief.households > 0)
    parts.push(
      `công tác an sinh xã hội được quan tâm: ${n(f.relief.households)} hộ nghèo, cận nghèo, hộ có hoàn cảnh khó khăn được thăm hỏi, tặng quà với tổng giá trị ${money(f.relief.value)}`,
    );
  if (f.housing.houses > 0)
    parts.push(`hỗ trợ ${f.housing.text} Đại đoàn kết với tổng kinh phí ${money(f.housing.amount)}`);
  if (f.funds.length) {
    const total = f.funds.reduce((s, x) => s + x.amount, 0);
    const each = f.funds.map((x) => `${quoted(x.name)} ${money(x.amount)}`).join(', ');
    parts.push(
      `Nhân dân trong thôn tích cực ủng hộ các quỹ: ${each}${f.funds.length > 1 ? `, tổng cộng ${money(total)}` : ''}`,
    );
  }
  if (!parts.length) return `Công tác an sinh xã hội, vận động ủng hộ các quỹ: ${TO_FILL}`;
  return sentence(parts);
}

export function membersParagraph(f: FestivalFacts): string {
  const m = f.members;
  if (m.memberships === 0) return '';
  const orgs = m.byOrganization.map((o) => `${o.name} ${n(o.members)}`).join(', ');
  const admitted = m.admitted ? `; trong năm kết nạp mới ${n(m.admitted)} hội viên, đoàn viên` : '';
  return sentence([
    `các chi hội, chi đoàn trong thôn có ${n(m.memberships)} lượt hội viên, đoàn viên (${n(m.people)} người) sinh hoạt${orgs ? ` (${orgs})` : ''}${admitted}`,
  ]);
}

export function defaultFestivalTasks(year: number): string[] {
  return [
    `Tiếp tục đẩy mạnh Cuộc vận động ${CAMPAIGN}, gắn với xây dựng khu dân cư kiểu mẫu năm ${year + 1}.`,
    'Vận động Nhân dân ủng hộ Quỹ “Vì người nghèo”, chăm lo cho hộ nghèo, hộ cận nghèo, hộ có hoàn cảnh khó khăn.',
    'Phát huy dân chủ ở cơ sở; giữ gìn an ninh trật tự, vệ sinh môi trường; xây dựng gia đình văn hóa, thôn văn hóa.',
    'Tiếp tục thực hiện tốt công tác hòa giải ở cơ sở, xây dựng tình làng nghĩa xóm đoàn kết, gắn bó.',
  ];
}

function figuresOf(f: FestivalFacts): FestivalReportFigure[] {
  const fig = (key: string, label: string, value: number, unit: string) => ({
    key,
    label,
    value,
    text: unit === 'đồng' ? money(value) : `${n(value)} ${unit}`,
  });
  const households = f.commended.filter((c) => c.kind === 'household').length;
  return [
    fig('relief.households', 'Hộ được thăm hỏi, tặng quà', f.relief.households, 'hộ'),
    fig('relief.value', 'Giá trị trợ giúp', f.relief.value, 'đồng'),
    fig('housing.houses', 'Nhà Đại đoàn kết bàn giao', f.housing.houses, 'nhà'),
    fig(
      'funds.total',
      'Nhân dân ủng hộ các quỹ',
      f.funds.reduce((s, x) => s + x.amount, 0),
      'đồng',
    ),
    fig('members.memberships', 'Lượt hội viên, đoàn viên', f.members.memberships, 'lượt'),
    fig('commended.households', 'Hộ gia đình được khen thưởng', households, 'hộ'),
    fig('commended.people', 'Cá nhân được khen thưởng', f.commended.length - households, 'người'),
  ];
}

/** The report's model: tradition, the year's results, the commended, the tasks ahead. */
export function festivalReport(f: FestivalFacts): FestivalReport {
  const year = f.festival.year;
  const village = unitDisplayName(f.village);
  const commune = communeInText(f.commune);
  const households = f.commended.filter((c) => c.kind === 'household').length;
  const people = f.commended.length - households;
  const results = [
    campaignParagraph(f),
    evaluationParagraph(f),
    welfareParagraph(f),
    membersParagraph(f),
    ...(f.festival.highlights ?? '')
      .split(/\n+/)
      .map((s) => s.trim())
      .filter(Boolean),
  ].filter(Boolean);
  return {
    title: 'BÁO CÁO',
    subtitle: `Kết quả thực hiện Cuộc vận động ${CAMPAIGN} năm ${year} tại Ngày hội Đại đoàn kết toàn dân tộc ${village}`,
    sections: [
      {
        key: 'tradition',
        heading: 'I. ÔN LẠI TRUYỀN THỐNG',
        paragraphs: [
          `Kỷ niệm ${anniversaryPhrase(year)}, Ban công tác Mặt trận ${village}, ${commune} tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm ${year}, ôn lại truyền thống vẻ vang của Mặt trận, phát huy sức mạnh khối đại đoàn kết toàn dân tộc ở khu dân cư.`,
        ],
        list: [],
      },
      { key: 'results', heading: `II. KẾT QUẢ THỰC HIỆN CÔNG TÁC MẶT TRẬN NĂM ${year}`, paragraphs: results, list: [] },
      {
        key: 'commended',
        heading: 'III. BIỂU DƯƠNG, KHEN THƯỞNG',
        paragraphs: [
          f.commended.length
            ? `Ban công tác Mặt trận thôn biểu dương, khen thưởng ${n(households)} hộ gia đình và ${n(people)} cá nhân tiêu biểu trong thực hiện Cuộc vận động (danh sách kèm theo).`
            : `Danh sách hộ gia đình, cá nhân được biểu dương, khen thưởng: ${TO_FILL}`,
        ],
        list: [],
      },
      {
        key: 'tasks',
        heading: `IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${year + 1}`,
        paragraphs: [],
        list: f.festival.tasks ?? defaultFestivalTasks(year),
      },
    ],
    commended: f.commended,
    figures: figuresOf(f),
  };
}

/**
 * The report as it is issued: a signed document does not carry the draft's "[…cán bộ bổ sung…]" marks, so a sentence
 * the records could not complete (no confirmed evaluation yet, no relief recorded) is left out rather than printed.
 */
export function issuedReport(r: FestivalReport): FestivalReport {
  const known = (s: string) => !s.includes(TO_FILL);
  return {
    ...r,
    sections: r.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.filter(known), list: s.list.filter(known) })),
  };
}
