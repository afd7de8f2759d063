import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../../lib/dates';
import { systemMeta } from '../../core/actor';
import {
  ADMIN_PASSWORD,
  PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type World,
} from '../../testing/harness';
import { createUser } from '../users/commands/create-user';
import {
  findDriveCodes,
  matchDriveCode,
  parseBankStatement,
  parseStatementAmount,
  parseStatementDate,
  readStatementGrid,
  StatementFileError,
} from './bank-statement';
import { parseCsv, type Cell, type SheetRow as GridRow } from '../../files/read-sheet';

// ——— The parser, without a database ———

const grid = (rows: Cell[][], first = 1): GridRow[] => rows.map((cells, i) => ({ row: first + i, cells }));

describe('bank statement parser', () => {
  it('finds the header by Vietnamese or English aliases, ignoring diacritics, units and title lines', () => {
    const headers: Cell[][] = [
      ['Ngày giao dịch', 'Mã giao dịch', 'Số tiền ghi có (VND)', 'Nội dung', 'Tên người chuyển'],
      ['NGAY GIAO DICH', 'SO THAM CHIEU', 'GHI CO', 'DIEN GIAI', 'NGUOI CHUYEN'],
      ['Transaction date', 'Transaction ID', 'Credit', 'Details', 'Remitter'],
      ['Date', 'Ref', 'Amount', 'Description', 'Payer'],
      ['Ngày hiệu lực', 'Số bút toán', 'Có', 'Mô tả', 'Đối ứng'],
      ['Ngày / Date', 'Reference', 'Số tiền', 'Nội dung/Description', 'Tên người chuyển'],
    ];
    for (const header of headers) {
      const p = readStatementGrid(
        grid([
          ['SAO KÊ TÀI KHOẢN'],
          ['Số tài khoản: 1234567890'],
          [],
          header,
          ['26/03/2026', 'FT1', '1.000.000', 'UNG HO VNN2026', 'NGUYEN VAN A'],
        ]),
      );
      expect(p.errors, String(header)).toEqual([]);
      expect(p.headerRow).toBe(4);
      expect(p.rows).toEqual([
        {
          row: 5,
          txnId: 'FT1',
          date: '2026-03-26',
          amount: 1_000_000,
          description: 'UNG HO VNN2026',
          payerName: 'NGUYEN VAN A',
          payerAccount: null,
          anonymous: false,
        },
      ]);
    }
  });

  it('refuses a file whose header is not in the first 15 rows, or lacks the description column', () => {
    const late = grid([
      ...Array.from({ length: 15 }, (_, i) => [`Dòng ${i}`]),
      ['Ngày', 'Mã giao dịch', 'Ghi có', 'Nội dung'],
      ['26/03/2026', 'FT1', '1000', 'x'],
    ]);
    expect(() => readStatementGrid(late)).toThrow(StatementFileError);
    // Without a reference column the reference comes from the transfer text; a row with none is an error.
    const noId = readStatementGrid(
      grid([
        ['Ngày', 'Ghi có', 'Nội dung'],
        ['26/03/2026', '1000', 'x'],
      ]),
    );
    expect(noId.errors.map((e) => `${e.row}.${e.field}`)).toEqual(['2.txnId']);
    expect(() =>
      readStatementGrid(
        grid([
          ['Ngày', 'Mã giao dịch', 'Ghi có'],
          ['26/03/2026', 'FT1', '1000'],
        ]),
      ),
    ).toThrow(/nội dung/);
  });

  it('reads dates as banks print them, and Excel dates', () => {
    expect(parseStatementDate('26/03/2023')).toBe('2023-03-26');
    expect(parseStatementDate('26/03/2023 10:15:00')).toBe('2023-03-26');
    expect(parseStatementDate('6/3/2023 9:05')).toBe('2023-03-06');
    expect(parseStatementDate('26-03-2023')).toBe('2023-03-26');
    expect(parseStatementDate('2023-03-26')).toBe('2023-03-26');
    expect(parseStatementDate('2023-03-26T10:15:00')).toBe('2023-03-26');
    expect(parseStatementDate(new Date(Date.UTC(2023, 2, 26, 10, 15)))).toBe('2023-03-26');
    expect(parseStatementDate(25_569 + Date.UTC(2023, 2, 26) / 86_400_000)).toBe('2023-03-26'); // an Excel serial
    expect(parseStatementDate('31/02/2023')).toBeNull();
    expect(parseStatementDate('03/26/2023')).toBeNull(); // month first is not a Vietnamese bank's
    expect(parseStatementDate('hôm qua')).toBeNull();
  });

  it('reads amounts as banks print them; đồng have no fraction', () => {
    for (const s of [
      '1.000.000',
      '1,000,000',
      '1000000',
      '1.000.000 VND',
      '1 000 000 đ',
      '1,000,000.00',
      '1.000.000,00',
      '+1.000.000',
      '1.000.000 VNĐ',
      'VND 1,000,000',
    ])
      expect(parseStatementAmount(s), s).toBe(1_000_000);
    expect(parseStatementAmount(1_000_000)).toBe(1_000_000);
    expect(parseStatementAmount('-500.000')).toBe(-500_000);
    expect(parseStatementAmount('(500.000)')).toBe(-500_000);
    for (const s of ['1,5', '1.000.000,50', '1000.5', 'một triệu', '1.00.000', '12abc'])
      expect(parseStatementAmount(s), s).toBeNull();
    expect(parseStatementAmount(1000.5)).toBeNull();
    expect(parseStatementAmount('')).toBeUndefined();
    expect(parseStatementAmount(null)).toBeUndefined();
  });

  it('skips debits (a debit column, a negative signed amount) and summary lines, but says so', () => {
    const credit = readStatementGrid(
      grid([
        ['Ngày', 'Mã giao dịch', 'Ghi nợ', 'Ghi có', 'Nội dung'],
        ['01/03/2026', 'A1', '', '200.000', 'ung ho'],
        ['02/03/2026', 'A2', '50.000', '', 'phi SMS'],
        ['', '', '50.000', '200.000', 'Tổng cộng'],
        ['Số dư cuối kỳ', '', '', '', '150.000'],
      ]),
    );
    expect(credit.rows.map((r) => r.txnId)).toEqual(['A1']);
    expect(credit.ignored.map((n) => n.row)).toEqual([3, 4, 5]);
    expect(credit.errors).toEqual([]);
    const signed = readStatementGrid(
      grid([
        ['Date', 'Reference', 'Amount', 'Description'],
        ['01/03/2026', 'B1', '-300,000', 'rut tien'],
        ['01/03/2026', 'B2', '300,000', 'nop tien'],
      ]),
    );
    expect(signed.rows.map((r) => [r.txnId, r.amount])).toEqual([['B2', 300_000]]);
    expect(signed.ignored).toEqual([{ row: 2, reason: expect.stringContaining('ghi nợ') }]);
  });

  it('reports every unreadable row with its number and field, never drops it', () => {
    const p = readStatementGrid(
      grid(
        [
          ['Ngày', 'Mã giao dịch', 'Ghi có', 'Nội dung'],
          ['01/03/2026', 'C1', 'một triệu', 'x'],
          ['32/03/2026', 'C2', '1.000', 'x'],
          ['01/03/2026', '', '1.000', 'x'],
          ['01/03/2026', 'C4', '1.000', 'x'],
          ['02/03/2026', 'C4', '2.000', 'x'],
          ['02/03/2026', 'C6', '', 'chỉ có nội dung'],
          ['30/12/2026', 'C7', '1.000', 'ngày tương lai'],
        ],
        10,
      ),
      '2026-11-26',
    );
    // One error per row (its first field at fault); a reference repeated on another day is no error: the identity
    // of a transfer is (account, reference, date, amount), decided at import.
    expect(p.errors.map((e) => `${e.row}.${e.field}`)).toEqual([
      '11.amount',
      '12.date',
      '13.txnId',
      '16.amount',
      '17.date',
    ]);
    expect(p.errors.map((e) => e.amount)).toEqual([null, 1000, 1000, null, 1000]);
    expect(p.rows.map((r) => r.txnId)).toEqual(['C4', 'C4']);
  });

  it('parses CSV: BOM, comma or semicolon, quoted separators, doubled quotes and line breaks', async () => {
    const rows = parseCsv('a;"b;c";"say ""hi"""\r\n1;"two\nlines";3\n', ';');
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b;c', 'say "hi"'] },
      { row: 2, cells: ['1', 'two\nlines', '3'] },
    ]);
    const comma =
      '\uFEFFNgày giao dịch,Mã giao dịch,Số tiền ghi có,Nội dung\n26/03/2026,FT9,"1,000,000","ung ho, VNN2026"\n';
    const semi = 'Ngày giao dịch;Mã giao dịch;Số tiền ghi có;Nội dung\n26/03/2026;FT9;1.000.000;"ung ho; VNN2026"\n';
    for (const text of [comma, semi]) {
      const p = await parseBankStatement(new TextEncoder().encode(text), 'saoke.csv');
      expect(p.rows).toEqual([
        {
          row: 2,
          txnId: 'FT9',
          date: '2026-03-26',
          amount: 1_000_000,
          description: expect.stringContaining('VNN2026'),
          payerName: null,
          payerAccount: null,
          anonymous: false,
        },
      ]);
    }
    await expect(parseBankStatement(new Uint8Array([0x4e, 0x67, 0xe0, 0x79, 0x2c]), 'x.csv')).rejects.toThrow(/UTF-8/);
    await expect(parseBankStatement(new TextEncoder().encode('a,b\n"open'), 'x.csv')).rejects.toThrow(
      StatementFileError,
    );
  });

  it('matches a drive code only as a whole word in the folded, upper-cased transfer text', () => {
    const codes = ['VNN2026', 'CT2026'];
    expect(matchDriveCode('NGUYEN VAN A CHUYEN TIEN UNG HO VNN2026', codes)).toBe('VNN2026');
    expect(matchDriveCode('Nguyễn Văn A ủng hộ vnn2026', codes)).toBe('VNN2026');
    expect(matchDriveCode('MBVCB.3123.VNN2026.UNG HO', codes)).toBe('VNN2026');
    expect(matchDriveCode('UNG HO VNN20261', codes)).toBeNull();
    expect(matchDriveCode('UNG HOVNN2026', codes)).toBeNull();
    expect(matchDriveCode('ung ho quy', codes)).toBeNull();
    expect(matchDriveCode('VNN2026 va CT2026', codes)).toBeNull(); // two drives: a person decides
    expect(findDriveCodes('VNN2026 va CT2026', codes)).toEqual(['VNN2026', 'CT2026']);
    expect(matchDriveCode('VNN2026 VNN2026', codes)).toBe('VNN2026');
  });
});

// ——— Through the API ———

let h: Harness;
let w: World;
const t: Record<string, string> = {};
let fundId = '';
let driveId = '';
let otherFundDriveId = '';
let otherFundId = '';
const MONEY = ['bank_rows', 'donations', 'document_counters'];
let ip = 0;

type Result = {
  imported: number;
  matched: number;
  unmatched: number;
  skipped: number;
  ignored: { row: number; reason: string }[];
  receipts: { row: number; txnId: string; receiptNo: string }[];
  errors: unknown[];
};
type Row = {
  id: string;
  donationId: string | null;
  txnId: string;
  date: string;
  status: string;
  amount: number;
  driveId: string | null;
  driveCode: string | null;
  receiptNo: string | null;
  payerName: string | null;
  ignoreReason: string | null;
};

async function post<T>(token: string | undefined, path: string, body: unknown) {
  return (await h.request('POST', path, { token, body })) as { status: number; body: T & ErrorBody };
}
async function get<T>(token: string | undefined, path: string) {
  return (await h.request('GET', path, { token })) as { status: number; body: T & ErrorBody };
}
async function upload<T = Result>(
  token: string | undefined,
  fund: string,
  name: string,
  content: string | ArrayBuffer,
) {
  const form = new FormData();
  form.set('file', new File([content], name));
  const headers: Record<string, string> = { 'x-forwarded-for': `10.250.${(++ip >> 8) & 255}.${ip & 255}` };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await h.app.request(`/api/v1/funds/${fund}/bank-statements`, { method: 'POST', body: form, headers });
  return { status: res.status, body: (await res.json()) as T & ErrorBody };
}
async function rows(status?: string) {
  const res = await get<{ items: Row[] }>(
    t.standing1,
    `/api/v1/funds/${fundId}/bank-rows${status ? `?status=${status}` : ''}`,
  );
  expect(res.status).toBe(200);
  return res.body.items;
}
const rowOf = async (txnId: string) => {
  const r = (await rows()).find((x) => x.txnId === txnId);
  if (!r) throw new Error(`no bank row ${txnId}`);
  return r;
};

// Title lines, a semicolon separator, a BOM, quotes, a debit and a totals line: what a bank's "CSV" looks like.
const CSV = [
  '\uFEFFSAO KÊ TÀI KHOẢN;;;;;;',
  'Số tài khoản: 1234567890;;;;;;',
  'Từ ngày 01/03/2026 đến ngày 31/03/2026;;;;;;',
  'STT;Ngày giao dịch;Số tham chiếu;Số tiền ghi nợ;Số tiền ghi có;Nội dung;Tên người chuyển',
  '1;05/03/2026 10:15:00;FT26064001;;"1.000.000";"NGUYEN VAN A CHUYEN TIEN UNG HO VNN2026";NGUYEN VAN A',
  '2;06/03/2026;FT26065002;;500.000 VND;"Ung ho quy; khong ghi ma";TRAN THI B',
  '3;07/03/2026;FT26066003;200.000;;Phi quan ly tai khoan;',
  '4;08/03/2026;FT26067004;;2.000.000;ủng hộ vnn2026 thôn Một;',
  '5;09/03/2026;FT26068005;;300.000;VNN20261 ung ho;LE VAN C',
  '6;10/03/2026;FT26069006;;400.000;VNN2026 CT2026;PHAM VAN D',
  ';;;200.000;4.200.000;Tổng cộng;',
].join('\r\n');

async function xlsxStatement(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Statement');
  ws.addRow(['ACCOUNT STATEMENT']);
  ws.addRow(['Account: 1234567890']);
  ws.addRow(['Transaction date', 'Reference', 'Amount', 'Description', 'Remitter']);
  ws.addRow([new Date(Date.UTC(2026, 2, 20)), 'TX-1001', 1_500_000, 'Ung ho VNN2026', 'HOANG VAN E']);
  ws.addRow(['21/03/2026', 'TX-1002', -250_000, 'Rut tien', null]);
  ws.addRow(['2026-03-22', 'TX-1003', '750,000', 'chuyen khoan hoan phi', null]);
  ws.addRow(['05/03/2026', 'FT26064001', 1_000_000, 'NGUYEN VAN A CHUYEN TIEN UNG HO VNN2026', 'NGUYEN VAN A']); // in the CSV already
  ws.getColumn(1).numFmt = 'dd/mm/yyyy';
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['standing1', 'village1', 'viewer1']) t[u] = await h.login(u);
  await createUser(h.db, systemMeta, {
    username: 'standing3',
    password: PASSWORD,
    fullName: 'BTT xã Ba',
    roles: [{ role: 'standing', unitId: w.C3.id, organizationId: null, unitPath: w.C3.path, unitLevel: 'commune' }],
  });
  t.standing3 = await h.login('standing3');

  const f = await post<{ id: string }>(t.standing1, '/api/v1/funds', {
    communeId: w.C1.id,
    name: 'Quỹ Vì người nghèo',
    bankBin: '970405',
    bankAccount: '1234567890',
  });
  expect(f.status).toBe(201);
  fundId = f.body.id;
  const d = await post<{ id: string; code: string }>(t.standing1, '/api/v1/drives', {
    fundId,
    name: 'Vận động Vì người nghèo 2026',
    code: 'VNN2026',
    from: '2026-01-01',
    to: '2026-12-31',
  });
  expect(d.status).toBe(201);
  driveId = d.body.id;
  expect(
    (
      await post(t.standing1, '/api/v1/drives', {
        fundId,
        name: 'Cứu trợ 2026',
        code: 'CT2026',
        from: '2026-01-01',
        to: '2026-12-31',
      })
    ).status,
  ).toBe(201);
  const other = await post<{ id: string }>(t.standing1, '/api/v1/funds', {
    communeId: w.C1.id,
    name: 'Quỹ vì biển đảo',
  });
  const od = await post<{ id: string }>(t.standing1, '/api/v1/drives', {
    fundId: other.body.id,
    name: 'Biển đảo 2026',
    code: 'QBD2026',
    from: '2026-01-01',
    to: '2026-12-31',
  });
  otherFundDriveId = od.body.id;
  otherFundId = other.body.id;
  // Two cash receipts before any statement: bank receipts must be numbered after them.
  for (const amount of [100_000, 200_000]) {
    const r = await post<{ receiptNo: string }>(t.standing1, '/api/v1/donations', {
      fundId,
      driveId,
      donorKind: 'person',
      donorName: 'Lê Thị Hoa',
      amount,
      date: '2026-03-01',
    });
    expect(r.status).toBe(201);
  }
});
afterAll(async () => h?.close());

describe('importing a statement', () => {
  it('a CSV: every credit becomes a receipt numbered after existing ones; one drive code names its drive', async () => {
    const res = await upload(t.standing1, fundId, 'saoke-thang3.csv', CSV);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ imported: 5, matched: 2, unmatched: 3, skipped: 0, errors: [] });
    expect(res.body.receipts).toEqual([
      { row: 5, txnId: 'FT26064001', receiptNo: 'PT-2026-0003' },
      { row: 8, txnId: 'FT26067004', receiptNo: 'PT-2026-0005' },
    ]);
    expect(res.body.ignored.map((n) => n.row)).toEqual([7, 11]); // the debit and the totals line

    const a = await rowOf('FT26064001');
    expect(a).toMatchObject({
      status: 'matched',
      amount: 1_000_000,
      driveId,
      driveCode: 'VNN2026',
      receiptNo: 'PT-2026-0003',
    });
    expect(await rowOf('FT26065002')).toMatchObject({
      status: 'unmatched',
      driveId: null,
      receiptNo: 'PT-2026-0004',
      payerName: 'TRAN THI B',
    });
    expect(await rowOf('FT26068005')).toMatchObject({ status: 'unmatched' }); // VNN20261 is not VNN2026
    expect(await rowOf('FT26069006')).toMatchObject({ status: 'unmatched' }); // two codes
    expect((await rows()).some((r) => r.txnId === 'FT26066003')).toBe(false);

    const receipts = await h.db.execute<{
      receipt_no: string;
      donor_name: string;
      donor_kind: string;
      method: string;
      date: string;
      bank_row_id: string | null;
      unit_path: string;
    }>(
      sql`select receipt_no, donor_name, donor_kind, method, date::text as date, bank_row_id, unit_path from donations where fund_id = ${fundId} and method = 'bank_transfer' order by seq`,
    );
    const list = (
      receipts as unknown as {
        rows: {
          receipt_no: string;
          donor_name: string;
          donor_kind: string;
          method: string;
          date: string;
          bank_row_id: string | null;
          unit_path: string;
        }[];
      }
    ).rows;
    expect(list.map((r) => [r.receipt_no, r.donor_kind, r.donor_name, r.date])).toEqual([
      ['PT-2026-0003', 'person', 'NGUYEN VAN A', '2026-03-05'],
      ['PT-2026-0004', 'person', 'TRAN THI B', '2026-03-06'],
      ['PT-2026-0005', 'anonymous', 'Nhà hảo tâm', '2026-03-08'],
      ['PT-2026-0006', 'person', 'LE VAN C', '2026-03-09'],
      ['PT-2026-0007', 'person', 'PHAM VAN D', '2026-03-10'],
    ]);
    expect(list[0]?.bank_row_id).toBe(a.id);
    expect(list[0]?.unit_path).toBe(w.C1.path);

    const summary = await get<{ total: number; count: number }>(t.standing1, `/api/v1/drives/${driveId}/summary`);
    expect(summary.body).toMatchObject({ total: 300_000 + 3_000_000, count: 4 });
    const audit = await h.db.execute<{ action: string; n: number }>(
      sql`select action, count(*)::int as n from audit_log where action in ('bank.import', 'donation.record') group by action order by action`,
    );
    expect((audit as unknown as { rows: { action: string; n: number }[] }).rows).toEqual([
      { action: 'bank.import', n: 1 },
      { action: 'donation.record', n: 2 }, // the two cash receipts: the import's receipts are on its own audit row
    ]);
  });

  it('re-importing the same file skips every row: no row, receipt or number, only the upload record', async () => {
    const before = await h.counts(MONEY);
    const res = await upload(t.standing1, fundId, 'saoke-thang3.csv', CSV);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ imported: 0, matched: 0, unmatched: 0, skipped: 5 });
    const after = await h.counts(MONEY);
    for (const table of MONEY) expect(after[table], table).toBe(before[table]);
  });

  it('an XLSX with English headers, Excel dates and signed amounts; rows already imported are skipped', async () => {
    const res = await upload(t.standing1, fundId, 'statement.xlsx', await xlsxStatement());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ imported: 2, matched: 1, unmatched: 1, skipped: 1 });
    expect(res.body.receipts).toEqual([{ row: 4, txnId: 'TX-1001', receiptNo: 'PT-2026-0008' }]);
    expect(res.body.ignored).toEqual([{ row: 5, reason: expect.stringContaining('ghi nợ') }]);
    expect(await rowOf('TX-1001')).toMatchObject({
      status: 'matched',
      date: '2026-03-20',
      amount: 1_500_000,
      payerName: 'HOANG VAN E',
    });
    expect(await rowOf('TX-1003')).toMatchObject({ date: '2026-03-22' });
    expect(await rowOf('TX-1003')).toMatchObject({ status: 'unmatched', amount: 750_000 });
  });

  it('an unreadable amount is an error naming its row; the good rows are imported all the same', async () => {
    const bad = [
      'Ngày giao dịch;Mã giao dịch;Số tiền ghi có;Nội dung',
      '11/03/2026;FT-NEW-1;1.000.000;ung ho VNN2026',
      '12/03/2026;FT-NEW-2;một triệu;ung ho VNN2026',
    ].join('\n');
    const before = await h.counts(MONEY);
    const res = await upload(t.standing1, fundId, 'loi.csv', bad);
    expect(res.status).toBe(201);
    expect(res.body.errors).toEqual([{ row: 3, field: 'amount', message: expect.any(String), amount: null }]);
    expect(res.body).toMatchObject({ imported: 1, matched: 1 });
    expect((await h.counts(MONEY)).bank_rows).toBe((before.bank_rows ?? 0) + 1);
  });

  it('a file that is no statement, or no file at all, is a 422 naming file', async () => {
    for (const [name, content] of [
      ['ghi-chu.csv', 'xin chao\nkhong phai sao ke\n'],
      ['saoke.xlsx', 'not a zip'],
      ['anh.pdf', '%PDF-1.4'],
    ] as const) {
      const res = await upload(t.standing1, fundId, name, content);
      expect(res.status, name).toBe(422);
      expect(res.body.error.fields, name).toHaveProperty('file');
    }
    const res = await h.app.request(`/api/v1/funds/${fundId}/bank-statements`, {
      method: 'POST',
      body: new FormData(),
      headers: { authorization: `Bearer ${t.standing1}` },
    });
    expect(res.status).toBe(422);
  });

  it('a village head may not import (403); another commune does not see the fund (404); a bad id is named', async () => {
    const before = await h.counts(MONEY);
    expect((await upload(t.village1, fundId, 'saoke.csv', CSV)).status).toBe(403);
    expect((await upload(t.viewer1, fundId, 'saoke.csv', CSV)).status).toBe(403);
    const other = await upload(t.standing3, fundId, 'saoke.csv', CSV);
    expect(other.status).toBe(404);
    expect(other.body.error.fields).toHaveProperty('id');
    expect((await upload(t.standing1, 'not-a-uuid', 'saoke.csv', CSV)).body.error.fields).toHaveProperty('id');
    expect((await upload(undefined, fundId, 'saoke.csv', CSV)).status).toBe(401);
    expect(await h.counts(MONEY)).toEqual(before);
    // Reading the rows is open to whoever reads the commune.
    expect((await get(t.viewer1, `/api/v1/funds/${fundId}/bank-rows`)).status).toBe(200);
    expect((await get(t.standing3, `/api/v1/funds/${fundId}/bank-rows`)).status).toBe(404);
    expect((await get(t.standing1, `/api/v1/funds/${fundId}/bank-rows?status=lost`)).body.error.fields).toHaveProperty(
      'status',
    );
  });
  it('two uploads of one file at once: each row stored once, receipts gapless, no error', async () => {
    const lines = ['Ngày giao dịch,Mã giao dịch,Số tiền ghi có,Nội dung,Tên người chuyển'];
    for (let i = 1; i <= 30; i++)
      lines.push(
        `${String((i % 28) + 1).padStart(2, '0')}/04/2026,BD${String(i).padStart(4, '0')},${i * 10_000},UNG HO ${i % 3 ? 'QBD2026' : 'KHONG MA'},NGUOI ${i}`,
      );
    const file = lines.join('\n');
    const [a, b] = await Promise.all([
      upload(t.standing1, otherFundId, 'a.csv', file),
      upload(t.standing1, otherFundId, 'b.csv', file),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.imported + b.body.imported).toBe(30);
    expect(a.body.skipped + b.body.skipped).toBe(30);
    expect(a.body.receipts.length + b.body.receipts.length).toBe(20); // the rows naming the drive's code
    const seqs = await h.db.execute<{ seq: number }>(
      sql`select seq from donations where fund_id = ${otherFundId} order by seq`,
    );
    expect((seqs as unknown as { rows: { seq: number }[] }).rows.map((r) => r.seq)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
  });
});

describe('assigning what the codes did not match', () => {
  it('a row counted to the fund without a drive is given one: its receipt keeps its number; then a 409', async () => {
    const row = await rowOf('FT26065002');
    const before = await h.counts(MONEY);
    const res = await post<{
      row: Row;
      receipt: { receiptNo: string; donorName: string; amount: number; method: string; driveId: string };
    }>(t.standing1, `/api/v1/bank-rows/${row.id}/assign`, { driveId });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.row).toMatchObject({ status: 'assigned', driveId, receiptNo: 'PT-2026-0004' });
    expect(res.body.receipt).toMatchObject({
      receiptNo: 'PT-2026-0004',
      donorName: 'TRAN THI B',
      amount: 500_000,
      method: 'bank_transfer',
      driveId,
    });
    const mid = await h.counts(MONEY);
    expect(mid.donations).toBe(before.donations);
    const again = await post(t.standing1, `/api/v1/bank-rows/${row.id}/assign`, { driveId });
    expect(again.status).toBe(409);
    expect(await h.counts(MONEY)).toEqual(mid);
    const matched = await rowOf('FT26064001');
    expect((await post(t.standing1, `/api/v1/bank-rows/${matched.id}/assign`, { driveId })).status).toBe(409);
    expect(
      (await post(t.standing1, `/api/v1/bank-rows/${matched.id}/assign`, { ignore: true, reason: 'Nhầm' })).status,
    ).toBe(409);
  });

  it('a row whose receipt was voided may be ignored with a reason (a bank fee refund), which the list shows', async () => {
    const row = await rowOf('TX-1003');
    const live = await post(t.standing1, `/api/v1/bank-rows/${row.id}/assign`, { ignore: true, reason: 'Hoàn phí' });
    expect(live.status).toBe(409); // a counted transfer is voided first, with its reason
    expect((await post(t.standing1, `/api/v1/donations/${row.donationId}/void`, { reason: 'Hoàn phí' })).status).toBe(
      200,
    );
    const noReason = await post(t.standing1, `/api/v1/bank-rows/${row.id}/assign`, { ignore: true });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.fields).toHaveProperty('reason');
    const res = await post<{ row: Row }>(t.standing1, `/api/v1/bank-rows/${row.id}/assign`, {
      ignore: true,
      reason: 'Ngân hàng hoàn phí quản lý tài khoản',
    });
    expect(res.status).toBe(200);
    expect(res.body.row).toMatchObject({ status: 'ignored', receiptNo: null });
    expect((await rows('ignored')).map((r) => [r.txnId, r.ignoreReason])).toEqual([
      ['TX-1003', 'Ngân hàng hoàn phí quản lý tài khoản'],
    ]);
    expect((await rows('unmatched')).map((r) => r.txnId)).toEqual(['FT26068005', 'FT26069006']);
  });

  it('refuses a drive of another fund, an empty body, a village head and another commune', async () => {
    const row = await rowOf('FT26068005');
    const before = await h.counts(MONEY);
    const wrong = await post(t.standing1, `/api/v1/bank-rows/${row.id}/assign`, { driveId: otherFundDriveId });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.fields).toHaveProperty('driveId');
    expect((await post(t.standing1, `/api/v1/bank-rows/${row.id}/assign`, {})).body.error.fields).toHaveProperty(
      'driveId',
    );
    expect((await post(t.village1, `/api/v1/bank-rows/${row.id}/assign`, { driveId })).status).toBe(403);
    const far = await post(t.standing3, `/api/v1/bank-rows/${row.id}/assign`, { driveId });
    expect(far.status).toBe(404);
    expect(far.body.error.fields).toHaveProperty('id');
    expect(await h.counts(MONEY)).toEqual(before);
  });
});

describe('reconciliation', () => {
  it('lists ignored rows and the transfer receipts without a bank row; the difference is explained', async () => {
    const manual = await post<{ receiptNo: string }>(t.standing1, '/api/v1/donations', {
      fundId,
      driveId,
      donorKind: 'organization',
      donorName: 'Hội Phụ nữ xã',
      method: 'bank_transfer',
      amount: 600_000,
      date: '2026-03-25',
    });
    expect(manual.status).toBe(201);
    const res = await get<{
      bankTotal: number;
      receiptsByTransferTotal: number;
      difference: number;
      explained: { unmatched: number; ignored: number; voidedReceipts: number; receiptsWithoutBankRow: number };
      unmatchedRows: Row[];
      receiptsWithoutBankRow: { receiptNo: string; amount: number }[];
    }>(t.viewer1, `/api/v1/funds/${fundId}/reconciliation?from=2026-03-01&to=2026-03-31`);
    expect(res.status).toBe(200);
    const b = res.body;
    // Every credit was counted at import (FT-NEW-1 too, beside its file's bad row); TX-1003's receipt was voided and
    // the row ignored.
    expect(b.bankTotal).toBe(1_000_000 + 500_000 + 2_000_000 + 300_000 + 400_000 + 1_500_000 + 750_000 + 1_000_000);
    expect(b.receiptsByTransferTotal).toBe(
      1_000_000 + 500_000 + 2_000_000 + 300_000 + 400_000 + 1_500_000 + 1_000_000 + 600_000,
    );
    expect(b.unmatchedRows).toEqual([]);
    expect(b.receiptsWithoutBankRow).toEqual([
      expect.objectContaining({ receiptNo: manual.body.receiptNo, amount: 600_000 }),
    ]);
    expect(b.explained).toEqual({
      unmatched: 0,
      ignored: 750_000,
      voidedReceipts: 0,
      receiptsWithoutBankRow: 600_000,
    });
    expect(b.difference).toBe(b.bankTotal - b.receiptsByTransferTotal);
    expect(b.difference).toBe(
      b.explained.unmatched + b.explained.ignored + b.explained.voidedReceipts - b.explained.receiptsWithoutBankRow,
    );
  });

  it('a voided bank receipt shows up, and its row may then be assigned again', async () => {
    const row = await rowOf('FT26067004');
    const found = await h.db.execute<{ id: string }>(sql`select id from donations where bank_row_id = ${row.id}`);
    const donationId = (found as unknown as { rows: { id: string }[] }).rows[0]?.id;
    expect(
      (await post(t.standing1, `/api/v1/donations/${donationId}/void`, { reason: 'Nhầm đợt vận động' })).status,
    ).toBe(200);
    const rec = await get<{ explained: { voidedReceipts: number }; difference: number }>(
      t.standing1,
      `/api/v1/funds/${fundId}/reconciliation?from=2026-03-01&to=2026-03-31`,
    );
    expect(rec.body.explained.voidedReceipts).toBe(2_000_000);
    const again = await post<{ row: Row }>(t.standing1, `/api/v1/bank-rows/${row.id}/assign`, { driveId: null });
    expect(again.status).toBe(200);
    expect(again.body.row).toMatchObject({ status: 'assigned', driveId: null });
  });
});

describe('the fund book (sổ quỹ)', () => {
  it('opening, running and closing balances from a known ledger; closing equals the balance', async () => {
    const f = await post<{ id: string }>(t.standing1, '/api/v1/funds', { communeId: w.C1.id, name: 'Quỹ Cứu trợ' });
    const book = f.body.id;
    const give = async (amount: number, date: string) => {
      const r = await post<{ id: string; receiptNo: string }>(t.standing1, '/api/v1/donations', {
        fundId: book,
        donorKind: 'person',
        donorName: 'Đỗ Văn Minh',
        amount,
        date,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body;
    };
    const move = async (path: string, body: Record<string, unknown>) =>
      expect((await post(t.standing1, path, { fundId: book, ...body })).status).toBe(201);
    await give(1_000_000, '2025-12-20');
    await move('/api/v1/disbursements', {
      amount: 300_000,
      date: '2025-12-28',
      purpose: 'Thăm hộ ốm đau',
      recipient: 'Hộ bà Lan',
      decisionRef: '01/QĐ-MTTQ',
    });
    await give(2_000_000, '2026-01-05');
    const voided = await give(500_000, '2026-01-10');
    expect((await post(t.standing1, `/api/v1/donations/${voided.id}/void`, { reason: 'Ghi trùng' })).status).toBe(200);
    await give(3_000_000, '2026-02-01');
    await move('/api/v1/transfers', {
      direction: 'down',
      amount: 1_500_000,
      date: '2026-01-15',
      counterparty: 'Ủy ban MTTQ tỉnh',
    });
    await move('/api/v1/transfers', {
      direction: 'up',
      amount: 2_500_000,
      date: '2026-01-20',
      counterparty: 'Ủy ban MTTQ tỉnh',
      documentRef: '05/CV',
    });
    await move('/api/v1/disbursements', {
      amount: 1_200_000,
      date: '2026-01-25',
      purpose: 'Hỗ trợ hộ bị bão',
      recipient: 'Hộ ông Tư',
      decisionRef: '02/QĐ-MTTQ',
    });
    await give(400_000, '2026-03-01');

    type Book = {
      opening: number;
      closing: number;
      totals: { income: number; expense: number };
      lines: {
        date: string;
        kind: string;
        number: string | null;
        income: number;
        expense: number;
        balance: number;
        description: string;
      }[];
    };
    const res = await get<Book>(t.viewer1, `/api/v1/funds/${book}/book?from=2026-01-01&to=2026-02-28`);
    expect(res.status).toBe(200);
    expect(res.body.opening).toBe(700_000);
    expect(res.body.lines.map((l) => [l.date, l.kind, l.number, l.income, l.expense, l.balance])).toEqual([
      ['2026-01-05', 'receipt', 'PT-2026-0001', 2_000_000, 0, 2_700_000],
      ['2026-01-15', 'transfer_down', null, 1_500_000, 0, 4_200_000],
      ['2026-01-20', 'transfer_up', null, 0, 2_500_000, 1_700_000],
      ['2026-01-25', 'payout', 'PC-2026-0001', 0, 1_200_000, 500_000],
      ['2026-02-01', 'receipt', 'PT-2026-0003', 3_000_000, 0, 3_500_000],
    ]);
    expect(res.body.totals).toEqual({ income: 6_500_000, expense: 3_700_000 });
    expect(res.body.closing).toBe(3_500_000);
    expect(res.body.closing).toBe(res.body.opening + res.body.totals.income - res.body.totals.expense);
    expect(res.body.lines[2]?.description).toContain('Ủy ban MTTQ tỉnh');

    const balance = await get<{ balance: number }>(t.standing1, `/api/v1/funds/${book}/balance`);
    for (const q of [`to=${todayVn()}`, `from=2026-01-01&to=2099-12-31`, '']) {
      const full = await get<Book>(t.standing1, `/api/v1/funds/${book}/book?${q}`);
      expect(full.status).toBe(200);
      expect(full.body.closing, q).toBe(balance.body.balance);
    }
    expect(balance.body.balance).toBe(3_900_000);
    const whole = await get<Book>(t.standing1, `/api/v1/funds/${book}/book?from=2000-01-01`);
    expect(whole.body.opening).toBe(0);
    expect(whole.body.lines.at(-1)?.balance).toBe(3_900_000);
  });

  it('a period that ends before it starts is a 422 naming to; another commune gets 404', async () => {
    const bad = await get(t.standing1, `/api/v1/funds/${fundId}/book?from=2026-03-01&to=2026-02-01`);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty('to');
    expect((await get(t.standing1, `/api/v1/funds/${fundId}/book?from=2026-02-30`)).body.error.fields).toHaveProperty(
      'from',
    );
    expect((await get(t.standing3, `/api/v1/funds/${fundId}/book`)).status).toBe(404);
    expect((await get(t.standing3, `/api/v1/funds/${fundId}/reconciliation`)).status).toBe(404);
  });

  it('the JSON routes and the upload are in the OpenAPI document', async () => {
    const doc = (await h.request('GET', '/api/v1/openapi.json')).body as { paths?: Record<string, unknown> } | null;
    if (!doc?.paths) return expect.fail('no OpenAPI document at /api/v1/openapi.json');
    for (const p of [
      '/api/v1/funds/{id}/bank-statements',
      '/api/v1/funds/{id}/bank-rows',
      '/api/v1/bank-rows/{id}/assign',
      '/api/v1/funds/{id}/book',
      '/api/v1/funds/{id}/reconciliation',
    ])
      expect(doc.paths, p).toHaveProperty([p]);
  });
});
