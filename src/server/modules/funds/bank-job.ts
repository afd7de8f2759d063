import { z } from '@hono/zod-openapi';
import type { CommandContext } from '../../core/command';
import { invalid } from '../../core/errors';
import type { JobHandler, JobOutcome } from '../jobs/handlers';
import { importBankStatement, importStatement, type StatementUpload } from './commands/import-bank-rows';

/** A bank statement import answers the same whether the request waits or a job runs it (`Prefer: respond-async`). */
export async function statementImportOutcome(
  ctx: CommandContext,
  input:
    | { fundId: string; file: StatementUpload }
    | { accountId: string; defaultDriveId?: string | null; file: StatementUpload },
): Promise<JobOutcome> {
  const result = 'fundId' in input ? await importBankStatement(ctx, input) : await importStatement(ctx, input);
  return { status: 201, body: result };
}

const jobInput = z.union([
  z.object({ fundId: z.uuid() }),
  z.object({ accountId: z.uuid(), defaultDriveId: z.uuid().nullable().optional() }),
]);

export const statementImportJob: JobHandler = async (ctx, { input, file }) => {
  const parsed = jobInput.parse(input);
  if (!file) throw invalid({ file: 'Chọn tệp sao kê ngân hàng (.xlsx hoặc .csv).' });
  return statementImportOutcome(ctx, { ...parsed, file: async () => file });
};
