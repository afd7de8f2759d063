import { z } from '@hono/zod-openapi';
import type { CommandContext } from '../../core/command';
import { invalid } from '../../core/errors';
import type { JobHandler, JobOutcome } from '../jobs/handlers';
import { importMembers } from './commands/import-members';
import type { MemberRowError } from './import-file';

/** Importing a member list answers the same whether the request waits or a job runs it (`Prefer: respond-async`). */
const MAX_LISTED_ERRORS = 200;

/** The 422 of a refused file: the error convention's `error` (fields `rows.<row>.<field>`) and the errors by row. */
function rejection(message: string, errors: MemberRowError[]): JobOutcome {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  const fields: Record<string, string> = {};
  for (const e of listed) fields[e.field === 'file' ? 'file' : `rows.${e.row}.${e.field}`] ??= e.message;
  if (errors.length > listed.length) fields.file ??= `Còn ${errors.length - listed.length} lỗi khác chưa liệt kê.`;
  return { status: 422, body: { error: { code: 'validation_failed', message, fields }, errors: listed } };
}

export type MemberImportInput = { data: ArrayBuffer; fileName: string; organizationId: string; dryRun: boolean };

export async function memberImportOutcome(ctx: CommandContext, input: MemberImportInput): Promise<JobOutcome> {
  const result = await importMembers(ctx, input);
  if ('rejected' in result) return rejection(result.message, result.errors);
  return { status: 201, body: result };
}

/** The fields a queued import keeps (the file is kept beside the job). */
export const memberImportJobInput = z.object({ organizationId: z.uuid(), dryRun: z.boolean() });

export const memberImportJob: JobHandler = async (ctx, { input, file }) => {
  const fields = memberImportJobInput.parse(input);
  if (!file) throw invalid({ file: 'Chọn tệp .xlsx hoặc .csv.' });
  return memberImportOutcome(ctx, { data: file.bytes, fileName: file.name, ...fields });
};
