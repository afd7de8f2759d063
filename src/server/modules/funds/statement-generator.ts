import { addDays } from '../../../lib/dates';
import {
  ANONYMOUS,
  agribankText,
  bidvText,
  companyName,
  digits,
  MESSAGES,
  NAMELESS,
  type Payer,
  personName,
  pick,
  prng,
  type Random,
  type TextParts,
  vietinbankText,
} from './statement-generator-text';

export { prng } from './statement-generator-text';
export { type BankLayout, statementCsv, statementXlsx, type StatementFileOptions } from './statement-writers';

/**
 * Realistic bank statements for tests, the bench and the demo: the three banks' shapes of the front's Yagi relief
 * statements (VietinBank fast transfers, BIDV with masked accounts, Agribank short texts whose trace numbers come
 * back on another day with another amount), seeded so the same options give the same statement everywhere.
 */

export type StatementBank = 'vietinbank' | 'bidv' | 'agribank';

export type GeneratedTransfer = {
  /** The fund's account the statement is for: part of a transfer's identity. */
  accountNo: string;
  bank: StatementBank;
  bankRef: string;
  valueDate: string;
  /** 'HH:MM:SS', for the statement's date-time column. */
  time: string;
  /** Integer đồng, > 0. */
  amount: number;
  text: string;
  /** The name a reader of the text must find; null for anonymous or nameless texts. */
  payerName: string | null;
};

export type GenerateOptions = {
  seed: number;
  count: number;
  bank: StatementBank;
  accountNo: string;
  /** First value date, 'YYYY-MM-DD'. */
  from: string;
  days: number;
  /** How many transfers reuse an earlier transfer's reference, on another day with another amount. */
  reuseRefs?: number;
  /** A drive code some donors type (e.g. "VNN2026"), in `codeShare` of the texts (default 5%). */
  driveCode?: string;
  codeShare?: number;
};

/** Round amounts with their cumulative share of donations. */
const ROUND: readonly [number, number][] = [
  [0.1, 50_000],
  [0.4, 100_000],
  [0.6, 200_000],
  [0.65, 300_000],
  [0.8, 500_000],
  [0.86, 1_000_000],
  [0.88, 2_000_000],
  [0.9, 20_000],
];

/** Donations cluster on round amounts; some are odd; a few are large company gifts. */
function amountOf(rnd: Random, company: boolean): number {
  if (company) return (Math.floor(rnd() * 200) + 10) * 1_000_000 * (rnd() < 0.1 ? 10 : 1);
  const r = rnd();
  const hit = ROUND.find(([p]) => r < p);
  if (hit) return hit[1];
  return rnd() < 0.5 ? (Math.floor(rnd() * 99) + 1) * 10_000 : Math.floor(rnd() * 990_000) + 10_000;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const dayOfYear = (iso: string) =>
  Math.floor((Date.parse(iso) - Date.parse(`${iso.slice(0, 4)}-01-01`)) / 86_400_000) + 1;

/** A reference of the bank's own shape, unique within one generated statement. */
function refOf(rnd: Random, bank: StatementBank, date: string, day: number, used: Set<string>): string {
  for (;;) {
    const ref =
      bank === 'bidv'
        ? `FT${date.slice(2, 4)}${String(day).padStart(3, '0')}${digits(rnd, 9)}`
        : bank === 'vietinbank'
          ? `5${digits(rnd, 11)}`
          : digits(rnd, 7);
    if (!used.has(ref)) {
      used.add(ref);
      return ref;
    }
  }
}

type Draft = {
  date: string;
  time: string;
  amount: number;
  payer: Payer | null;
  anonymous: string | null;
  code: boolean;
};

function draftOf(rnd: Random, o: GenerateOptions, dates: readonly string[]): Draft {
  // Earlier days weigh more: gifts peak in the first days after the storm.
  const date = dates[Math.min(o.days - 1, Math.floor(rnd() ** 1.6 * o.days))] as string;
  const time = `${pad2(Math.floor(rnd() * 24))}:${pad2(Math.floor(rnd() * 60))}:${pad2(Math.floor(rnd() * 60))}`;
  const kind = rnd();
  const company = kind < 0.01;
  const anonymous = kind >= 0.01 && kind < 0.03 ? pick(rnd, ANONYMOUS) : null;
  const nameless = kind >= 0.03 && kind < 0.06;
  const payer = company ? companyName(rnd) : nameless ? null : personName(rnd);
  return { date, time, amount: amountOf(rnd, company), payer, anonymous, code: rnd() < (o.codeShare ?? 0.05) };
}

/** Gives `count` later drafts the reference of an earlier one with another date and amount (each source once). */
function reuse(rnd: Random, drafts: Draft[], refs: string[], count: number): void {
  const taken = new Set<number>();
  for (let n = 0, tries = 0; n < count && tries < count * 50; tries++) {
    const target = 1 + Math.floor(rnd() * (drafts.length - 1));
    const source = Math.floor(rnd() * target);
    const t = drafts[target] as Draft;
    const s = drafts[source] as Draft;
    if (taken.has(target) || taken.has(source) || t.date === s.date) continue;
    if (t.amount === s.amount) t.amount += 10_000;
    refs[target] = refs[source] as string;
    taken.add(target).add(source);
    n++;
  }
}

/** A statement's credits for one account, in date order. */
export function generateTransfers(o: GenerateOptions): GeneratedTransfer[] {
  const rnd = prng(o.seed);
  // Plain code-unit order: ISO dates and times sort so, and localeCompare is ten times slower at 100,000 rows.
  const at = (d: Draft) => d.date + d.time;
  const dates = Array.from({ length: o.days }, (_, d) => addDays(o.from, d));
  const days = new Map(dates.map((d) => [d, dayOfYear(d)]));
  const drafts = Array.from({ length: o.count }, () => draftOf(rnd, o, dates)).sort((a, b) =>
    at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : 0,
  );
  const used = new Set<string>();
  const refs = drafts.map((d) => refOf(rnd, o.bank, d.date, days.get(d.date) ?? 0, used));
  if (o.reuseRefs) reuse(rnd, drafts, refs, o.reuseRefs);
  return drafts.map((d, i) => {
    const bankRef = refs[i] as string;
    const message = d.payer === null && !d.anonymous ? pick(rnd, NAMELESS) : pick(rnd, MESSAGES);
    const parts: TextParts = {
      payer: d.payer?.printed ?? null,
      anonymous: d.anonymous,
      message: d.code && o.driveCode ? `${o.driveCode} ${message}` : message,
      bankRef,
      date: d.date,
      time: d.time,
    };
    const text =
      o.bank === 'vietinbank'
        ? vietinbankText(rnd, parts)
        : o.bank === 'bidv'
          ? bidvText(rnd, parts, o.accountNo)
          : agribankText(rnd, parts);
    const payerName = d.anonymous ? null : (d.payer?.truth ?? null);
    return {
      accountNo: o.accountNo,
      bank: o.bank,
      bankRef,
      valueDate: d.date,
      time: d.time,
      amount: d.amount,
      text,
      payerName,
    };
  });
}

/** A seeded Fisher–Yates shuffle: the same rows in another order (banks do not promise an order). */
export function shuffle<T>(rows: readonly T[], seed: number): T[] {
  const rnd = prng(seed);
  const out = [...rows];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Consecutive files of a statement, each after the first repeating the last `overlap` rows of the one before
 * (as when statements are downloaded for overlapping date ranges): those repeats are the true duplicates.
 */
export function splitIntoFiles(
  transfers: readonly GeneratedTransfer[],
  { files, overlap }: { files: number; overlap: number },
): GeneratedTransfer[][] {
  const size = Math.ceil(transfers.length / files);
  return Array.from({ length: files }, (_, f) =>
    transfers.slice(Math.max(0, f * size - (f === 0 ? 0 : overlap)), (f + 1) * size),
  ).filter((file) => file.length > 0);
}

/** The same transfers as seen on another account of the fund: same references, dates and amounts, not duplicates. */
export function inAccount(transfers: readonly GeneratedTransfer[], accountNo: string): GeneratedTransfer[] {
  return transfers.map((t) => ({ ...t, accountNo }));
}

/** A transfer's identity: (account, bank reference, value date, amount). */
export const transferKey = (t: Pick<GeneratedTransfer, 'accountNo' | 'bankRef' | 'valueDate' | 'amount'>) =>
  `${t.accountNo}|${t.bankRef}|${t.valueDate}|${t.amount}`;

export type ExpectedTotals = {
  /** Credit rows across the files (debits and total lines are not transfers). */
  rows: number;
  rowsAmount: number;
  /** Distinct transfers by identity: what an import must store. */
  distinct: number;
  distinctAmount: number;
  /** Rows that repeat a transfer already in an earlier row or file: what an import must skip and list. */
  duplicates: number;
  duplicatesAmount: number;
};

/** The truth an import of these files must reach. */
export function expectedTotals(files: readonly (readonly GeneratedTransfer[])[]): ExpectedTotals {
  const seen = new Set<string>();
  const out: ExpectedTotals = {
    rows: 0,
    rowsAmount: 0,
    distinct: 0,
    distinctAmount: 0,
    duplicates: 0,
    duplicatesAmount: 0,
  };
  for (const file of files)
    for (const t of file) {
      out.rows++;
      out.rowsAmount += t.amount;
      const key = transferKey(t);
      if (seen.has(key)) {
        out.duplicates++;
        out.duplicatesAmount += t.amount;
      } else {
        seen.add(key);
        out.distinct++;
        out.distinctAmount += t.amount;
      }
    }
  return out;
}
