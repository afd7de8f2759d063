import { formatDateVi } from '../../../lib/dates';
import { escapeHtml } from '../documents/render-html';

/**
 * The news article about a review conference (the seed post is one): title, the opening sentence
 * with date and part of day, who attended, the results paragraph with the report's figures, and the
 * leader's remarks left for staff to fill in. Pure: the route gathers the facts.
 */
export type ConferenceFacts = {
  commune: { name: string; kind: string };
  meeting: {
    type: string;
    title: string;
    date: string;
    startTime: string | null;
    place: string | null;
    chair: string | null;
    chairTitle: string | null;
    delegates: { name: string; title: string | null; organization: string | null }[];
  };
  /** "6 tháng đầu năm 2023", when a report is attached. */
  periodLabel: string | null;
  /** Sentences of the report's results (edited text where staff edited it), in the report's order. */
  results: string[];
  /** The report's sentences on meetings, petitions, consultations and supervision. */
  civic?: string[];
};

export type ConferenceNews = { title: string; summary: string; paragraphs: string[]; bodyHtml: string };

/** Marks what a person must write before publishing. */
export const TO_FILL = '[…cán bộ bổ sung…]';

const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
/**
 * Lower-cases a sentence's first letter to run it on after a colon, unless it starts a name ("Hội Nông dân", "UBND",
 * "Ủy ban").
 */
export function lowerFirst(s: string): string {
  const [first = '', second = ''] = s.split(/\s+/);
  const isName = /^\p{Lu}{2,}/u.test(first) || /^\p{Lu}/u.test(second) || /^ủy ban$/i.test(`${first} ${second}`);
  return isName ? s : s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** "Huyện ủy viên, Bí thư Đảng ủy, Chủ tịch HĐND xã" → "Huyện ủy viên - Bí thư Đảng ủy - Chủ tịch HĐND xã". */
const dashTitle = (t: string) =>
  t
    .split(/\s*[,;]\s*/)
    .filter(Boolean)
    .join(' - ');

const person = (d: { name: string; title: string | null }) =>
  `đồng chí ${d.name}${d.title ? ` - ${dashTitle(d.title)}` : ''}`;

/** Party, council and government leaders are named one by one, as the seed does; the rest by their roles. */
const LEADER =
  /(bí thư đảng ủy|huyện ủy|tỉnh ủy|chủ tịch hđnd|chủ tịch ubnd|chủ tịch hội đồng nhân dân|chủ tịch ủy ban nhân dân)/i;

export function partOfDay(startTime: string | null): string | null {
  const h = startTime ? Number(startTime.split(':')[0]) : NaN;
  if (!Number.isFinite(h)) return null;
  return h < 11 ? 'Sáng' : h < 13 ? 'Trưa' : h < 18 ? 'Chiều' : 'Tối';
}

function titleOf(f: ConferenceFacts): string {
  const who = `MTTQ ${f.commune.kind} ${f.commune.name}`;
  const year = f.meeting.date.slice(0, 4);
  if (f.meeting.type === 'half_year_review')
    return `${who} tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm ${year}`;
  if (f.meeting.type === 'year_review') return `${who} tổ chức hội nghị tổng kết công tác Mặt trận năm ${year}`;
  return `${who} tổ chức ${lowerFirst(f.meeting.title)}`;
}

function attendance(f: ConferenceFacts): string {
  const leaders = f.meeting.delegates.filter((d) => d.title && LEADER.test(d.title));
  const others = f.meeting.delegates.filter((d) => !leaders.includes(d));
  // Others grouped by role in order of first appearance: "các đồng chí Trưởng thôn".
  const roles: string[] = [];
  for (const d of others) {
    const role = (d.title ?? d.organization ?? '').trim();
    if (role && !roles.some((r) => r.toLocaleLowerCase('vi') === role.toLocaleLowerCase('vi'))) roles.push(role);
  }
  const parts: string[] = [];
  if (leaders.length) parts.push(`đại biểu ${f.commune.kind} có ${leaders.map(person).join('; ')}`);
  if (roles.length) parts.push(`các đồng chí ${roles.join(', ')}`);
  if (!parts.length) return `Về dự hội nghị có ${TO_FILL}.`;
  return `Về dự, ${parts.join('; ')} đã về dự đông đủ.`;
}

export function composeConferenceNews(f: ConferenceFacts): ConferenceNews {
  const m = f.meeting;
  const who = `Ủy ban MTTQ ${f.commune.kind} ${f.commune.name}`;
  const when = partOfDay(m.startTime);
  const date = formatDateVi(m.date);
  const opening = `${when ? `${when} ngày` : 'Ngày'} ${date}, ${who} tổ chức ${lowerFirst(m.title)}${m.place ? ` tại ${m.place}` : ''}.`;
  const results = f.results.length
    ? `${f.periodLabel ? `Trong ${f.periodLabel}, ` : ''}${f.periodLabel ? who : cap(who)} đã bám sát nhiệm vụ chính trị của địa phương, phối hợp chặt chẽ với chính quyền và các tổ chức thành viên; kết quả: ${f.results.map((s) => lowerFirst(s.trim().replace(/[.;]+$/, ''))).join('; ')}.`
    : `Kết quả đạt được: ${TO_FILL}.`;
  const leader = m.delegates.find((d) => d.title && LEADER.test(d.title));
  const speaker = leader ? person(leader) : m.chair ? person({ name: m.chair, title: m.chairTitle }) : 'đồng chí …';
  const remarks = `Phát biểu chỉ đạo hội nghị, ${speaker} ${TO_FILL}`;
  const civic = (f.civic ?? []).map((s) => s.trim()).filter(Boolean);
  const civicParagraph = civic.length
    ? [`Bên cạnh đó, ${civic.map((s) => lowerFirst(s.replace(/[.;]+$/, ''))).join('; ')}.`]
    : [];
  const paragraphs = [opening, attendance(f), results, ...civicParagraph, remarks];
  return {
    title: titleOf(f),
    summary: opening,
    paragraphs,
    bodyHtml: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
  };
}
