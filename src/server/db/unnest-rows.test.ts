import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { createTestDatabase } from './testing';
import { type UnnestColumn, unnestRows } from './unnest-rows';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

type Row = { id: string; text: string | null; n: number; big: number; yes: boolean; day: string };
const columns: UnnestColumn<Row>[] = [
  ['id', 'uuid', (r) => r.id],
  ['text', 'text', (r) => r.text],
  ['n', 'int', (r) => r.n],
  ['big', 'bigint', (r) => r.big],
  ['yes', 'boolean', (r) => r.yes],
  ['day', 'date', (r) => r.day],
];

describe('unnestRows', () => {
  it('gives back every value as sent: quotes, backslashes, braces, commas, the word NULL, empty text, real nulls', async () => {
    const texts = [
      'CT nhanh 247 den: MBVCB.7018039309.694302. chuyen tien. NGUYEN TRONG NGHIA',
      'say "xin chào", {1,2} \\ back\\slash',
      'NULL',
      '',
      null,
      '  Nguyễn Thị Hồng  ',
      'tab\there\nnew line',
    ];
    const rows: Row[] = texts.map((text, i) => ({
      id: `00000000-0000-4000-8000-00000000000${i}`,
      text,
      n: i - 3,
      big: 9_007_199_254_740_000 + i,
      yes: i % 2 === 0,
      day: `2024-09-1${i}`,
    }));
    const res = await database.db.execute(
      sql`select u.id::text, u.text, u.n, u.big::text as big, u.yes, u.day::text as day from ${unnestRows(rows, columns)}`,
    );
    const back = (res as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
      ...r,
      n: Number(r.n),
      big: Number(r.big),
    }));
    expect(back).toEqual(rows);
  });

  it('reads no rows from no rows', async () => {
    const res = await database.db.execute(sql`select count(*)::int as n from ${unnestRows([], columns)}`);
    expect((res as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  });
});
