import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import type { Mailer } from '../../../mail/mailer';
import type { JobRequest } from '../../jobs/commands/enqueue-job';
import { findFormVisibleTo } from '../lookup';
import { isPeriod, PERIOD_EXAMPLES } from '../../../../lib/report-periods';
import { canRemind } from '../policy';
import { fillersOf, visibleFillers } from '../queries';
import { lateUnitsToRemind, mailOff, REMIND_JOB } from '../reminders';

/**
 * "Gửi nhắc qua e-mail" on the grid: checks at once what can be checked (the form in scope, the caller reminds some
 * of its units, mail is configured, someone owes the period) and hands the sending to a job (reminders.ts): an SMTP
 * server may take seconds per message. The period's format is the route's to check.
 */
export async function requestReminders(
  ctx: CommandContext,
  mailer: Mailer | null | undefined,
  input: { formId: string; period: string; link: string | null },
): Promise<{ job: JobRequest; units: number }> {
  const form = await findFormVisibleTo(ctx.db, ctx.actor, input.formId);
  if (!isPeriod(form.periodKind, input.period))
    throw invalid({ period: `Kỳ báo cáo không đúng dạng (ví dụ ${PERIOD_EXAMPLES[form.periodKind]}).` });
  const fillers = visibleFillers(ctx.actor, await fillersOf(ctx.db, form));
  if (!fillers.some((f) => canRemind(ctx.actor, f)))
    throw forbidden({ period: 'Chỉ cấp trên của đơn vị mới gửi thư nhắc.' });
  if (!mailer) throw mailOff();
  const late = await lateUnitsToRemind(ctx.db, ctx.actor, form, input.period);
  if (late.length === 0)
    throw conflict('nothing_to_remind', 'Tất cả các đơn vị đã nộp báo cáo kỳ này: không có ai để nhắc.', {
      period: 'Không có đơn vị nào chưa nộp.',
    });
  return {
    job: {
      kind: REMIND_JOB,
      communeId: null,
      scopePath: form.ownerPath,
      input: { formId: form.id, period: input.period, link: input.link },
    },
    units: late.length,
  };
}
