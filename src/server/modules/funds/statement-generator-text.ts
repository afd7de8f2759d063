import { readableName } from './transfer-text';

/**
 * The words of generated statements: Vietnamese names as banks print them, donors' messages, and each bank's
 * shape of a credit text (as in the converted Yagi statements: see transfer-text-rules.ts). Every text made
 * here is one `readTransferText` reads back to the name it was made with (a test holds both to it).
 */

export type Random = () => number;

/** A seeded PRNG (mulberry32): the same seed gives the same statement on every machine. */
export function prng(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
export function digits(rnd: Random, n: number): string {
  let s = String(1 + Math.floor(rnd() * 9));
  for (let i = 1; i < n; i++) s += String(Math.floor(rnd() * 10));
  return s;
}

/** Family names with their share of the population (Nguyễn ≈ 38%), unaccented and accented. */
const SURNAMES: [string, string, number][] = [
  ['NGUYEN', 'Nguyễn', 38],
  ['TRAN', 'Trần', 11],
  ['LE', 'Lê', 9],
  ['PHAM', 'Phạm', 7],
  ['HOANG', 'Hoàng', 5],
  ['HUYNH', 'Huỳnh', 4],
  ['PHAN', 'Phan', 4],
  ['VU', 'Vũ', 4],
  ['VO', 'Võ', 3],
  ['DANG', 'Đặng', 2],
  ['BUI', 'Bùi', 2],
  ['DO', 'Đỗ', 2],
  ['HO', 'Hồ', 1],
  ['NGO', 'Ngô', 1],
  ['DUONG', 'Dương', 1],
  ['LY', 'Lý', 1],
  ['DINH', 'Đinh', 1],
  ['TRINH', 'Trịnh', 1],
  ['MAI', 'Mai', 1],
  ['DAO', 'Đào', 1],
  ['CAO', 'Cao', 1],
  ['LUONG', 'Lương', 1],
  ['TA', 'Tạ', 1],
];
const SURNAME_TOTAL = SURNAMES.reduce((s, [, , w]) => s + w, 0);

// Middle and given names chosen so that no two read as a place or a message ("VIET NAM", "HAI PHONG").
const MIDDLE: [string, string][] = [
  ['VAN', 'Văn'],
  ['THI', 'Thị'],
  ['DUC', 'Đức'],
  ['MINH', 'Minh'],
  ['NGOC', 'Ngọc'],
  ['THANH', 'Thanh'],
  ['HUU', 'Hữu'],
  ['QUANG', 'Quang'],
  ['XUAN', 'Xuân'],
  ['HONG', 'Hồng'],
  ['THU', 'Thu'],
  ['KIM', 'Kim'],
  ['GIA', 'Gia'],
  ['BAO', 'Bảo'],
  ['ANH', 'Anh'],
  ['TRONG', 'Trọng'],
];
const GIVEN: [string, string][] = [
  ['AN', 'An'],
  ['ANH', 'Anh'],
  ['BINH', 'Bình'],
  ['CHI', 'Chi'],
  ['CUONG', 'Cường'],
  ['DUNG', 'Dũng'],
  ['DUY', 'Duy'],
  ['GIANG', 'Giang'],
  ['HA', 'Hà'],
  ['HANH', 'Hạnh'],
  ['HIEU', 'Hiếu'],
  ['HOA', 'Hoa'],
  ['HUNG', 'Hùng'],
  ['HUONG', 'Hương'],
  ['HUY', 'Huy'],
  ['KHANH', 'Khánh'],
  ['LAN', 'Lan'],
  ['LINH', 'Linh'],
  ['LONG', 'Long'],
  ['MAI', 'Mai'],
  ['MY', 'My'],
  ['NAM', 'Nam'],
  ['NGA', 'Nga'],
  ['NGHIA', 'Nghĩa'],
  ['NHUNG', 'Nhung'],
  ['PHUONG', 'Phương'],
  ['QUAN', 'Quân'],
  ['QUYNH', 'Quỳnh'],
  ['SON', 'Sơn'],
  ['TAM', 'Tâm'],
  ['THAO', 'Thảo'],
  ['THUY', 'Thủy'],
  ['TRANG', 'Trang'],
  ['TRUNG', 'Trung'],
  ['TUAN', 'Tuấn'],
  ['YEN', 'Yến'],
];
const COMPANY_WORDS = [
  'AN PHAT',
  'HOA BINH',
  'MINH LONG',
  'THANH CONG',
  'DAI VIET',
  'SONG HONG',
  'PHUC THINH',
  'HUNG THINH',
];
const COMPANY_KINDS = ['CONG TY TNHH', 'CONG TY CP', 'CTY TNHH', 'CONG TY TNHH MTV', 'CONG TY CO PHAN XAY DUNG'];

export type Payer = { printed: string; truth: string };

/** A person as the bank prints them: mostly upper-case unaccented, one in ten with diacritics as typed. */
export function personName(rnd: Random): Payer {
  const r = rnd() * SURNAME_TOTAL;
  let below = 0;
  const surname =
    SURNAMES.find(([, , w]) => {
      below += w;
      return r < below;
    }) ?? SURNAMES[0]!;
  const parts: [string, string][] = [[surname[0], surname[1]], pick(rnd, MIDDLE)];
  if (rnd() < 0.2) parts.push(pick(rnd, MIDDLE));
  parts.push(pick(rnd, GIVEN));
  const accented = rnd() < 0.1;
  const words = parts.map(([plain, marked]) => (accented ? marked : plain));
  return { printed: words.join(' '), truth: readableName(words) };
}

export function companyName(rnd: Random): Payer {
  const words = `${pick(rnd, COMPANY_KINDS)} ${pick(rnd, COMPANY_WORDS)}`.split(' ');
  return { printed: words.join(' '), truth: readableName(words) };
}

export const MESSAGES = [
  'ung ho dong bao bao lu',
  'ung ho mien bac',
  'chuyen tien ung ho',
  'ung ho khac phuc hau qua bao so 3',
  'ck ung ho dong bao bi lu lut',
  'ung ho ba con vung lu',
  'chia se voi dong bao mien bac',
  'ung ho bao Yagi',
  'chuyen tien',
];
export const NAMELESS = [
  'ung ho dong bao mien bac',
  'chung tay cung ba con vung lu',
  'ung ho bao lu Yagi',
  'gop chut tam long',
];
export const ANONYMOUS = ['an danh', 'NHA HAO TAM', 'NHT', 'Xin giau ten'];
const PAYER_BANKS = ['VCB', 'Techcombank', 'MB', 'ICBVVNVX', 'Agribank', 'ACB', 'VPBank'];

export type TextParts = {
  /** The payer as printed, or null when the text carries no name (a message only, or anonymity). */
  payer: string | null;
  /** "an danh"… when the donor asked not to be named. */
  anonymous: string | null;
  message: string;
  bankRef: string;
  date: string;
  time: string;
};

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const who = (p: TextParts) => p.anonymous ?? p.payer ?? '';

/** VietinBank: fast transfers from Vietcombank and NAPAS, as in the Yagi statements of the front's account. */
export function vietinbankText(rnd: Random, p: TextParts): string {
  const vcb = `MBVCB.${digits(rnd, 10)}.${digits(rnd, 6)}`;
  const n = rnd();
  if (p.payer === null || n < 0.4) return `CT nhanh 247 den: ${vcb}. ${p.message}. ${who(p)}`.trim();
  if (n < 0.7) return `CT nhanh 247 den: ${who(p)} ${p.message}`;
  if (n < 0.85) return `Chuyen tien den tu NAPAS Noi dung: ${who(p)} ${p.message} (ct1111)`;
  return `CT nhanh 247 den: ${vcb}.${who(p)} ${p.message}.`;
}

/** BIDV: the payer's masked account, its bank, and either the payer's own words with an FT reference or a
 * Vietcombank text with the account holder's name and BIDV's interbank id. */
export function bidvText(rnd: Random, p: TextParts, accountNo: string): string {
  const masked = `${digits(rnd, 10)}xxx`;
  if (p.payer === null || rnd() < 0.6)
    return `${masked} TKThe :${masked}, tai ${pick(rnd, PAYER_BANKS)}. ${who(p)} ${p.message} ${p.bankRef}`.replace(
      /\s+/g,
      ' ',
    );
  const message = p.anonymous ? `${p.anonymous} ${p.message}` : p.message;
  return (
    `TKThe :${masked}, tai VCB. MBVCB.${digits(rnd, 10)}.${digits(rnd, 6)}.${message}.CT tu ${masked} ${p.payer} ` +
    `toi ${accountNo} UBTW MTTQ VIET NAM tai BIDV -CTLNHIDI0000${digits(rnd, 11)}-1/1-CRE-002; thoi gian GD:${dmy(p.date)} ${p.time}`
  );
}

/** Agribank: short texts, sometimes led by the trace number (the statement's reference, which Agribank reuses). */
export function agribankText(rnd: Random, p: TextParts): string {
  const text = `${who(p)} ${p.message}`.trim();
  return rnd() < 0.3 ? `Trace ${p.bankRef} ${text}` : text;
}
