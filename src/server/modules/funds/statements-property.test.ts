import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, seedWorld } from '../../testing/harness';

/**
 * Issue 16, "nothing lost": seeded generated statements for two accounts — references the bank reuses on other days
 * with other amounts, the same transfer in both accounts, overlapping files, rows in shuffled order, a few bad lines —
 * imported one after the other. Σ stored = Σ credits of the files minus the true duplicates, to the đồng; every
 * upload adds up (rows = stored + duplicates + errors, amounts likewise); receipts are numbered without a gap.
 */

let h: Harness;
let token = '';
let fundId = '';
const accounts: string[] = [];

type Summary = {
  rows: number;
  amount: number;
  stored: number;
  storedAmount: number;
  duplicates: number;
  duplicateAmount: number;
  errors: { amount: number | null }[];
  errorAmount: number;
};

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

type Transfer = { day: number; ref: string; amount: number };
const key = (t: Transfer) => `${t.ref}|${t.day}|${t.amount}`;
const line = (t: Transfer, text: string) => `${String(t.day).padStart(2, '0')}/09/2026,${t.ref},${t.amount},"${text}"`;

beforeAll(async () => {
  h = await createHarness();
  const w = await seedWorld(h.db);
  token = await h.login('standing1');
  const f = await h.request('POST', '/api/v1/funds', { token, body: { communeId: w.C1.id, name: 'Quỹ Cứu trợ' } });
  fundId = (f.body as { id: string }).id;
  for (const [bankName, accountNo] of [
    ['Agribank', '3000205000001'],
    ['BIDV', '21510000000001'],
  ]) {
    const a = await h.request('POST', `/api/v1/funds/${fundId}/accounts`, { token, body: { bankName, accountNo } });
    accounts.push((a.body as { id: string }).id);
  }
});
afterAll(async () => h?.close());

async function upload(accountId: string, name: string, content: string) {
  const form = new FormData();
  form.set('file', new File([content], name));
  form.set('accountId', accountId);
  const res = await h.app.request('/api/v1/bank-statements', {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Summary;
}

describe('generated statements', () => {
  it.each([1, 2, 3])('seed %i: Σ stored = Σ distinct transfers of the files, to the đồng', async (seed) => {
    const rand = rng(seed * 7919);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
    const amounts = [10_000, 50_000, 100_000, 200_000, 500_000, 1_234_567];
    // Each account's transfers over 10 days; trace numbers drawn from a small pool, so the bank "reuses" them.
    const pools = accounts.map(() => {
      const pool = new Map<string, Transfer>();
      for (let i = 0; i < 120; i++) {
        const t = {
          day: 1 + Math.floor(rand() * 10),
          ref: `S${seed}R${Math.floor(rand() * 40)}`,
          amount: pick(amounts),
        };
        pool.set(key(t), t);
      }
      return [...pool.values()];
    });
    // The same transfer in both accounts: one per account, never a duplicate of the other.
    const shared = pools[0]?.slice(0, 5) ?? [];
    for (const t of shared) if (!pools[1]?.some((u) => key(u) === key(t))) pools[1]?.push(t);

    let storedAll = 0;
    const expected = pools.map((p) => p.reduce((s, t) => s + t.amount, 0));
    for (const [a, pool] of pools.entries()) {
      let stored = 0;
      // Overlapping windows of days (1–4, 3–7, 6–10, then all of it again), rows shuffled, a bad line or two.
      for (const [from, to] of [
        [1, 4],
        [3, 7],
        [6, 10],
        [1, 10],
      ] as const) {
        const rows = pool.filter((t) => t.day >= from && t.day <= to).map((t) => line(t, 'ung ho'));
        const repeat = rows.length ? [pick(rows)] : []; // a line repeated within the file
        const bad = [`${from}/09/2026,BAD${from},mot trieu,"loi"`];
        const all = [...rows, ...repeat, ...bad].sort(() => rand() - 0.5);
        const s = await upload(
          accounts[a] as string,
          `s${seed}-${a}-${from}.csv`,
          ['Ngày,Mã GD,Ghi có,Nội dung', ...all].join('\n'),
        );
        expect(s.rows).toBe(all.length);
        expect(s.rows).toBe(s.stored + s.duplicates + s.errors.length);
        expect(s.amount).toBe(s.storedAmount + s.duplicateAmount + s.errorAmount);
        expect(s.errors.length).toBe(1);
        stored += s.storedAmount;
      }
      expect(stored).toBe(expected[a]);
      storedAll += stored;
    }
    const db = (
      (await h.db.execute(sql`
        select (select coalesce(sum(amount), 0)::text from bank_rows where fund_id = ${fundId}) as rows,
          (select coalesce(sum(amount), 0)::text from donations where fund_id = ${fundId} and voided_at is null) as receipts,
          (select count(*)::int from donations where fund_id = ${fundId}) as n,
          (select max(seq) from donations where fund_id = ${fundId}) as last`)) as unknown as {
        rows: { rows: string; receipts: string; n: number; last: number }[];
      }
    ).rows[0];
    // Cumulative over the seeds: the database holds what every seed stored so far.
    totals.push(storedAll);
    const sum = totals.reduce((s, x) => s + x, 0);
    expect(Number(db?.rows)).toBe(sum);
    expect(Number(db?.receipts)).toBe(sum);
    expect(Number(db?.last)).toBe(db?.n);
  });
});
const totals: number[] = [];
