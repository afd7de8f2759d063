import { badParam, validDate } from '../../http/page-cursor';
import { nameWords } from './name-words';

export { type Cursor, badParam, decodeCursor, encodeCursor } from '../../http/page-cursor';

/**
 * What a donor types into the public search, read token by token ("nghia nguyen 100k 13/09", "FT24254608201092",
 * "694302"): every token narrows the list (AND). A token is
 * - a date: `13/09`, `13/09/2024`, `13-9` (a day and month without year is looked for in the drive's years);
 * - an amount: `100.000`, `100,000`, `100k`, `1,5tr`, `2 triệu`, `100000đ`;
 * - digits only: an amount or the end of a bank reference (people copy the last digits from their SMS);
 * - letters with digits or dots (`FT2425…`, `MBVCB.7018…`): the end of a bank reference;
 * - letters only: a word of the donor's name, diacritics and order ignored.
 */
export type DisclosureSearch = {
  words: string[];
  amounts: number[];
  /** Each entry: the dates one token may mean (its day and month in each of the drive's years). */
  dates: string[][];
  refs: string[];
  /** Digits that may be an amount or a reference's end. */
  numbers: { amount: number; ref: string }[];
};

export const MAX_Q = 100;
const MAX_TOKENS = 8;
const UNITS: Record<string, number> = { k: 1e3, nghin: 1e3, ngan: 1e3, tr: 1e6, trieu: 1e6, m: 1e6, ty: 1e9 };
const CURRENCY = /(?:đ|d|vnd|dong|đồng)$/i;

const qError = (message: string) => badParam('q', message);

/** Years a day-and-month without year may fall in: the drive's, from its first to its last day. */
function yearsOf(period: { from: string; to: string }): number[] {
  const out: number[] = [];
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)) && out.length < 5; y += 1)
    out.push(y);
  return out;
}

function asAmount(raw: string): number | null {
  const t = raw.toLowerCase().replace(CURRENCY, '');
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(t)) return Number(t.replace(/[.,]/g, ''));
  const unit = t.match(/^(\d+(?:[.,]\d+)?)(k|nghin|ngan|tr|trieu|m|ty)$/);
  if (unit?.[1] && unit[2]) return Math.round(Number(unit[1].replace(',', '.')) * (UNITS[unit[2]] ?? 1));
  if (t !== raw.toLowerCase() && /^\d+$/.test(t)) return Number(t);
  return null;
}

export function parseDisclosureSearch(q: string, period: { from: string; to: string }): DisclosureSearch {
  const out: DisclosureSearch = { words: [], amounts: [], dates: [], refs: [], numbers: [] };
  if (q.length > MAX_Q) throw qError(`Nội dung tìm kiếm tối đa ${MAX_Q} ký tự.`);
  // "2 triệu", "100 k": a number and its unit written apart are one amount.
  const joined = q
    .normalize('NFC')
    .replace(/(\d)\s+(k|nghìn|ngàn|tr|triệu|m|tỷ|đ|đồng|vnd)(?=\s|$)/giu, '$1$2')
    .replace(/nghìn|ngàn/giu, 'nghin')
    .replace(/triệu/giu, 'trieu')
    .replace(/tỷ/giu, 'ty');
  const tokens = joined.split(/\s+/).filter((t) => t !== '');
  if (tokens.length > MAX_TOKENS) throw qError(`Tìm theo tối đa ${MAX_TOKENS} từ.`);
  for (const raw of tokens) {
    const token = raw.replace(/^[,;:()"']+|[,;:()"']+$/g, '');
    if (token === '') continue;
    const date = token.match(/^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?$/);
    if (date) {
      const [d, m, y] = [Number(date[1]), Number(date[2]), date[3] ? Number(date[3]) : null];
      const dates = (y === null ? yearsOf(period) : [y]).map((yy) => validDate(yy, m, d)).filter((x) => x !== null);
      if (dates.length === 0) throw qError(`"${token}" không phải ngày hợp lệ (ngày/tháng hoặc ngày/tháng/năm).`);
      out.dates.push(dates);
      continue;
    }
    const amount = asAmount(token);
    if (amount !== null) {
      if (!Number.isSafeInteger(amount) || amount <= 0) throw qError(`"${token}" không phải số tiền hợp lệ.`);
      out.amounts.push(amount);
      continue;
    }
    if (/^\d+$/.test(token)) {
      if (token.length > 30) throw qError('Mã giao dịch tối đa 30 ký tự.');
      const n = Number(token);
      if (token.length <= 12 && n > 0 && !token.startsWith('0')) out.numbers.push({ amount: n, ref: token });
      else out.refs.push(token);
      continue;
    }
    if (/^[\p{L}]+$/u.test(token)) {
      out.words.push(...nameWords(token));
      continue;
    }
    if (/^[A-Za-z0-9._/-]+$/.test(token) && /\d/.test(token)) {
      if (token.length > 40) throw qError('Mã giao dịch tối đa 40 ký tự.');
      out.refs.push(token.toUpperCase());
      continue;
    }
    throw qError(`Không hiểu "${token}": tìm theo mã giao dịch, tên người ủng hộ, số tiền hoặc ngày (dd/mm).`);
  }
  return out;
}

/** True when the search narrows nothing (an empty box). */
export const isEmptySearch = (s: DisclosureSearch) =>
  s.words.length + s.amounts.length + s.dates.length + s.refs.length + s.numbers.length === 0;
