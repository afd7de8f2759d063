import ExcelJS from 'exceljs';
import type { GeneratedTransfer } from './statement-generator';

/**
 * Generated transfers as each bank exports a statement: title lines above the header, the bank's columns and
 * money format, a debit or two among the credits and closing total lines — which an importer must not count.
 * The header names are ones bank-statement.ts recognises (its ALIASES).
 */

export type BankLayout = 'vietinbank' | 'bidv' | 'agribank';
export type StatementFileOptions = {
  /** The statement's account, printed in the title; defaults to the first transfer's. */
  accountNo?: string;
  /** Debit lines (money out) mixed among the credits; default 2. */
  debits?: number;
  /** The balance before the first line; default 1.000.000.000 đ. */
  opening?: number;
};

type Cell = string | number | null;
type Line = { kind: 'credit' | 'debit'; ref: string; date: string; time: string; amount: number; text: string };

type Layout = {
  bankName: string;
  separator: ',' | ';';
  header: string[];
  /** A line as cells; `money` formats an amount for a CSV (an .xlsx keeps numbers). */
  line: (l: Line, n: number, balance: number, money: (v: number) => Cell) => Cell[];
  totals: (credit: number, debit: number, closing: number, money: (v: number) => Cell) => Cell[][];
  csvMoney: (v: number) => string;
};

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const dots = (v: number) => Math.abs(v).toLocaleString('de-DE'); // 1.000.000, as Vietnamese banks print
const commas = (v: number) => Math.abs(v).toLocaleString('en-US'); // 1,000,000, as Agribank prints

const LAYOUTS: Record<BankLayout, Layout> = {
  // VietinBank: date-time, its transaction number, the text, debit and credit columns, the balance.
  vietinbank: {
    bankName: 'NGÂN HÀNG TMCP CÔNG THƯƠNG VIỆT NAM (VIETINBANK)',
    separator: ',',
    header: ['STT', 'Ngày giao dịch', 'Mã giao dịch', 'Nội dung giao dịch', 'Ghi nợ', 'Ghi có', 'Số dư'],
    line: (l, n, balance, money) => [
      n,
      `${dmy(l.date)} ${l.time}`,
      l.ref,
      l.text,
      l.kind === 'debit' ? money(l.amount) : null,
      l.kind === 'credit' ? money(l.amount) : null,
      money(balance),
    ],
    totals: (credit, debit, closing, money) => [
      [null, null, null, 'Tổng cộng', money(debit), money(credit), null],
      [null, null, null, 'Số dư cuối kỳ', null, null, money(closing)],
    ],
    csvMoney: dots,
  },
  // BIDV: reference and value date first, amounts with ",00" decimals, the description last.
  bidv: {
    bankName: 'NGÂN HÀNG TMCP ĐẦU TƯ VÀ PHÁT TRIỂN VIỆT NAM (BIDV)',
    separator: ',',
    header: ['STT', 'Số tham chiếu', 'Ngày hiệu lực', 'Ghi nợ', 'Ghi có', 'Số dư', 'Mô tả'],
    line: (l, n, balance, money) => [
      n,
      l.ref,
      `${dmy(l.date)} ${l.time.replace(/^0/, '')}`,
      l.kind === 'debit' ? money(l.amount) : null,
      l.kind === 'credit' ? money(l.amount) : null,
      money(balance),
      l.text,
    ],
    totals: (credit, debit, _closing, money) => [[null, null, null, money(debit), money(credit), null, 'Tổng cộng']],
    csvMoney: (v) => `${dots(v)},00`,
  },
  // Agribank: day only, the trace number, one signed amount column, semicolons (Excel in a Vietnamese locale).
  agribank: {
    bankName: 'NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM (AGRIBANK)',
    separator: ';',
    header: ['Ngày GD', 'Số chứng từ', 'Số tiền', 'Số dư', 'Nội dung'],
    line: (l, _n, balance, money) => [
      dmy(l.date),
      l.ref,
      money(l.kind === 'debit' ? -l.amount : l.amount),
      money(balance),
      l.text,
    ],
    totals: (credit, debit, closing, money) => [
      [null, null, money(credit), null, 'Tổng phát sinh có'],
      [null, null, money(-debit), null, 'Tổng phát sinh nợ'],
      [null, null, null, money(closing), 'Số dư cuối kỳ'],
    ],
    csvMoney: (v) => `${v < 0 ? '-' : ''}${commas(v)}`,
  },
};

/** Money out among the credits: a transfer to a province and a bank fee, as a relief account shows. */
function debitsFor(transfers: readonly GeneratedTransfer[], count: number): Line[] {
  const last = transfers.at(-1);
  const texts = ['Chuyen tien ho tro UBND tinh theo QD 123/QD-MTTW', 'Phi quan ly tai khoan'];
  return Array.from({ length: count }, (_, i) => ({
    kind: 'debit' as const,
    ref: `DR${String(i + 1).padStart(8, '0')}`,
    date:
      transfers[Math.floor(((i + 1) * transfers.length) / (count + 1))]?.valueDate ?? last?.valueDate ?? '2024-09-10',
    time: '16:00:00',
    amount: i % 2 === 0 ? 5_000_000_000 : 11_000,
    text: texts[i % 2] as string,
  }));
}

/** The statement as rows of cells: title lines, header, lines with a running balance, totals. */
function grid(
  transfers: readonly GeneratedTransfer[],
  bank: BankLayout,
  o: StatementFileOptions,
  csv: boolean,
): Cell[][] {
  const layout = LAYOUTS[bank];
  const money = (v: number): Cell => (csv ? layout.csvMoney(v) : v);
  const credits: Line[] = transfers.map((t) => ({
    kind: 'credit',
    ref: t.bankRef,
    date: t.valueDate,
    time: t.time,
    amount: t.amount,
    text: t.text,
  }));
  const debits = debitsFor(transfers, o.debits ?? 2);
  // Each debit goes after the first credit of a later date or at the end, so rows stay in date order.
  const lines: Line[] = [...credits];
  for (const d of debits) {
    const at = lines.findIndex((l) => l.date > d.date);
    lines.splice(at < 0 ? lines.length : at, 0, d);
  }
  const opening = o.opening ?? 1_000_000_000;
  const first = transfers[0]?.valueDate ?? '';
  const end = transfers.at(-1)?.valueDate ?? '';
  const out: Cell[][] = [
    [layout.bankName],
    ['SAO KÊ TÀI KHOẢN / ACCOUNT STATEMENT'],
    [`Số tài khoản: ${o.accountNo ?? transfers[0]?.accountNo ?? ''}`],
    [`Từ ${dmy(first)} đến ${dmy(end)}`],
    [`Số dư đầu kỳ: ${layout.csvMoney(opening)}`],
    [],
    layout.header,
  ];
  let balance = opening;
  let credit = 0;
  let debit = 0;
  lines.forEach((l, i) => {
    balance += l.kind === 'credit' ? l.amount : -l.amount;
    if (l.kind === 'credit') credit += l.amount;
    else debit += l.amount;
    out.push(layout.line(l, i + 1, balance, money));
  });
  out.push(...layout.totals(credit, debit, balance, money));
  return out;
}

const quote = (v: Cell, sep: string): string => {
  const s = v === null ? '' : String(v);
  return s.includes(sep) || s.includes('"') || s.includes('\n') ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The statement as the bank's CSV (UTF-8 with a BOM, as Excel saves "CSV UTF-8"). */
export function statementCsv(
  transfers: readonly GeneratedTransfer[],
  bank: BankLayout,
  o: StatementFileOptions = {},
): string {
  const sep = LAYOUTS[bank].separator;
  return `\uFEFF${grid(transfers, bank, o, true)
    .map((row) => row.map((c) => quote(c, sep)).join(sep))
    .join('\r\n')}\r\n`;
}

/** The statement as the bank's .xlsx: amounts as numbers, dates as the bank's text. */
export async function statementXlsx(
  transfers: readonly GeneratedTransfer[],
  bank: BankLayout,
  o: StatementFileOptions = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sao ke');
  for (const row of grid(transfers, bank, o, false)) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
