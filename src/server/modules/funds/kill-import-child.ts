/**
 * A child process for the SIGKILL test (statements-kill.test.ts): imports a generated statement into a database and
 * prints each `writing` progress step, so the parent can kill it (-9) in the middle of the import's transaction.
 * argv[2]: JSON `{kind: 'pglite'|'postgres', target: dataDir|url, accountId, rows}`.
 */
import { systemContext } from '../../core/command';
import { openPglite, openPostgres } from '../../db/client';
import { importStatement } from './commands/import-bank-rows';

const o = JSON.parse(process.argv[2] ?? '{}') as { kind: string; target: string; accountId: string; rows: number };
const database = o.kind === 'postgres' ? openPostgres(o.target, { max: 2 }) : await openPglite(o.target);
const lines = ['Ngày giao dịch,Số tham chiếu,Số tiền ghi có,Nội dung'];
for (let i = 0; i < o.rows; i++) lines.push(`${1 + (i % 28)}/08/2026,K${i},${10_000 + i},ung ho`);
const bytes = new TextEncoder().encode(lines.join('\n'));
const progress = {
  report: async (p: { stage: string; done: number }) => {
    if (p.stage === 'writing') process.stdout.write(`writing ${p.done}\n`);
    await new Promise((r) => setImmediate(r));
  },
  written: async () => {},
};
const r = await importStatement(
  { ...systemContext(database.db), progress },
  { accountId: o.accountId, file: async () => ({ name: 'k.csv', bytes: bytes.buffer as ArrayBuffer }) },
);
process.stdout.write(`done ${r.stored}\n`);
await database.close();
