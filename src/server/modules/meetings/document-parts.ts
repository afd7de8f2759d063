import { unitDisplayName } from '../../../lib/units';
import { DEFAULT_ISSUER_SUFFIX } from '../register/commands/take-number';
import { viDateWords, type DocumentHeader } from '../documents/model';
import type { MeetingDelegate } from './schema';

export type CommuneInfo = { name: string; kind: string; settings: { chairName?: string } };

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** The Front committee of the commune as Decree 30 heads its documents. */
export const headerOf = (c: CommuneInfo): DocumentHeader => ({
  issuer: ['ỦY BAN MTTQ VIỆT NAM', upper(unitDisplayName(c))],
  body: 'BAN THƯỜNG TRỰC',
});

/** "Ban Thường trực Ủy ban MTTQ Việt Nam xã Hồng Sơn". */
export function committeeName(c: CommuneInfo): string {
  const name = unitDisplayName(c);
  // Inside a sentence the kind is lower case: "… Việt Nam xã Một", even when the unit is named "Xã Một".
  return `Ban Thường trực Ủy ban MTTQ Việt Nam ${name.startsWith(c.kind) ? name : name.charAt(0).toLocaleLowerCase('vi') + name.slice(1)}`;
}

/** The number line of a document not issued yet, to be filled in: "…/GM-MTTQ-BTT". */
export const blankNumber = (typeCode: 'GM' | 'BB') => `…/${typeCode}-${DEFAULT_ISSUER_SUFFIX}`;

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

export function weekdayOf(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] as string;
}

/** "14:00" → "14 giờ 00 phút"; null stays null. */
export function clockWords(time: string | null): string | null {
  const m = time ? /^(\d{2}):(\d{2})$/.exec(time) : null;
  return m ? `${m[1]} giờ ${m[2]} phút` : null;
}

/** Buổi sáng / chiều / tối from the start time. */
export function sessionOf(time: string | null): string | null {
  if (!time) return null;
  const h = Number(time.slice(0, 2));
  return h < 12 ? 'sáng' : h < 18 ? 'chiều' : 'tối';
}

/** "14 giờ 00 phút, chiều thứ Năm, ngày 06 tháng 7 năm 2023". */
export function whenWords(date: string, time: string | null): string {
  const clock = clockWords(time);
  const session = sessionOf(time);
  const day = `${session ? `${session} ` : ''}${weekdayOf(date)}, ${viDateWords(date)}`;
  return clock ? `${clock}, ${day}` : day.charAt(0).toUpperCase() + day.slice(1);
}

/** Names that already say who they are ("Các đồng chí…", "Đại diện…") take no "Đồng chí" in front. */
const GROUP = /^(các|đại diện|toàn thể|lãnh đạo|ban |hội |đoàn |chi bộ|thường trực|mời)/i;

/** "Đồng chí Hoàng Quốc Toản – Bí thư Đảng ủy (Hội LHPN xã)". */
export function delegateLine(d: Pick<MeetingDelegate, 'name' | 'title' | 'organization'>, capital = true): string {
  const who = GROUP.test(d.name) ? d.name : `${capital ? 'Đồng chí' : 'đồng chí'} ${d.name}`;
  const title = d.title ? ` – ${d.title}` : '';
  const org =
    d.organization && !(d.title ?? '').includes(d.organization) && !d.name.includes(d.organization)
      ? ` (${d.organization})`
      : '';
  return `${who}${title}${org}`;
}

/** Lowercases a leading "Hội nghị…" so it reads inside a sentence: "tổ chức hội nghị sơ kết…". */
export function inSentence(title: string): string {
  return /^(Hội nghị|Cuộc họp|Buổi|Hội thảo|Tọa đàm|Tiếp xúc)/.test(title)
    ? title.charAt(0).toLocaleLowerCase('vi') + title.slice(1)
    : title;
}

/** Text typed in a textarea → paragraphs (blank lines and single line breaks both split). */
export function paragraphsOf(text: string | null): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
