import { foldVietnamese } from '../../../lib/vi-text';
import {
  ANONYMOUS,
  type Found,
  INNER_RULES,
  ORGANISATION_STARTS,
  ORGANISATION_STOPS,
  PREFIX_RULES,
  STOP_PHRASES,
  SURNAMES,
} from './transfer-text-rules';

/**
 * What a bank's credit text tells about the transfer when the statement has no payer column: who paid,
 * the bank's reference, the payer's account (masked) and bank, whether the donor asked not to be named,
 * and the part the payer typed (where a drive code would be). Pure: no I/O, nothing remembered.
 */
export type TransferText = {
  /** The person's or organisation's name as written, in readable title case; null when none (or anonymous). */
  payerName: string | null;
  /** The bank's reference found in the text (MBVCB.…, FT…, a trace number); null when none. */
  bankRef: string | null;
  /** The payer's account as `maskAccount` shows it; never a full account number. */
  payerAccount: string | null;
  payerBank: string | null;
  /** The donor asked for no name ("an danh", "nha hao tam", "khong ghi ten", "NHT"…). */
  anonymous: boolean;
  /** The text after the banks' prefixes and without their tails: where a drive code such as VNN2026 is looked for. */
  driveText: string;
};

const MAX_NAME = 200;

/**
 * An account as a receipt may keep it: the last 3 characters (what a donor recognises, as banks show in SMS)
 * and, for accounts of 13 characters or more, the first 4 (the bank's branch prefix); at least 6 characters stay
 * hidden, so a phone number used as an account (10 digits, common at MB and others) shows no more than its end.
 * A bank's own mask ("0501000016xxx", "109882673***") is kept as "*". Null when it is not an account.
 */
export function maskAccount(raw: string): string | null {
  const s = raw.replace(/[\s.-]/g, '').replace(/[xX*]/g, '*');
  if (!/^[0-9A-Za-z*]{6,}$/.test(s) || !/\d/.test(s)) return null;
  const head = s.length >= 13 ? 4 : 0;
  const tail = 3;
  return s.slice(0, head) + '*'.repeat(s.length - head - tail) + s.slice(s.length - tail);
}

/** Applies the banks' prefixes from the start, again and again: a BIDV text may wrap a Vietcombank one. */
function stripPrefixes(text: string, found: Found[]): string {
  let rest = text;
  for (let round = 0; round < 12; round++) {
    let hit = false;
    for (const rule of PREFIX_RULES) {
      const m = rule.re.exec(rest);
      if (!m || m[0].length === 0) continue;
      found.push(rule.found?.(m) ?? {});
      rest = rest.slice(m[0].length);
      hit = true;
      break;
    }
    if (!hit) break;
  }
  return rest;
}

/** The inner rules as global expressions, compiled once (an import reads 100,000 texts). */
const INNER = INNER_RULES.map((rule) => ({
  rule,
  re: new RegExp(rule.re.source, rule.re.flags.includes('g') ? rule.re.flags : `${rule.re.flags}g`),
}));

/** Removes the banks' tails and markers wherever they stand, keeping what they tell. */
function stripInner(text: string, found: Found[]): string {
  let rest = text;
  for (const { rule, re } of INNER) {
    re.lastIndex = 0;
    if (!re.test(rest)) continue;
    re.lastIndex = 0; // matchAll starts where test() stopped
    if (rule.found) for (const m of rest.matchAll(re)) found.push(rule.found(m));
    rest = rest.replace(re, ' ');
  }
  return rest;
}

type Token = { raw: string; fold: string; kind: 'word' | 'other' };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  // Letters and digits together (VNN2026, P31066) are a code, never a word of a name.
  for (const m of text.matchAll(/([\p{L}\d]+)|[^\s\p{L}\d]+/gu)) {
    const raw = m[0];
    const word = m[1] !== undefined && !/\d/.test(raw);
    out.push({
      raw,
      fold: /^[\x00-\x7f]*$/.test(raw) ? raw.toLowerCase() : foldVietnamese(raw),
      kind: word ? 'word' : 'other',
    });
  }
  return out;
}

/** Phrases by their first word, longest first, so a token is checked against the few that can start there. */
function phrases(list: readonly string[]): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const p of [...list].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
    const words = p.split(' ');
    byFirst.set(words[0] as string, [...(byFirst.get(words[0] as string) ?? []), words]);
  }
  return byFirst;
}
const STOPS = phrases(STOP_PHRASES);
const ORG_STARTS = phrases(ORGANISATION_STARTS);
const ORG_STOPS = phrases(ORGANISATION_STOPS);
/** Usual middle names, folded: a lower-case run is taken as a name only with one of these second. */
const MIDDLE_NAMES = new Set(
  'van thi duc huu dinh quang minh ngoc thanh cong xuan hong kim hoang tien trung anh the bao gia quoc tuan manh phuong thu thuy hai'.split(
    ' ',
  ),
);
const MESSAGE_WORDS = new Set(['chuc', 'mong', 'xin', 'cau', 'kinh', 'giup', 'voi', 'nhe', 'chut', 'mot', 'it']);

/** The length of the phrase of `list` that starts at `i`, or 0. */
function phraseAt(ts: Token[], i: number, list: Map<string, string[][]>): number {
  const t = ts[i];
  if (t?.kind !== 'word') return 0;
  for (const words of list.get(t.fold) ?? [])
    if (words.every((w, k) => ts[i + k]?.kind === 'word' && ts[i + k]?.fold === w)) return words.length;
  return 0;
}

type Case = 'upper' | 'title' | 'lower' | 'letter';
function caseOf(w: string): Case {
  if (w.length === 1 && w === w.toUpperCase()) return 'letter';
  if (w === w.toUpperCase()) return 'upper';
  if (w[0] === w[0]?.toUpperCase() && w.slice(1) === w.slice(1).toLowerCase()) return 'title';
  return 'lower';
}

/** "NGUYỄN văn AN" → "Nguyễn Văn An"; words without a vowel (TNHH, CP, MTV, XNK) are acronyms and stay upper case. */
export function readableName(words: readonly string[]): string {
  return words
    .map((w) =>
      !/[aeiouyáàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ]/i.test(w)
        ? w.toUpperCase()
        : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
    )
    .join(' ')
    .slice(0, MAX_NAME);
}

/** An organisation's name from `i` (a start phrase) to the next stop, punctuation or number-free end. */
function organisationAt(ts: Token[], i: number): string[] {
  const words: string[] = [];
  for (let k = i; k < ts.length && words.length < 15; k++) {
    const t = ts[k] as Token;
    if (t.kind === 'other' && !/^[&\d]+$/.test(t.raw)) break;
    if (phraseAt(ts, k, ORG_STOPS)) break;
    words.push(t.raw);
  }
  return words.length >= 3 ? words : [];
}

/** Whether a run of same-case words reads as a person's name. */
function isPersonName(run: Token[], kind: Case): boolean {
  if (run.length < 2 || run.length > 6) return false;
  const first = SURNAMES.has(run[0]?.fold ?? '');
  const middle = MIDDLE_NAMES.has(run[1]?.fold ?? '');
  // Lower case is mostly the message ("phan nho xiu…"): a name there needs a surname and a usual middle name.
  if (kind === 'lower') return run.length >= 3 && run.length <= 5 && first && middle;
  // A rare surname still reads as a name with "thi"/"van" after it (NGOC THI PHUONG); Western order
  // ("Nga Pham") is written in title case by those who use it.
  return (
    first ||
    (run.length >= 3 && /^(thi|van)$/.test(run[1]?.fold ?? '')) ||
    (kind === 'title' && SURNAMES.has(run.at(-1)?.fold ?? ''))
  );
}

/** Splits the words between stops into runs of one case (a "letter" joins either: NGUYEN VAN A). */
function runsOf(ts: Token[], from: number, to: number): { run: Token[]; kind: Case }[] {
  const out: { run: Token[]; kind: Case }[] = [];
  let run: Token[] = [];
  let kind: Case = 'letter';
  for (let k = from; k <= to; k++) {
    const t = ts[k];
    const c = t && t.kind === 'word' && !MESSAGE_WORDS.has(t.fold) ? caseOf(t.raw) : null;
    const fits = c !== null && (c === kind || c === 'letter' || kind === 'letter');
    if (!fits && run.length) {
      out.push({ run, kind });
      run = [];
      kind = 'letter';
    }
    if (c !== null && t) {
      run.push(t);
      if (c !== 'letter') kind = c;
    }
  }
  if (run.length) out.push({ run, kind });
  return out;
}

/** The payer's name in what the payer typed: an organisation, else a run of name words between stop words. */
export function nameInText(text: string): string | null {
  const ts = tokens(text);
  const people: { run: Token[]; kind: Case }[] = [];
  let start = 0;
  for (let i = 0; i <= ts.length; i++) {
    if (i < ts.length && phraseAt(ts, i, ORG_STARTS)) {
      const org = organisationAt(ts, i);
      if (org.length) return readableName(org);
    }
    const stop = i < ts.length ? phraseAt(ts, i, STOPS) : 1;
    const other = i < ts.length && ts[i]?.kind === 'other';
    if (!stop && !other) continue;
    people.push(...runsOf(ts, start, i - 1).filter(({ run, kind }) => isPersonName(run, kind)));
    start = i + Math.max(stop, 1);
    i = start - 1;
  }
  const best = people.find((p) => p.kind !== 'lower') ?? people[0];
  return best ? readableName(best.run.map((t) => t.raw)) : null;
}

/** A name the bank wrote itself (the account holder): only its words, phone numbers and digits dropped. */
function holderName(raw: string): string | null {
  const words = raw.match(/\p{L}+/gu) ?? [];
  return words.length ? readableName(words) : null;
}

const tidy = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s.;:,\-–]+|[\s.;:,\-–]+$/g, '')
    .trim();

/** Reads a credit's text as the major Vietnamese banks write it (see transfer-text-rules.ts for the shapes). */
export function readTransferText(text: string): TransferText {
  const found: Found[] = [];
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const driveText = tidy(stripInner(stripPrefixes(clean, found), found));

  const refs = found.filter((f) => f.ref).sort((a, b) => (a.refRank ?? 9) - (b.refRank ?? 9));
  const account = found.find((f) => f.account)?.account;
  const anonymous = ANONYMOUS.test(foldVietnamese(clean).replace(/[^a-z0-9]+/g, ' '));
  const holder = found.find((f) => f.name)?.name;
  const payerName = anonymous ? null : ((holder ? holderName(holder) : null) ?? nameInText(driveText));
  return {
    payerName,
    bankRef: refs[0]?.ref ?? null,
    payerAccount: account ? maskAccount(account) : null,
    payerBank: found.find((f) => f.bank)?.bank ?? null,
    anonymous,
    driveText,
  };
}
