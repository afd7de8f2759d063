import { describe, expect, it } from 'vitest';
import { parseBankStatement, StatementFileError } from './bank-statement';
import { generateTransfers } from './statement-generator';
import { parseStatementFile } from './statement-parse';
import { statementCsv, statementXlsx } from './statement-writers';

const quiet = { report: async () => {}, written: async () => {} };
const base = { count: 6000, accountNo: '1261122666', from: '2024-09-10', days: 10, reuseRefs: 20 };

/** A big statement is read in a worker thread (statement-parse.ts): the same rows, errors and ignored lines. */
describe('a statement read off the main thread', () => {
  it('reads a big CSV and .xlsx as the in-thread reader does, rows in file order', async () => {
    const transfers = generateTransfers({ ...base, seed: 11, bank: 'bidv', driveCode: 'VNN2026' });
    const csv = new TextEncoder().encode(statementCsv(transfers, 'bidv'));
    expect(csv.byteLength).toBeGreaterThan(256 * 1024);
    const here = await parseBankStatement(csv, 'saoke.csv', '2026-12-03');
    const reports: string[] = [];
    const progress = { ...quiet, report: async (p: { stage: string }) => void reports.push(p.stage) };
    const off = await parseStatementFile(csv, 'saoke.csv', '2026-12-03', progress);
    expect(off).toEqual(here);
    expect(off.rows).toHaveLength(transfers.length);
    expect(off.ignored.length).toBeGreaterThan(0);
    expect(reports).toContain('reading');

    const xlsx = await statementXlsx(transfers, 'agribank');
    expect(await parseStatementFile(xlsx, 'saoke.xlsx', undefined, quiet)).toEqual(
      await parseBankStatement(xlsx, 'saoke.xlsx'),
    );
  }, 60_000);

  it('a big file that is no statement is refused with the same reason', async () => {
    const junk = new TextEncoder().encode('không phải sao kê,chỉ là chữ\n'.repeat(20_000));
    const reason = await parseBankStatement(junk, 'x.csv').catch((e: unknown) => e);
    expect(reason).toBeInstanceOf(StatementFileError);
    await expect(parseStatementFile(junk, 'x.csv', undefined, quiet)).rejects.toEqual(reason);
  }, 60_000);
});
