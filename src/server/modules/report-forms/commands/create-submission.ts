import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, unknownReference } from '../../../core/errors';
import { isUniqueViolation } from '../../../db/errors';
import { todayVn } from '../../../../lib/dates';
import { recordAudit } from '../../audit/record-audit';
import { findFiller, findFormVisibleTo } from '../lookup';
import { isOpen, isPeriod, PERIOD_EXAMPLES } from '../../../../lib/report-periods';
import { canFill, readsSubmitted } from '../policy';
import { reportSubmissions } from '../schema';
import { checkSubmission } from './check';

export type CreateSubmissionInput = {
  formId: string;
  unitId: string;
  period: string;
  values: Record<string, unknown>;
  sources?: Record<string, string>;
};

/**
 * Starts a unit's report for a period (a draft). A village reports for itself only; the period must have begun; one
 * current report per unit and period — when two people start it at once, the unique index keeps one and the other is
 * told 409.
 */
export async function createSubmission({ db, actor, meta }: CommandContext, input: CreateSubmissionInput) {
  const form = await findFormVisibleTo(db, actor, input.formId, 'formId');
  if (!isPeriod(form.periodKind, input.period))
    throw invalid({ period: `Kỳ báo cáo không đúng dạng (ví dụ ${PERIOD_EXAMPLES[form.periodKind]}).` });
  const filler = await findFiller(db, form, input.unitId);
  if (!readsSubmitted(actor, filler)) throw unknownReference('unitId', 'Đơn vị báo cáo');
  if (!canFill(actor, filler)) throw forbidden({ unitId: 'Bạn chỉ lập báo cáo cho đơn vị của mình.' });
  if (!isOpen(form.periodKind, input.period, todayVn()))
    throw invalid({ period: 'Kỳ báo cáo chưa bắt đầu.' }, 'Kỳ báo cáo chưa bắt đầu.');
  const checked = await checkSubmission(db, form, filler, input.period, input.values, false);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(reportSubmissions)
        .values({
          formId: form.id,
          formVersion: checked.version,
          fillerId: filler.id,
          fillerKind: filler.kind,
          communeId: filler.communeId,
          unitPath: filler.path,
          period: input.period,
          values: checked.values,
          sources: input.sources ?? {},
          warnings: checked.warnings,
          createdBy: meta.actorId,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, meta, {
        action: 'report_submission.create',
        entity: 'report_submission',
        entityId: row.id,
        communeId: row.communeId,
        scopePath: row.unitPath,
        after: row,
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict('period_already_reported', 'Đơn vị đã có báo cáo kỳ này; mở báo cáo đó để sửa.', {
        period: 'Đơn vị đã có báo cáo kỳ này.',
      });
    throw e;
  }
}
