import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../lib/vi-text';
import { createHarness, type Harness } from '../testing/harness';
import { DEMO_PASSWORD, loadDemo } from './load-demo';
import { PROVINCE_RELIEF_FUND } from './load-demo-province-fund';

/**
 * The demo province's storm statements (issue 16.8): three accounts, their generated statements imported by a job
 * through the upload's own command, every transfer counted to the storm drive, and a donor finding their transfer
 * on the public disclosure by the reference in their SMS and by their name. 100,000 rows in the demo; 1,200 here.
 */
let h: Harness;
const ROWS = 1200;
beforeAll(async () => {
  h = await createHarness();
  process.env.DEMO_STATEMENT_ROWS = String(ROWS);
  try {
    await loadDemo(h.db);
  } finally {
    process.env.DEMO_STATEMENT_ROWS = '0';
  }
});
afterAll(async () => h?.close());

type Row = { bank: string; rows: number; stored: number; amount: number };
type Page = {
  items: { receiptNo: string; donorName: string; bankRef: string | null; amount: number }[];
  total: number;
};

async function one<T>(q: ReturnType<typeof sql>): Promise<T> {
  return ((await h.db.execute(q)) as unknown as { rows: T[] }).rows[0] as T;
}

describe("the demo province's storm statements", () => {
  it('are a job that imports three banks’ statements into the province fund, every transfer counted', async () => {
    const job = await h.jobs.runNext();
    expect(job).not.toBeNull();
    const done = await one<{ status: string; result: { statements: Row[] } }>(
      sql`select status, result from jobs where kind = 'funds.demo_statements'`,
    );
    expect(done.status).toBe('done');
    const statements = done.result.statements;
    expect(statements.map((s) => s.bank)).toEqual(['vietinbank', 'bidv', 'agribank']);
    // Each file's rows are stored (the reused references are new transfers, not duplicates) and add up.
    const stored = statements.reduce((s, x) => s + x.stored, 0);
    expect(stored).toBe(ROWS);
    for (const s of statements) expect(s.stored).toBe(s.rows);
    const ledger = await one<{ n: number; amount: string; drives: number; accounts: number }>(sql`
      select count(*)::int as n, sum(d.amount)::text as amount, count(distinct d.drive_id)::int as drives,
        count(distinct d.account_id)::int as accounts
      from donations d join funds f on f.id = d.fund_id
      where f.name = ${PROVINCE_RELIEF_FUND} and d.bank_row_id is not null`);
    expect(ledger).toEqual({
      n: ROWS,
      amount: String(statements.reduce((s, x) => s + x.amount, 0)),
      drives: 1,
      accounts: 3,
    });
  });

  it('a donor finds their transfer on the public page by the SMS reference and by their name', async () => {
    const sample = await one<{ driveId: string; bankRef: string; donorName: string; receiptNo: string }>(sql`
      select d.drive_id as "driveId", d.bank_ref as "bankRef", d.donor_name as "donorName", d.receipt_no as "receiptNo"
      from donations d join funds f on f.id = d.fund_id
      where f.name = ${PROVINCE_RELIEF_FUND} and d.donor_kind = 'person' and d.bank_ref is not null
        and not d.public_anonymous
      order by d.receipt_no offset 500 limit 1`);
    const search = async (q: string) =>
      (await h.request('GET', `/api/v1/public/drives/${sample.driveId}/disclosure?q=${encodeURIComponent(q)}`))
        .body as Page;
    const byRef = await search(sample.bankRef);
    expect(byRef.items.map((i) => i.receiptNo)).toContain(sample.receiptNo);
    // Name in another order and with diacritics, as a donor types it.
    const words = sample.donorName.split(' ');
    const byName = await search(`${words.slice(1).join(' ')} ${words[0]}`.toLowerCase());
    expect(byName.items.length).toBeGreaterThan(0);
    expect(byName.items.map((i) => i.receiptNo)).toContain(sample.receiptNo);
    // Each one found bears every word, diacritics aside (a statement writes "Nguyen", the donor "Nguyễn").
    const folded = (s: string) => foldVietnamese(s).split(' ');
    for (const i of byName.items)
      expect(folded(sample.donorName).every((w) => folded(i.donorName).some((x) => x.startsWith(w)))).toBe(true);
    // The staff of the province see the three accounts; the public page never shows an account number.
    const fund = await one<{ id: string }>(sql`select id from funds where name = ${PROVINCE_RELIEF_FUND}`);
    const accounts = await h.request('GET', `/api/v1/funds/${fund.id}/accounts`, {
      token: await h.login('tinh', DEMO_PASSWORD),
    });
    expect((accounts.body as { items: { bankName: string }[] }).items.map((a) => a.bankName).sort()).toEqual([
      'Agribank',
      'BIDV',
      'VietinBank',
    ]);
    const page = await h.request('GET', `/api/v1/public/drives/${sample.driveId}/disclosure`);
    expect(JSON.stringify(page.body)).not.toMatch(/117000999888|12010000599888|8000211999888/);
  });
});
