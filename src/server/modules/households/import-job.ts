import { z } from '@hono/zod-openapi';
import type { CommandContext } from '../../core/command';
import { invalid } from '../../core/errors';
import type { JobHandler, JobOutcome } from '../jobs/handlers';
import { importHouseholdFile } from './commands/import-households';
import type { RowError } from './import-file';

/** Importing a household list answers the same whether the request waits or a job runs it (`Prefer: respond-async`). */
const MAX_LISTED_ERRORS = 1000;

/** 422/413 for an import: the error convention's `error` and the per-row `errors` list, both. */
export function importFailure(status: 413 | 422, message: string, errors: RowError[]): JobOutcome {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  const fields: Record<string, string> = {};
  for (const e of listed) fields[e.field === 'file' ? 'file' : `rows.${e.row}.${e.field}`] ??= e.message;
  if (errors.length > listed.length) fields.file ??= `Còn ${errors.length - listed.length} lỗi khác chưa liệt kê.`;
  return {
    status,
    body: {
      error: { code: status === 413 ? 'file_too_large' : 'validation_failed', message, fields },
      created: 0,
      updated: 0,
      errors: listed,
    },
  };
}

export async function householdImportOutcome(
  ctx: CommandContext,
  input: { data: ArrayBuffer; fileName: string; communeId?: string },
): Promise<JobOutcome> {
  const result = await importHouseholdFile(ctx, input);
  if ('rejected' in result) return importFailure(422, result.message, result.errors);
  return { status: 201, body: { ...result, errors: [] } };
}

/** The commune a queued import writes into, resolved when it was asked (the file is kept beside the job). */
const jobInput = z.object({ communeId: z.uuid() });

export const householdImportJob: JobHandler = async (ctx, { input, file }) => {
  const { communeId } = jobInput.parse(input);
  if (!file) throw invalid({ file: 'Chọn tệp .xlsx hoặc .csv.' });
  return householdImportOutcome(ctx, { data: file.bytes, fileName: file.name, communeId });
};
