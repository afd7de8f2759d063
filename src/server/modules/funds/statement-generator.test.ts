import { describe, expect, it } from 'vitest';
import { findDriveCodes, parseBankStatement } from './bank-statement';
import {
  expectedTotals,
  type GeneratedTransfer,
  generateTransfers,
  inAccount,
  type StatementBank,
  shuffle,
  splitIntoFiles,
  statementCsv,
  statementXlsx,
} from './statement-generator';
import { readTransferText } from './transfer-text';

const BANKS: StatementBank[] = ['vietinbank', 'bidv', 'agribank'];
const base = { count: 300, accountNo: '1261122666', from: '2024-09-10', days: 10 };
const sum = (ts: readonly { amount: number }[]) => ts.reduce((s, t) => s + t.amount, 0);

describe('generateTransfers', () => {
  it('gives the same statement for the same seed, another for another seed', () => {
    for (const bank of BANKS) {
      const a = generateTransfers({ ...base, seed: 7, bank, reuseRefs: 5, driveCode: 'VNN2026' });
      expect(generateTransfers({ ...base, seed: 7, bank, reuseRefs: 5, driveCode: 'VNN2026' })).toEqual(a);
      expect(generateTransfers({ ...base, seed: 8, bank, reuseRefs: 5, driveCode: 'VNN2026' })).not.toEqual(a);
      expect(statementCsv(a, bank)).toBe(
        statementCsv(generateTransfers({ ...base, seed: 7, bank, reuseRefs: 5, driveCode: 'VNN2026' }), bank),
      );
    }
  });

  it('makes each bank’s shape of text, dates in the window and amounts as donations go', () => {
    const shapes: Record<StatementBank, RegExp> = {
      vietinbank: /^(CT nhanh 247 den: |Chuyen tien den tu NAPAS Noi dung: )/,
      bidv: /^(\d{10}xxx TKThe :\d{10}xxx, tai [^.]+\. .* FT\d{14}|TKThe :\d{10}xxx, tai VCB\. MBVCB\.\d{10}\.\d{6}\..*CTLNHIDI\d+-1\/1-CRE-002; thoi gian GD:\d\d\/\d\d\/2024 \d\d:\d\d:\d\d)$/,
      agribank: /^(Trace \d{7} )?\D+(so 3)?$/,
    };
    for (const bank of BANKS) {
      const ts = generateTransfers({ ...base, count: 2000, seed: 1, bank });
      expect(ts).toHaveLength(2000);
      for (const t of ts) {
        expect(t.text).toMatch(shapes[bank]);
        expect(t.valueDate >= '2024-09-10' && t.valueDate <= '2024-09-19').toBe(true);
        expect(Number.isSafeInteger(t.amount) && t.amount > 0).toBe(true);
      }
      expect(new Set(ts.map((t) => t.bankRef)).size).toBe(2000);
      const share = (n: number) => ts.filter((t) => t.amount === n).length / ts.length;
      expect(share(100_000)).toBeGreaterThan(0.2);
      expect(share(50_000) + share(200_000) + share(500_000)).toBeGreaterThan(0.3);
      expect(ts.some((t) => t.amount >= 10_000_000)).toBe(true);
      expect(ts.some((t) => t.amount % 10_000 !== 0)).toBe(true);
      const anonymous = ts.filter((t) => readTransferText(t.text).anonymous).length / ts.length;
      expect(anonymous).toBeGreaterThan(0.01);
      expect(anonymous).toBeLessThan(0.04);
      expect(new Set(ts.map((t) => t.valueDate)).size).toBe(10);
    }
  });

  it('writes names as banks print them: mostly upper case unaccented, some with diacritics, companies', () => {
    const names = generateTransfers({ ...base, count: 3000, seed: 3, bank: 'agribank' })
      .map((t) => t.payerName)
      .filter((n): n is string => n !== null);
    expect(names.filter((n) => /[^\x00-\x7f]/.test(n)).length / names.length).toBeGreaterThan(0.05);
    expect(names.some((n) => n.startsWith('Cong Ty') || n.startsWith('Cty'))).toBe(true);
    expect(new Set(names.map((n) => n.split(' ')[0])).size).toBeGreaterThan(15);
  });

  it('reads back every generated name, anonymity and drive code with readTransferText', () => {
    for (const bank of BANKS) {
      const ts = generateTransfers({ ...base, count: 3000, seed: 11, bank, driveCode: 'VNN2026', codeShare: 0.1 });
      for (const t of ts) expect(readTransferText(t.text).payerName, t.text).toBe(t.payerName);
      const coded = ts.filter((t) => findDriveCodes(readTransferText(t.text).driveText, ['VNN2026']).length === 1);
      expect(coded.length / ts.length).toBeGreaterThan(0.07);
      expect(coded.length).toBe(ts.filter((t) => t.text.includes('VNN2026')).length);
    }
  });

  it('reuses references on another day with another amount when asked', () => {
    const ts = generateTransfers({ ...base, count: 1000, seed: 5, bank: 'agribank', reuseRefs: 14 });
    const byRef = new Map<string, GeneratedTransfer[]>();
    for (const t of ts) byRef.set(t.bankRef, [...(byRef.get(t.bankRef) ?? []), t]);
    const reused = [...byRef.values()].filter((g) => g.length > 1);
    expect(reused).toHaveLength(14);
    for (const [a, b] of reused as [GeneratedTransfer, GeneratedTransfer][]) {
      expect(a.valueDate).not.toBe(b.valueDate);
      expect(a.amount).not.toBe(b.amount);
    }
    expect(expectedTotals([ts])).toMatchObject({ rows: 1000, distinct: 1000, duplicates: 0, distinctAmount: sum(ts) });
  });
});

describe('files and totals', () => {
  const t = (bankRef: string, valueDate: string, amount: number, accountNo = 'A'): GeneratedTransfer => ({
    accountNo,
    bank: 'agribank',
    bankRef,
    valueDate,
    time: '10:00:00',
    amount,
    text: 'NGUYEN VAN A ung ho',
    payerName: 'Nguyen Van A',
  });

  it('counts by hand on a small case: reused reference, overlap, another account', () => {
    const a = t('100', '2024-09-10', 100_000);
    const b = t('100', '2024-09-11', 200_000); // the trace reused on another day: a new transfer
    const c = t('101', '2024-09-11', 50_000);
    const cOther = t('101', '2024-09-11', 50_000, 'B'); // the same on another account: not a duplicate
    const files = [[a, b], [b, c], [c, cOther], [a]];
    expect(expectedTotals(files)).toEqual({
      rows: 7,
      rowsAmount: 750_000,
      distinct: 4,
      distinctAmount: 400_000,
      duplicates: 3,
      duplicatesAmount: 350_000,
    });
  });

  it('splits into overlapping files, shuffles and copies to another account', () => {
    const ts = generateTransfers({ ...base, count: 100, seed: 2, bank: 'bidv', reuseRefs: 3 });
    const files = splitIntoFiles(ts, { files: 4, overlap: 5 });
    expect(files).toHaveLength(4);
    expect(files.flat()).toHaveLength(115);
    expect(expectedTotals(files)).toMatchObject({ distinct: 100, duplicates: 15, distinctAmount: sum(ts) });
    const mixed = shuffle(ts, 9);
    expect(mixed).not.toEqual(ts);
    expect(new Set(mixed)).toEqual(new Set(ts));
    expect(shuffle(ts, 9)).toEqual(mixed);
    const both = expectedTotals([ts, inAccount(ts, '999888777')]);
    expect(both).toMatchObject({ distinct: 200, duplicates: 0, distinctAmount: 2 * sum(ts) });
  });
});

describe('the statement reader reads generated files', () => {
  const read = async (ts: GeneratedTransfer[], bank: StatementBank, kind: 'csv' | 'xlsx') =>
    kind === 'csv'
      ? parseBankStatement(new TextEncoder().encode(statementCsv(ts, bank)), `${bank}.csv`)
      : parseBankStatement(await statementXlsx(ts, bank), `${bank}.xlsx`);

  for (const bank of BANKS)
    for (const kind of ['csv', 'xlsx'] as const)
      it(`${bank} ${kind}: every credit read, debits and totals not counted`, async () => {
        const ts = generateTransfers({ ...base, count: 200, seed: 4, bank, driveCode: 'VNN2026' });
        const parsed = await read(ts, bank, kind);
        expect(parsed.errors).toEqual([]);
        expect(parsed.rows).toHaveLength(ts.length);
        expect(sum(parsed.rows)).toBe(sum(ts));
        expect(parsed.rows.map((r) => [r.txnId, r.date, r.amount, r.description])).toEqual(
          ts.map((t) => [t.bankRef, t.valueDate, t.amount, t.text]),
        );
        const reasons = parsed.ignored.map((n) => n.reason);
        expect(reasons.filter((r) => r.includes('ghi nợ'))).toHaveLength(2);
        expect(reasons.filter((r) => r.includes('tổng cộng')).length).toBeGreaterThanOrEqual(1);
      });

  it('agribank with reused traces: each credit is read or refused naming its reused reference, none lost silently', async () => {
    const ts = generateTransfers({ ...base, count: 200, seed: 4, bank: 'agribank', reuseRefs: 6 });
    const parsed = await read(ts, 'agribank', 'csv');
    const refused = parsed.errors.filter((e) => e.field === 'txnId');
    expect(parsed.errors).toEqual(refused);
    expect(parsed.rows.length + refused.length).toBe(ts.length);
  });
});
