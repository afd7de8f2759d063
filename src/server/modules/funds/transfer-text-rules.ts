/**
 * The shapes banks give a credit's text, as a table: the prefixes each bank puts before what the payer typed,
 * the tails it adds after, and the references inside. Each rule names its bank and a real-shaped example
 * (from the converted Yagi statements of the front's relief accounts, September 2024, and bank notifications).
 * `readTransferText` (transfer-text.ts) applies them; adding a bank's shape is adding a row here.
 */

/** What a rule found in the part of the text it consumed. */
export type Found = {
  ref?: string;
  /** Lower wins when a text holds several references (the payer's bank's own first: it is in the donor's SMS). */
  refRank?: number;
  account?: string;
  bank?: string;
  name?: string;
};

export type TextRule = {
  bank: string;
  re: RegExp;
  found?: (m: RegExpMatchArray) => Found;
};

const BANK_NAMES: [RegExp, string][] = [
  [/^(vcb|vietcombank|bftvvnvx)$/i, 'Vietcombank'],
  [/^(icb|ctg|vietinbank|vietin|icbvvnvx)$/i, 'VietinBank'],
  [/^(bidv|bidvvnvx)$/i, 'BIDV'],
  [/^(agribank|agri|vba|vbaavnvx)$/i, 'Agribank'],
  [/^(tcb|techcombank|vtcbvnvx)$/i, 'Techcombank'],
  [/^(mb|mbb|mbbank|mscbvnvx|mb bank)$/i, 'MB'],
  [/^(acb|asia commercial bank)$/i, 'ACB'],
  [/^(vpb|vpbank)$/i, 'VPBank'],
  [/^(tpb|tpbank)$/i, 'TPBank'],
  [/^(stb|sacombank)$/i, 'Sacombank'],
  [/^(momo)$/i, 'MoMo'],
  [/^(zlp|zalopay)$/i, 'ZaloPay'],
];

/** "tai VCB", "tai ICBVVNVX", "SACOMBANK" → the bank's usual name; unknown names are kept as written. */
export function bankName(raw: string): string {
  const s = raw.trim().replace(/\s+/g, ' ');
  return BANK_NAMES.find(([re]) => re.test(s))?.[1] ?? s;
}

/**
 * Prefixes, tried at the start of the text again and again until none applies (a BIDV text wraps a
 * Vietcombank one: "TKThe :…, tai VCB. MBVCB.….…. content").
 */
export const PREFIX_RULES: readonly TextRule[] = [
  // Any bank's converted statement: the payer's masked account glued before the text ("0501000016xxx TKThe …").
  { bank: 'any', re: /^([0-9]{4,}[xX*]{2,}[0-9xX*]*)\s+/, found: (m) => ({ account: m[1] }) },
  // VietinBank: "CT nhanh 247 den: MBVCB.7018039309.694302. chuyen tien. NGUYEN TRONG NGHIA", "… den: QR - NAME …".
  { bank: 'VietinBank', re: /^CT\s*nhanh\s*247\s*den\s*:\s*(?:QR\s*-\s*)?/i },
  // VietinBank / SePay-style notices: "CT DEN:523320101151 OKBILL chuyen FT12345678901234; tai Napas".
  { bank: 'VietinBank', re: /^CT\s*DEN\s*:\s*(\d{6,})?\s*/i, found: (m) => (m[1] ? { ref: m[1], refRank: 3 } : {}) },
  // NAPAS (interbank 24/7) as VietinBank and others print it: "Chuyen tien den tu NAPAS Noi dung: …".
  { bank: 'NAPAS', re: /^Chuyen\s+tien\s+den\s+tu\s+NAPAS\s*(?:Noi\s*dung\s*:)?\s*/i },
  // BIDV: "TKThe :0091000639xxx, tai VCB. …" (also "SMB-TkThe :…", "HBK-TKThe :…").
  {
    bank: 'BIDV',
    re: /^(?:[A-Za-z ]+-)?TKThe\s*:\s*([0-9A-Za-z*]+)\s*,\s*t[aạ]i\s+([^.]+?)\s*\.\s*/i,
    found: (m) => ({ account: m[1], bank: bankName(m[2] ?? '') }),
  },
  // BIDV: "REM Tfr Ac: 31010001893804 P31066 …", the sender's account at BIDV.
  { bank: 'BIDV', re: /^REM\s+Tfr\s+Ac\s*:\s*(\d{6,})\s*/i, found: (m) => ({ account: m[1], bank: 'BIDV' }) },
  // BIDV online banking's channel code after REM: "O@L_040001_212001_0_0_2329539047_035980_".
  { bank: 'BIDV', re: /^O@L_[\w@]*\s*/ },
  // BIDV: "BIDV;1261122666; vk ck …" (the receiving account, not the payer's).
  { bank: 'BIDV', re: /^BIDV\s*;\s*\d+\s*;\s*/i },
  // Vietcombank app and web: "MBVCB.7018039309.694302.chuyen tien.CT tu …", "IBVCB.1234567890.…".
  {
    bank: 'Vietcombank',
    re: /^(MBVCB|IBVCB)\.(\d{6,})(?:\.(\d{4,8}))?\s*\.\s*/i,
    found: (m) => ({
      ref: [m[1]?.toUpperCase(), m[2], m[3]].filter(Boolean).join('.'),
      refRank: 1,
      bank: 'Vietcombank',
    }),
  },
  // Vietcombank through partners: "CUSTOMER MBVCB 2420648919 339176 naptien …".
  {
    bank: 'Vietcombank',
    re: /^(?:CUSTOMER\s+)?MBVCB\s+(\d{6,})\s+(\d{4,8})\s+/i,
    found: (m) => ({ ref: `MBVCB.${m[1]}.${m[2]}`, refRank: 1, bank: 'Vietcombank' }),
  },
  // Vietcombank business banking: "MBBIZ123456.", "IBBIZ123456.".
  { bank: 'Vietcombank', re: /^((?:MB|IB)BIZ\d+)\.\s*/i, found: (m) => ({ ref: m[1], refRank: 1 }) },
  // Vietcombank, interbank in: "0200970422091322563320241ODG844486.69891.225634.NAME chuyen tien".
  {
    bank: 'Vietcombank',
    re: /^(\d{16,}[A-Za-z0-9]*)\.\s*[\d ]+?\s*\.\s*\d{6}\.\s*/,
    found: (m) => ({ ref: m[1], refRank: 2 }),
  },
  // NAPAS into Vietcombank: "884114.100924.223854.DANG DAO THANH NHAN chuyen FT…" (trace.ddmmyy.hhmmss).
  { bank: 'NAPAS', re: /^(\d{6}\.\d{6}\.\d{6})\.\s*/, found: (m) => ({ ref: m[1], refRank: 3 }) },
  // Vietcombank: the receiving bank and account before the content: "Vietcombank:0011001932418:TRAN THI …".
  { bank: 'Vietcombank', re: /^[A-Za-z]+:\d{6,}:\s*/ },
  // MoMo: "66693414954-0329756310-NGOC THI PHUONG chuyen tien qua MoMo" (the middle number is a phone: dropped).
  { bank: 'MoMo', re: /^(\d{8,})-0\d{9}-\s*/, found: (m) => ({ ref: m[1], refRank: 2, bank: 'MoMo' }) },
  // Wallets debiting a Vietcombank account: "PARTNER.DIRECT_DEBITS_VCB.ZLP.ZP6R 34H953F5.20240901.Nguyet …".
  {
    bank: 'ZaloPay/MoMo',
    re: /^PARTNER\.DIRECT_DEBITS_VCB\.(\w+)\.([^.]+)\.\d{8}\.(?:\d+-0\d{9}_)?\s*/i,
    found: (m) => ({
      ref: (m[2] ?? '').replace(/\s+/g, ''),
      refRank: 2,
      bank: m[1] === 'MSE' ? 'MoMo' : bankName(m[1] ?? ''),
    }),
  },
  // Vietcombank: "SHGD:12345.DD:240913.BO:content".
  {
    bank: 'Vietcombank',
    re: /^SHGD\s*:\s*(\d+)\.DD\s*:\s*\d+\.BO\s*:\s*/i,
    found: (m) => ({ ref: `SHGD:${m[1]}`, refRank: 2 }),
  },
  // Agribank e-banking: "IBAGRIBANK 2882370 NAME ung ho …" (not confirmed from a real statement; see the tests).
  {
    bank: 'Agribank',
    re: /^IB\s*AGRIBANK\s*[.:]?\s*(\d{5,})?\s*[.:]?\s*/i,
    found: (m) => ({ ...(m[1] ? { ref: m[1], refRank: 3 } : {}), bank: 'Agribank' }),
  },
  // MB and others: "MBBANK IBFT …", VietinBank's "IBFT …" interbank marker.
  { bank: 'MB', re: /^MBBANK\s+IBFT\s*/i, found: () => ({ bank: 'MB' }) },
  { bank: 'VietinBank', re: /^IBFT\s*[:.-]?\s*/i },
];

/**
 * Tails and markers inside the text, removed wherever they are (most are tails). The name rule of
 * Vietcombank comes first: it reads the account holder's name, the surest name a text carries.
 */
export const INNER_RULES: readonly TextRule[] = [
  // Vietcombank: ".CT tu 0011004123456 NGUYEN VAN A toi 0011001932418 MAT TRAN TO QUOC VN - BAN CUU TRO TW".
  {
    bank: 'Vietcombank',
    re: /\.?\s*\bCT\s+tu\s+([0-9xX*]{6,})\s+(.+?)\s+to\s?i\s+\S+\s+.*$/i,
    found: (m) => ({ account: m[1], name: m[2] }),
  },
  // BIDV interbank id: "… -CTLNHIDI000009811425241-1/1-CRE-002".
  { bank: 'BIDV', re: /\s*-\s*(CTLNHI[A-Z]{2}\d+)-\d+\/\d+-[A-Z]+-\d+/, found: (m) => ({ ref: m[1], refRank: 4 }) },
  // BIDV from NAPAS: "… -020097048806160729032025rC6v011964-1/2-PMT-002".
  { bank: 'BIDV', re: /\s*-\s*(\d{16,}[A-Za-z0-9]+)-\d+\/\d+-[A-Z]+-\d+/, found: (m) => ({ ref: m[1], refRank: 4 }) },
  // BIDV and VietinBank: "; thoi gian GD:09/09/2024 23:55:31" (cut short in PDFs: "; thoi gian GD:09/09/2024 23:").
  { bank: 'BIDV', re: /\s*;?\s*thoi\s+gian\s+GD\s*:.*$/i },
  // VietinBank's channel tag: "(CT1111)", "(ct1111)", "ct1111;".
  { bank: 'VietinBank', re: /\s*\(?\bct1111\b\)?\s*;?/gi },
  // NAPAS: "TU CHUYEN KHOAN- 120924-23:21:31 767817" (date-time and trace after the content).
  { bank: 'NAPAS', re: /\s*-\s*\d{6}-\d{2}:\d{2}:\d{2}\s+(\d{6})\b/, found: (m) => ({ ref: m[1], refRank: 5 }) },
  // ACB: "GD 174242-090822 15:45:46".
  { bank: 'ACB', re: /\s*\bGD\s+(\d{6})-\d{6}\s+\d{2}:\d{2}:\d{2}/i, found: (m) => ({ ref: m[1], refRank: 5 }) },
  // Agribank and MB: "Trace 339176", "Trace: 123456".
  { bank: 'Agribank', re: /\s*\bTrace\s*:?\s*(\d{4,})\b/i, found: (m) => ({ ref: m[1], refRank: 5 }) },
  // Techcombank, MB, Vietcombank core references: "FT24254608201092" anywhere.
  { bank: 'Techcombank', re: /\s*\b(FT\d{11,16})\b/i, found: (m) => ({ ref: m[1]?.toUpperCase(), refRank: 2 }) },
  // Wallets named at the end: "chuyen tien qua MoMo", "qua Zalopay".
  { bank: 'MoMo', re: /\s+qua\s+(MoMo|Zalopay|ZaloPay)\b/i, found: (m) => ({ bank: bankName(m[1] ?? '') }) },
  // NAPAS: "; tai Napas".
  { bank: 'NAPAS', re: /\s*;?\s*tai\s+Napas\s*$/i },
];

/** A person's name in the text ends where one of these begins (compared folded, word by word). */
export const STOP_PHRASES: readonly string[] = [
  'tu chuyen khoan',
  'chuyen tien',
  'chuyen khoan',
  'chuyen',
  'ck',
  'ung ho',
  'ungho',
  'uh',
  'ho tro',
  'gui',
  'gop',
  'chia se',
  'cuu tro',
  'quyen gop',
  'tu thien',
  'khac phuc',
  'mien trung',
  'mien bac',
  'mien nam',
  'dong bao',
  'bao lu',
  'lu lut',
  'lu quet',
  'bao so 3',
  'bao so',
  'con bao',
  'bao yagi',
  'yagi',
  'ba con',
  'nguoi dan',
  'vung lu',
  'thanh toan',
  'nop tien',
  'noi dung',
  'nd',
  'mat tran',
  'mttq',
  'ubtw',
  'to quoc',
  'ban cuu tro',
  'viet nam',
  'ha noi',
  'hai phong',
  'sai gon',
  'tp hcm',
  'quang ninh',
  'yen bai',
  'lao cai',
  'cao bang',
  'ha giang',
  'bac giang',
  'phu tho',
  'tuyen quang',
  'lang son',
  'bac ninh',
  'son la',
  'thoi gian',
  'sdt',
  'dt',
  'tk',
  'stk',
  'qua',
  'tai',
  'va',
  'cua',
  'cho',
  'gia dinh',
  'nguoi gui',
  'an danh',
  'nha hao tam',
  'nht',
  'khong ghi ten',
  'giau ten',
];

/** Words that mean the donor does not want a name shown (compared folded, as whole words). */
export const ANONYMOUS = /\b(an danh|nha hao tam|khong ghi ten|khong de ten|khong can ghi ten|giau ten|nht)\b/;

/** An organisation's name starts with one of these and may hold words that end a person's name. */
export const ORGANISATION_STARTS: readonly string[] = [
  'tong cong ty',
  'cong ty',
  'cty',
  'tap doan',
  'ngan hang',
  'dntn',
  'doanh nghiep',
  'hop tac xa',
  'htx',
  'cong doan',
  'chi nhanh',
  'van phong',
  'truong mam non',
  'truong tieu hoc',
  'truong thcs',
  'truong thpt',
  'hoi',
  'chi hoi',
  'chi bo',
];

/** An organisation's name runs until one of these (its own words may include "mien trung", "bac"…). */
export const ORGANISATION_STOPS: readonly string[] = [
  'chuyen tien',
  'chuyen khoan',
  'chuyen',
  'ck',
  'ung ho',
  'ungho',
  'ho tro',
  'gui',
  'kinh gui',
  'tang',
  'chia se',
  'quyen gop',
];

/** Vietnamese family names, folded: a run of words is a person's name when it starts (or, Western order, ends) with one. */
export const SURNAMES = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao doan trinh mai cao luong luu ' +
    'lam ha tang chau quach ta thai kieu tong la giang thach khuc lai trieu nghiem on quan tieu au diep mac ' +
    'lo kim trang phung vuong dam chu khong thieu mach truong bach banh'
  ).split(' '),
);
