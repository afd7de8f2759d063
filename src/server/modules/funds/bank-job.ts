import { z } from '@hono/zod-openapi';
import type { CommandContext } from '../../core/command';
import { invalid } from '../../core/errors';
import type { JobHandler, JobOutcome } from '../jobs/handlers';
import { importBankStatement, type StatementUpload } from './commands/import-bank-rows';

/** A bank statement import answers the same whether the request waits or a job runs it (`Prefer: respond-async`). */
export async function statementImportOutcome(
  ctx: CommandContext,
  input: { fundId: string; file: StatementUpload },
): Promise<JobOutcome> {
  const result = await importBankStatement(ctx, input);
  return { status: 201, body: { ...result, errors: [] } };
}

const jobInput = z.object({ fundId: z.uuid() });

export const statementImportJob: JobHandler = async (ctx, { input, file }) => {
  const { fundId } = jobInput.parse(input);
  if (!file) throw invalid({ file: 'Chọn tệp sao kê ngân hàng (.xlsx hoặc .csv).' });
  return statementImportOutcome(ctx, { fundId, file: async () => file });
};
