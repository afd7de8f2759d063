import type { CommandContext } from '../../../core/command';
import { invalid } from '../../../core/errors';
import { importFieldsOf, readTargetSheet } from '../import-file';
import { assignTargetTable } from './assign-targets';

/** Targets from a filled template: the same checks as a bulk table, with errors named by spreadsheet row. */
export async function importTargets(ctx: CommandContext, input: { form: () => Promise<Record<string, unknown>> }) {
  const form = await input.form();
  const file = form.file;
  if (!(file instanceof File)) throw invalid({ file: 'Chọn tệp Excel (.xlsx).' });
  const fields = importFieldsOf(form);
  const { rows, rowNumbers } = await readTargetSheet(file);
  return assignTargetTable(ctx, { ...fields, rows }, (i, f) => `rows.${rowNumbers[i]}.${f}`);
}
