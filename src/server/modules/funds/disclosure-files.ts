import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { formatDateVi } from '../../../lib/dates';
import { neutraliseFormula } from '../../../lib/formula-text';
import { unitDisplayName } from '../../../lib/units';
import type { Queryable } from '../../db/client';
import { isFormulaLike } from '../../files/write-sheet';
import { type Disclosure, publicMoneyOut, publicReceipt } from './disclosure';
import { moneyOutPage, receiptColumns } from './disclosure-queries';
import type { Cursor } from './disclosure-search';
import { donations, fundAccounts } from './schema';

/** Rows read from the database at once for a file: a few MB at most, whatever the drive's size. */
export const FILE_CHUNK = 2000;

/** A drive's live receipts in the order of a statement (oldest first), a chunk at a time by keyset. */
export async function* receiptChunks(db: Queryable, driveId: string, size = FILE_CHUNK) {
  let after: { date: string; seq: number } | null = null;
  for (;;) {
    const rows = await db
      .select(receiptColumns)
      .from(donations)
      .leftJoin(fundAccounts, eq(fundAccounts.id, donations.accountId))
      .where(
        and(
          eq(donations.driveId, driveId),
          isNull(donations.voidedAt),
          after ? sql`(${donations.date}, ${donations.seq}) > (${after.date}, ${after.seq})` : undefined,
        ),
      )
      .orderBy(asc(donations.date), asc(donations.seq))
      .limit(size);
    if (rows.length === 0) return;
    yield rows.map(publicReceipt);
    const last = rows.at(-1);
    if (!last || rows.length < size) return;
    after = { date: last.date, seq: last.seq };
  }
}

/** All money out of a drive, oldest first (a few hundred rows; read by pages all the same). */
export async function allMoneyOut(
  db: Queryable,
  drive: { id: string; fundId: string; periodFrom: string; periodTo: string },
) {
  const none = { words: [], amounts: [], dates: [], refs: [], numbers: [] };
  const out: ReturnType<typeof publicMoneyOut>[] = [];
  let cursor: Cursor | null = null;
  for (;;) {
    const page = await moneyOutPage(db, drive, none, cursor);
    out.push(...page.rows.map(publicMoneyOut));
    const last = page.rows.at(-1);
    if (!page.hasOlder || !last) break;
    cursor = { dir: 'after', date: last.date, key: last.key };
  }
  return out.reverse();
}

const bankOf = (x: { bank: string | null; bankRef: string | null }) => x.bank ?? '';

const csvCell = (v: string | number | null) => {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = neutraliseFormula(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvLine = (cells: (string | number | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** Waits when the reader is slower than the database: memory stays at one chunk. */
const drained = (out: Writable, ok: boolean) =>
  ok ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));

/** The sao kê as CSV (UTF-8 with BOM, so Excel reads the diacritics), written as the chunks are read. */
export async function writeDisclosureCsv(db: Queryable, d: Disclosure, out: Writable, fundId: string) {
  await drained(out, out.write('\ufeff'));
  await drained(
    out,
    out.write(
      csvLine([
        'STT',
        'Số phiếu',
        'Ngày',
        'Người ủng hộ',
        'Số tiền (đồng)',
        'Ngân hàng',
        'Mã giao dịch',
        'Hiện vật',
        'Giá trị hiện vật (đồng)',
      ]),
    ),
  );
  let i = 0;
  for await (const chunk of receiptChunks(db, d.drive.id)) {
    let text = '';
    for (const x of chunk) {
      i += 1;
      text += csvLine([
        i,
        x.receiptNo,
        formatDateVi(x.date),
        x.donorName,
        x.amount,
        bankOf(x),
        x.bankRef,
        x.inKindDescription,
        x.inKindValue || null,
      ]);
    }
    await drained(out, out.write(text));
  }
  const drive = { id: d.drive.id, fundId, periodFrom: d.drive.from, periodTo: d.drive.to };
  await drained(out, out.write(csvLine([])));
  await drained(
    out,
    out.write(csvLine(['', 'Số phiếu chi', 'Ngày', 'Người nhận', 'Số tiền (đồng)', 'Quyết định', 'Nội dung'])),
  );
  for (const p of await allMoneyOut(db, drive))
    await drained(
      out,
      out.write(csvLine(['', p.payoutNo, formatDateVi(p.date), p.recipient, p.amount, p.decisionRef, p.purpose])),
    );
  out.end();
}

/**
 * The sao kê as .xlsx through ExcelJS's streaming writer: each row is committed (written out and forgotten) as it is
 * added, so a million receipts never sit in memory. Text a spreadsheet would run as a formula is written as text.
 */
export async function writeDisclosureXlsx(db: Queryable, d: Disclosure, out: Writable, fundId: string) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'mattran';
  const ws = wb.addWorksheet('Công khai');
  ws.columns = [6, 16, 12, 40, 16, 16, 28, 30, 18].map((width) => ({ width }));
  const add = (cells: (string | number | null)[], bold = false) => {
    const row = ws.addRow(cells);
    if (bold) row.font = { bold: true };
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && isFormulaLike(cell.value)) cell.numFmt = '@';
      if (typeof cell.value === 'number' && Number(cell.col) > 4) cell.numFmt = '#,##0';
    });
    row.commit();
  };
  add([`Ủy ban MTTQ Việt Nam ${unitDisplayName(d.commune)}`], true);
  add(
    [`Công khai ${d.drive.name} (${d.fund.name}), từ ${formatDateVi(d.drive.from)} đến ${formatDateVi(d.drive.to)}`],
    true,
  );
  add([]);
  add(
    [
      'STT',
      'Số phiếu',
      'Ngày',
      'Người ủng hộ',
      'Tiền (đồng)',
      'Ngân hàng',
      'Mã giao dịch',
      'Hiện vật',
      'Giá trị hiện vật (đồng)',
    ],
    true,
  );
  let i = 0;
  for await (const chunk of receiptChunks(db, d.drive.id)) {
    for (const x of chunk) {
      i += 1;
      add([
        i,
        x.receiptNo,
        formatDateVi(x.date),
        x.donorName,
        x.amount,
        bankOf(x),
        x.bankRef ?? '',
        x.inKindDescription ?? '',
        x.inKindValue || null,
      ]);
    }
    // Let other requests in between chunks.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  add(['', '', '', 'Tổng cộng', d.totals.cash, '', '', '', d.totals.goods], true);
  add([]);
  add(['', 'Số phiếu chi', 'Ngày', 'Người nhận', 'Số tiền (đồng)', 'Quyết định', 'Nội dung'], true);
  const drive = { id: d.drive.id, fundId, periodFrom: d.drive.from, periodTo: d.drive.to };
  for (const p of await allMoneyOut(db, drive))
    add(['', p.payoutNo ?? '', formatDateVi(p.date), p.recipient, p.amount, p.decisionRef ?? '', p.purpose]);
  add(['', '', '', 'Đã chi', d.totals.paidOut], true);
  add(['', '', '', 'Chuyển lên cấp trên', d.totals.transferredUp], true);
  add(['', '', '', 'Còn lại (tiền mặt)', d.totals.balance], true);
  ws.commit();
  await wb.commit();
}

/** A stream a response can send while `write` fills it; a failure mid-way cuts the download rather than hang. */
export function streamed(write: (out: Writable) => Promise<void>): PassThrough {
  const out = new PassThrough();
  write(out).catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
