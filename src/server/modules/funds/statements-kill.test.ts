import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemMeta } from '../../core/actor';
import { type Database, openPglite, openPostgres } from '../../db/client';
import { withDatabase } from '../../db/test-global-setup';
import { seedWorld } from '../../testing/harness';
import { writeFund } from './commands/create-fund';
import { fundAccounts } from './schema';

/**
 * Issue 16: a SIGKILL during an import leaves the whole import or none of it. A child process imports a generated
 * statement into a database on disk (PGlite) or a PostgreSQL database, and is killed -9 while it writes; the
 * database then holds no row, receipt, number or upload record of it. Imported again to the end, every row is there
 * and the receipts are numbered 1…N.
 */
const ROWS = 20_000;
const CHILD = fileURLToPath(new URL('./kill-import-child.ts', import.meta.url));
const pgTemplate = inject('pgTemplate');
const kind = pgTemplate ? 'postgres' : 'pglite';
let target = '';
let dir = '';
let accountId = '';
let fundId = '';

async function open(): Promise<Database> {
  return kind === 'postgres' ? openPostgres(target, { max: 2 }) : openPglite(target);
}

beforeAll(async () => {
  if (pgTemplate) {
    const name = `mattran_t_kill_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgTemplate.url });
    await admin.connect();
    await admin.query(`create database ${name} template ${pgTemplate.name}`);
    await admin.end();
    target = withDatabase(pgTemplate.url, name);
  } else {
    dir = mkdtempSync(join(tmpdir(), 'mattran-kill-'));
    target = join(dir, 'pgdata');
  }
  const database = await open();
  await database.migrate();
  const w = await seedWorld(database.db);
  const fund = await writeFund(database.db, systemMeta, w.C1, { name: 'Quỹ Cứu trợ' });
  fundId = fund.id;
  const [a] = await database.db
    .insert(fundAccounts)
    .values({ communeId: fund.communeId, fundId: fund.id, bankName: 'Agribank', accountNo: '3000' })
    .returning();
  accountId = a?.id ?? '';
  await database.close();
}, 120_000);

afterAll(async () => {
  if (pgTemplate) {
    const admin = new pg.Client({ connectionString: pgTemplate.url });
    await admin.connect();
    await admin.query(`drop database if exists ${new URL(target).pathname.slice(1)} with (force)`);
    await admin.end();
  } else if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs the child; `killAt`: SIGKILL once it reports writing past that many rows. Resolves with its output. */
function runChild(killAt: number | null): Promise<{ out: string; signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, JSON.stringify({ kind, target, accountId, rows: ROWS })],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /writing (\d+)\n$/.exec(out);
      if (killAt !== null && m && Number(m[1]) >= killAt) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code && !signal ? reject(new Error(err)) : resolve({ out, signal, code })));
  });
}

async function state() {
  const database = await open();
  try {
    const r = await database.db.execute(sql`
      select (select count(*)::int from bank_rows where fund_id = ${fundId}) as rows,
        (select count(*)::int from donations where fund_id = ${fundId}) as receipts,
        (select count(*)::int from bank_statements where fund_id = ${fundId}) as uploads,
        (select coalesce(max(last), 0)::int from document_counters where fund_id = ${fundId}) as last,
        (select coalesce(sum(amount), 0)::text from donations where fund_id = ${fundId}) as total`);
    return (
      r as unknown as { rows: { rows: number; receipts: number; uploads: number; last: number; total: string }[] }
    ).rows[0];
  } finally {
    await database.close();
  }
}

describe(`a SIGKILL during an import (${kind})`, () => {
  it('leaves none of it; imported again, all of it', async () => {
    const killed = await runChild(ROWS / 2);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.out).toMatch(/writing [1-9]/);
    expect(killed.out).not.toMatch(/done/);
    expect(await state()).toEqual({ rows: 0, receipts: 0, uploads: 0, last: 0, total: '0' });

    const whole = await runChild(null);
    expect(whole.out).toMatch(new RegExp(`done ${ROWS}`));
    const sum = Array.from({ length: ROWS }, (_, i) => 10_000 + i).reduce((s, x) => s + x, 0);
    expect(await state()).toEqual({ rows: ROWS, receipts: ROWS, uploads: 1, last: ROWS, total: String(sum) });
  }, 240_000);
});
