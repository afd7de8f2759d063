import { z } from '@hono/zod-openapi';
import { systemContext } from '../core/command';
import type { JobHandler } from '../modules/jobs/handlers';
import { importStatement } from '../modules/funds/commands/import-bank-rows';
import {
  generateTransfers,
  type StatementBank,
  statementCsv,
  statementXlsx,
} from '../modules/funds/statement-generator';

/**
 * The demo province's storm statements: generated transfers in the three banks' shapes (statement-generator.ts),
 * imported through the same command as an upload. A job, not a step of the demo loader: 100,000 rows take a while,
 * and the demo is usable meanwhile (the job shows its progress to whoever looks at the fund).
 */
export const DEMO_STATEMENTS_JOB = 'funds.demo_statements';

export const demoStatementsInput = z.object({
  rows: z.number().int().min(1).max(500_000),
  accounts: z.array(
    z.object({
      accountId: z.uuid(),
      accountNo: z.string(),
      bank: z.enum(['vietinbank', 'bidv', 'agribank']),
      /** Of the rows, this account's share. */
      share: z.number().min(0).max(1),
    }),
  ),
});

export const demoStatementsJob: JobHandler = async (ctx, job) => {
  const { rows, accounts } = demoStatementsInput.parse(job.input);
  const statements = [];
  for (const [i, a] of accounts.entries()) {
    const transfers = generateTransfers({
      seed: 2024 + i,
      count: Math.round(rows * a.share),
      bank: a.bank as StatementBank,
      accountNo: a.accountNo,
      from: '2024-09-10',
      days: 10,
      reuseRefs: Math.ceil(rows * a.share * 0.001),
      driveCode: 'YAGI2024',
      codeShare: 0.02,
    });
    // Agribank sends an .xlsx, the others a CSV, as the front's treasurers receive them.
    const bytes =
      a.bank === 'agribank'
        ? await statementXlsx(transfers, a.bank, { accountNo: a.accountNo })
        : new TextEncoder().encode(statementCsv(transfers, a.bank, { accountNo: a.accountNo }));
    const name = `sao-ke-${a.bank}-10-19-09-2024.${a.bank === 'agribank' ? 'xlsx' : 'csv'}`;
    const summary = await importStatement(
      { ...systemContext(ctx.db), progress: ctx.progress },
      { accountId: a.accountId, file: async () => ({ name, bytes: bytes.buffer as ArrayBuffer }) },
    );
    statements.push({ bank: a.bank, rows: summary.rows, stored: summary.stored, amount: summary.amount });
  }
  return { status: 200, body: { statements } };
};
